package cn.duban;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A request as a user through an API token: its status, or its body once it has succeeded. */
public final class ApiCalls {

    private ApiCalls() {
    }

    public static int status(MockMvc mvc, MockHttpServletRequestBuilder r, String user) throws Exception {
        return mvc.perform(r.with(TestUsers.api(user))).andReturn().getResponse().getStatus();
    }

    /** The body of a request that must succeed; a failure shows the answer it got. */
    public static String body(MockMvc mvc, MockHttpServletRequestBuilder r, String user) throws Exception {
        MockHttpServletResponse response = mvc.perform(r.with(TestUsers.api(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isLessThan(400);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
