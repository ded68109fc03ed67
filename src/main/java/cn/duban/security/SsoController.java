package cn.duban.security;

import cn.duban.refusal.PageForms;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * 统一身份认证: the login page's button for each provider, and the security administrator's links between
 * Duban accounts and identities at the providers (page and API).
 */
@Controller
@Tag(name = "统一身份认证", description = "督办账号与省统一身份认证身份的关联（安全管理员）")
class SsoController {

    private final SsoRegistrations registrations;
    private final SsoSettings settings;
    private final ExternalIdentities identities;
    private final CurrentScope scope;

    /** The messaging app's light app signs in by its own identities (provider dingtalk), linked here too. */
    private final boolean dingtalk;

    SsoController(SsoRegistrations registrations, SsoSettings settings, ExternalIdentities identities, CurrentScope scope,
            @org.springframework.beans.factory.annotation.Value("${duban.dingtalk.enabled:false}") boolean dingtalk) {
        this.dingtalk = dingtalk;
        this.registrations = registrations;
        this.settings = settings;
        this.identities = identities;
        this.scope = scope;
    }

    /** The button: to the provider when its discovery answers, else back to the login page saying so. */
    @GetMapping("/sso/{provider}")
    String signInThrough(@PathVariable String provider) {
        return registrations.available(provider).isPresent()
                ? "redirect:/oauth2/authorization/" + provider
                : "redirect:/login?error=sso-unavailable";
    }

    /** The link form: provider, the identity's id at it (the subject claim), and the Duban username. */
    record LinkForm(String provider, String subject, String username) {
    }

    @GetMapping("/security/identities")
    String page(Model model) {
        model.addAttribute("linkForm", new LinkForm(settings.providers().keySet().stream().sorted().findFirst().orElse(""), "", ""));
        return draw(model);
    }

    private String draw(Model model) {
        model.addAttribute("links", identities.all());
        java.util.Map<String, String> providers = new java.util.TreeMap<>();
        settings.providers().forEach((id, p) -> providers.put(id, p.name()));
        if (dingtalk) {
            providers.put("dingtalk", "钉钉（轻应用免登，标识为 unionid）");
        }
        model.addAttribute("providers", providers);
        return "security/identities";
    }

    @PostMapping("/security/identities")
    String link(@Valid @ModelAttribute("linkForm") LinkForm form, BindingResult errors, Model model, HttpServletResponse response) {
        return PageForms.submit(errors, response, () -> {
            known(form.provider());
            identities.link(form.provider(), form.subject(), form.username(), scope.user().getUsername());
            return "redirect:/security/identities?linked";
        }, () -> draw(model));
    }

    @PostMapping("/security/identities/unlink")
    String unlink(@RequestParam String provider, @RequestParam String subject) {
        identities.unlink(provider, subject);
        return "redirect:/security/identities?unlinked";
    }

    private void known(String provider) {
        if (provider == null || !(settings.providers().containsKey(provider) || dingtalk && provider.equals("dingtalk"))) {
            throw new AccountRejected("没有配置这个身份提供方", "provider");
        }
    }

    @GetMapping(path = "/api/security/identities", produces = "application/json")
    @ResponseBody
    @Operation(summary = "督办账号与统一身份的关联")
    List<ExternalIdentities.Link> list() {
        return identities.all();
    }

    @PostMapping(path = "/api/security/identities", produces = "application/json")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "关联督办账号与统一身份", description = "provider 为配置的身份提供方，subject 为该身份在提供方的唯一标识，username 为督办账号；"
            + "任一方已有关联时返回 422。从不因统一身份登录而新建账号。")
    List<ExternalIdentities.Link> linkApi(@RequestBody LinkForm body) {
        known(body.provider());
        identities.link(body.provider(), body.subject(), body.username(), scope.user().getUsername());
        return identities.all();
    }

    @DeleteMapping(path = "/api/security/identities/{provider}/{subject}")
    @ResponseBody
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "解除关联")
    void unlinkApi(@PathVariable String provider, @PathVariable String subject) {
        identities.unlink(provider, subject);
    }
}
