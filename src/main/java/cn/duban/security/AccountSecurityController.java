package cn.duban.security;

import cn.duban.refusal.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** 账号安全: the second factor (sign-in check, setting up, recovery codes) and API tokens. */
@Controller
@Tag(name = "账号安全", description = "双因素认证与访问令牌")
class AccountSecurityController {

    private static final String ENROLMENT = "duban.secondFactorEnrolment";

    private static final String PASSKEY_CREATION = "duban.passkeyCreation";
    private static final String PASSKEY_REQUEST = "duban.passkeyRequest";

    private final SecondFactor factor;
    private final ApiTokens tokens;
    private final UserAccounts accounts;
    private final Passkeys passkeys;

    AccountSecurityController(SecondFactor factor, ApiTokens tokens, UserAccounts accounts, Passkeys passkeys) {
        this.factor = factor;
        this.tokens = tokens;
        this.accounts = accounts;
        this.passkeys = passkeys;
    }

    /** Second-factor steps are a person's, at a page: a program's token call gets a refusal that changes nothing (no count). */
    private static void personOnly(HttpServletRequest request) {
        if (FactorFilters.viaToken(request)) {
            throw new SecondFactorStepRefused();
        }
    }

    /** Answered 422 (as every account refusal), without touching any counter. */
    static final class SecondFactorStepRefused extends AccountRejected {
        SecondFactorStepRefused() {
            super("此操作须由本人在网页上登录后进行");
        }
    }

    // ---- passkeys ----

    @PostMapping(path = "/account/passkeys/options", produces = "application/json")
    @ResponseBody
    String passkeyOptions(Authentication auth, HttpSession session) {
        var options = passkeys.creationOptions(auth);
        session.setAttribute(PASSKEY_CREATION, options);
        return passkeys.write(options);
    }

    @PostMapping(path = "/account/passkeys", produces = "application/json")
    @ResponseBody
    ResponseEntity<Object> registerPasskey(@AuthenticationPrincipal DubanUser user, @RequestBody String body,
            HttpSession session) {
        var options = (PublicKeyCredentialCreationOptions) session.getAttribute(PASSKEY_CREATION);
        if (options == null) {
            return Problems.of(new AccountRejected("注册已过期，请重试"));
        }
        session.removeAttribute(PASSKEY_CREATION);
        try {
            passkeys.register(user.account().id(), options, body);
        } catch (AccountRejected e) {
            return Problems.of(e);
        } catch (RuntimeException e) {
            return Problems.of(new AccountRejected("通行密钥未能通过校验，请重试"));
        }
        // Registering one while setting up the second factor is the proof of it for this session.
        session.setAttribute(FactorFilters.PASSED, Boolean.TRUE);
        return ResponseEntity.status(201).body(Map.of("registered", true));
    }

    @PostMapping("/account/passkeys/delete")
    String removePasskey(@AuthenticationPrincipal DubanUser user, @RequestParam String id) {
        passkeys.remove(user.account().id(), user.getUsername(), id);
        return "redirect:/account/two-factor";
    }

    @PostMapping(path = "/login/second-factor/passkey/options", produces = "application/json")
    @ResponseBody
    String signInOptions(Authentication auth, HttpSession session) {
        var options = passkeys.requestOptions(auth);
        session.setAttribute(PASSKEY_REQUEST, options);
        return passkeys.write(options);
    }

    /** The passkey's signature in place of the code: it must prove the account that gave the password. */
    @PostMapping(path = "/login/second-factor/passkey", produces = "application/json")
    @ResponseBody
    ResponseEntity<Object> signInWithPasskey(@AuthenticationPrincipal DubanUser user, @RequestBody String body,
            HttpServletRequest request, HttpSession session) throws Exception {
        personOnly(request);
        var options = (PublicKeyCredentialRequestOptions) session.getAttribute(PASSKEY_REQUEST);
        session.removeAttribute(PASSKEY_REQUEST);
        Optional<String> proved = options == null ? Optional.empty() : passkeys.verify(options, body);
        if (proved.isEmpty() || !proved.get().equals(user.getUsername())) {
            factor.passkeyFailed(user.getUsername(), request.getRemoteAddr());
            return Problems.of(HttpStatus.UNAUTHORIZED, "通行密钥验证失败");
        }
        if (!factor.passkeyAccepted(user.getUsername(), user.account().id(), request.getRemoteAddr())) {
            request.logout();
            return Problems.of(HttpStatus.UNAUTHORIZED, "账号已锁定，请 30 分钟后再试或联系管理员");
        }
        request.changeSessionId();
        request.getSession().setAttribute(FactorFilters.PASSED, Boolean.TRUE);
        return ResponseEntity.ok(Map.of("authenticated", true, "redirectUrl", "/"));
    }

    // ---- the check after the password ----

    @GetMapping("/login/second-factor")
    String checkForm() {
        return "security/second-factor";
    }

    @PostMapping("/login/second-factor")
    String check(@AuthenticationPrincipal DubanUser user, @RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpSession session, Model model) throws Exception {
        personOnly(request);
        if (Boolean.TRUE.equals(session.getAttribute(FactorFilters.PASSED))) {
            return "redirect:/";
        }
        SecondFactor.Outcome outcome = factor.check(user.getUsername(), code, request.getRemoteAddr());
        switch (outcome) {
            case ACCEPTED, ACCEPTED_RECOVERY_CODE -> {
                // A new session id for the fully signed-in session, as after the password.
                request.changeSessionId();
                session.setAttribute(FactorFilters.PASSED, Boolean.TRUE);
                if (outcome == SecondFactor.Outcome.ACCEPTED_RECOVERY_CODE) {
                    return "redirect:/account/two-factor?recovery";
                }
                return "redirect:/";
            }
            case LOCKED -> {
                request.logout();
                return "redirect:/login?error=locked";
            }
            default -> {
                GuardedLogin.pause();
                model.addAttribute("problem", "验证码不正确（密码与验证码连续错误共 5 次将锁定账号 30 分钟）");
                return "security/second-factor";
            }
        }
    }

    // ---- setting it up ----

    @GetMapping("/account/two-factor")
    String twoFactor(@AuthenticationPrincipal DubanUser user, HttpSession session, Model model) {
        UserAccount account = accounts.find(user.account().id()).orElseThrow();
        model.addAttribute("enrolled", account.secondFactor());
        model.addAttribute("required", factor.requiredFor(account.role()));
        if (account.secondFactor()) {
            model.addAttribute("codesLeft", factor.recoveryCodesLeft(account.id()));
        } else {
            SecondFactor.Enrolment enrolment = (SecondFactor.Enrolment) session.getAttribute(ENROLMENT);
            if (enrolment == null) {
                enrolment = factor.begin(account.username());
                session.setAttribute(ENROLMENT, enrolment);
            }
            model.addAttribute("enrolment", enrolment);
        }
        model.addAttribute("tokens", tokens.of(account.id()));
        model.addAttribute("passkeys", passkeys.of(account.username()));
        return "security/two-factor";
    }

    @PostMapping("/account/two-factor")
    String enrol(@AuthenticationPrincipal DubanUser user, @RequestParam(defaultValue = "") String code, HttpSession session,
            Model model) {
        SecondFactor.Enrolment enrolment = (SecondFactor.Enrolment) session.getAttribute(ENROLMENT);
        if (enrolment == null) {
            return "redirect:/account/two-factor";
        }
        try {
            List<String> codes = factor.confirm(user.account().id(), enrolment.secret(), code);
            session.removeAttribute(ENROLMENT);
            session.setAttribute(FactorFilters.PASSED, Boolean.TRUE);
            model.addAttribute("recoveryCodes", codes);
        } catch (AccountRejected e) {
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("code", code);
        }
        return twoFactor(user, session, model);
    }

    @PostMapping("/account/two-factor/recovery-codes")
    String newCodes(@AuthenticationPrincipal DubanUser user, @RequestParam(defaultValue = "") String code,
            HttpServletRequest request, HttpSession session, Model model) {
        personOnly(request);
        if (factor.check(user.getUsername(), code, request.getRemoteAddr()) == SecondFactor.Outcome.ACCEPTED) {
            model.addAttribute("recoveryCodes", factor.newRecoveryCodes(user.account().id()));
        } else {
            model.addAttribute("codesProblem", "验证码不正确，恢复码未更换");
        }
        return twoFactor(user, session, model);
    }

    @PostMapping("/account/two-factor/remove")
    String remove(@AuthenticationPrincipal DubanUser user, @RequestParam(defaultValue = "") String code,
            HttpServletRequest request, HttpSession session, Model model) throws Exception {
        personOnly(request);
        if (factor.requiredFor(user.role())) {
            model.addAttribute("codesProblem", "您的角色必须使用双因素认证，不能停用；更换手机请联系安全管理员重置");
            return twoFactor(user, session, model);
        }
        if (factor.check(user.getUsername(), code, request.getRemoteAddr()) != SecondFactor.Outcome.ACCEPTED) {
            model.addAttribute("codesProblem", "验证码不正确，双因素认证未停用");
            return twoFactor(user, session, model);
        }
        factor.remove(user.account().id(), user.getUsername());
        request.logout();
        return "redirect:/login?changed";
    }

    /** The security administrator resets a lost second factor; the owner sets it up again at the next sign-in. */
    @PostMapping("/users/{id}/second-factor/reset")
    String reset(@AuthenticationPrincipal DubanUser admin, @PathVariable long id) {
        if (admin.role() != Role.SECURITY_ADMIN || admin.account().id() == id) {
            throw new NotPermitted("只有安全管理员可以重置他人的双因素认证");
        }
        factor.remove(id, admin.getUsername());
        return "redirect:/users";
    }

    // ---- API tokens ----

    @PostMapping("/account/tokens")
    String issue(@AuthenticationPrincipal DubanUser user, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "90") String days, HttpServletRequest request, HttpSession session, Model model) {
        personOnly(request);
        try {
            int d;
            try {
                d = Integer.parseInt(days.strip());
            } catch (NumberFormatException e) {
                throw new AccountRejected("有效期应为 1 至 " + ApiTokens.MAX_DAYS + " 天的整数");
            }
            model.addAttribute("issued", tokens.issue(user.account().id(), name, d));
        } catch (AccountRejected e) {
            model.addAttribute("tokenProblem", e.getMessage());
            model.addAttribute("tokenName", name);
            model.addAttribute("tokenDays", days);
        }
        return twoFactor(user, session, model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal DubanUser user, @PathVariable long id) {
        tokens.revoke(id, user.account().id());
        return "redirect:/account/two-factor";
    }

    record TokenRequest(String name, Integer days) {
    }

    @Operation(summary = "本人的访问令牌", description = "只列出用途、前缀和时间；令牌本身只在创建时显示一次。")
    @GetMapping(path = "/api/account/tokens", produces = "application/json")
    @ResponseBody
    List<ApiTokens.Token> list(@AuthenticationPrincipal DubanUser user) {
        return tokens.of(user.account().id());
    }

    @Operation(summary = "创建访问令牌", description = "请求头 Authorization: Bearer <令牌> 调用接口，以本人的角色和单位行事。有效期 1–365 天。")
    @PostMapping(path = "/api/account/tokens", produces = "application/json")
    @ResponseBody
    ResponseEntity<Map<String, Object>> create(@AuthenticationPrincipal DubanUser user, @RequestBody TokenRequest body,
            HttpServletRequest request) {
        // A token makes no tokens: one that leaked must not outlive its revocation through children of its own.
        personOnly(request);
        ApiTokens.Issued issued = tokens.issue(user.account().id(), body.name(), body.days() == null ? 90 : body.days());
        return ResponseEntity.status(201).body(Map.of("token", issued.secret(), "id", issued.token().id(),
                "expiresAt", issued.token().expiresAt()));
    }

    @Operation(summary = "撤销访问令牌")
    @DeleteMapping(path = "/api/account/tokens/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal DubanUser user, @PathVariable long id) {
        tokens.revoke(id, user.account().id());
        return ResponseEntity.noContent().build();
    }
}
