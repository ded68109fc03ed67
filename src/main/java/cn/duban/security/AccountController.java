package cn.duban.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 登录 and 修改密码. */
@Controller
class AccountController {

    private final UserAccounts accounts;
    private final SsoSignIn sso;

    AccountController(UserAccounts accounts, SsoSignIn sso) {
        this.accounts = accounts;
        this.sso = sso;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("ssoButtons", sso.buttons());
        return "security/login";
    }

    /** Signed in, but no role granted yet. */
    @GetMapping("/pending")
    String pending() {
        return "security/pending";
    }

    @GetMapping("/password")
    String passwordForm() {
        return "security/password";
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal DubanUser user, @RequestParam String current,
            @RequestParam String next, @RequestParam String repeat, Model model,
            HttpServletRequest request) throws Exception {
        if (!next.equals(repeat)) {
            model.addAttribute("problem", "两次输入的新密码不一致");
            return "security/password";
        }
        try {
            accounts.changePassword(user.getUsername(), current, next);
        } catch (AccountRejected e) {
            model.addAttribute("problem", e.getMessage());
            return "security/password";
        }
        // Sign in again with the new password, so the session no longer carries the old account state.
        request.logout();
        SecurityContextHolder.clearContext();
        return "redirect:/login?changed";
    }
}
