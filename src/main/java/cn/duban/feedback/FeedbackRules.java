package cn.duban.feedback;

import cn.duban.security.AccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Units send 意见反馈; they and the office read it. Among no other module's paths. */
@Component
@Order(50)
class FeedbackRules implements AccessRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/feedback", "/api/feedback").hasAnyRole("LIAISON", "UNIT_HEAD")
                .requestMatchers("/feedback", "/api/feedback").hasAnyRole("LIAISON", "UNIT_HEAD", "SUPERVISOR");
    }
}
