package cn.duban.messaging;

import cn.duban.security.CurrentScope;
import cn.duban.security.ExternalSignIn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The messaging app beside the pages: its directory imported on 组织机构 (page and API), and the light app's
 * sign-in — the app opens {@code /dingtalk}, the platform's login page (completed by the app without asking: 免登)
 * sends a code back to {@code /dingtalk/sign-in}, and the person signs in as the account their identity is linked to.
 */
@Controller
@Tag(name = "政务钉钉", description = "通讯录导入、待办、轻应用免登")
class MessagingController {

    private static final Logger log = LoggerFactory.getLogger(MessagingController.class);
    private static final String STATE = "duban.dingtalk.state";

    private final DingTalkSettings settings;
    private final DingTalk dingtalk;
    private final Directory directory;
    private final ExternalSignIn signIn;
    private final CurrentScope scope;

    MessagingController(DingTalkSettings settings, DingTalk dingtalk, Directory directory, ExternalSignIn signIn, CurrentScope scope) {
        this.settings = settings;
        this.dingtalk = dingtalk;
        this.directory = directory;
        this.signIn = signIn;
        this.scope = scope;
    }

    @PostMapping("/organisations/dingtalk")
    String importPage(@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            redirect.addFlashAttribute("dingtalkImported", directory.importJson(file == null ? null : file.getBytes(), scope.area()));
        } catch (DirectoryRejected e) {
            redirect.addFlashAttribute("dingtalkRefused", e.getMessage());
        }
        return "redirect:/organisations";
    }

    @PostMapping(path = "/api/organisations/dingtalk", consumes = MediaType.APPLICATION_JSON_VALUE, produces = "application/json")
    @ResponseBody
    @Operation(summary = "导入钉钉通讯录", description = "请求体为 {\"departments\":[…],\"users\":[…]}：部门按钉钉 topapi/v2/department/listsub 的字段"
            + "（dept_id、name、parent_id，根部门 dept_id 为 1 即本县），人员按 topapi/v2/user/list 的字段（userid、unionid、name、job_number）。"
            + "部门按名称对应本县已有单位，没有的按名称判断类型后添加；工号与督办用户名相同的人员关联到该账号（待办和免登用），其余列为未匹配，不新建账号。")
    Directory.Imported importApi(HttpServletRequest request) throws IOException {
        // Read no more than the bound (and one byte to know it was passed): a JSON body has no multipart limit.
        byte[] body = request.getInputStream().readNBytes(Directory.MAX_BYTES + 1);
        return directory.importJson(body, scope.area());
    }

    /** The light app's home: off to the platform's login page, which its own app completes without asking. */
    @GetMapping("/dingtalk")
    String lightApp(HttpSession session) {
        if (!settings.enabled()) {
            return "redirect:/login";
        }
        String state = UUID.randomUUID().toString();
        session.setAttribute(STATE, state);
        return "redirect:" + settings.loginBase() + "/oauth2/auth?redirect_uri="
                + URLEncoder.encode(settings.dubanUrl() + "/dingtalk/sign-in", StandardCharsets.UTF_8) + "&response_type=code&client_id="
                + URLEncoder.encode(settings.appKey(), StandardCharsets.UTF_8) + "&scope=openid&state=" + state + "&prompt=consent";
    }

    /**
     * The code back from the platform's login page, with the state this session was given (a code without it could sign a
     * person into someone else's account), for the person it names.
     */
    @GetMapping("/dingtalk/sign-in")
    String signedIn(@RequestParam(required = false) String authCode, @RequestParam(required = false) String state,
            HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(STATE);
        if (!settings.enabled() || authCode == null || expected == null || !expected.equals(state)) {
            return "redirect:/login?error=dingtalk-failed";
        }
        session.removeAttribute(STATE);
        DingTalk.Person person;
        try {
            person = dingtalk.whoSignedIn(authCode);
        } catch (Exception e) {
            log.warn("钉钉免登失败：{}", e.getMessage());
            return "redirect:/login?error=dingtalk-failed";
        }
        if (person.unionId() == null || person.unionId().isBlank()
                || !signIn.signIn(request, response, Directory.PROVIDER, person.unionId(), settings.signInCountsAsSecondFactor())) {
            return "redirect:/login?error=sso-unlinked";
        }
        return "redirect:/";
    }
}
