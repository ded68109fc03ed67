package cn.duban.security;

import cn.duban.org.Organisation;
import cn.duban.org.Organisations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** 用户: the administrator's page and API; it shows accounts, never business data. */
@Controller
@Tag(name = "用户", description = "系统管理员维护用户；新用户首次登录须修改初始密码")
class UserController {

    private final UserAccounts accounts;
    private final Organisations organisations;
    private final CurrentScope scope;

    UserController(UserAccounts accounts, Organisations organisations, CurrentScope scope) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.scope = scope;
    }

    /** An account as others may see it: no hash, no counters. */
    /** An account as others may see it: no hash, no counters, the phone masked. */
    record UserView(long id, String username, String displayName, long organisationId, Role role, boolean mustChangePassword,
                    boolean enabled, boolean secondFactor, String phone) {
    }

    private UserView view(UserAccount a) {
        return view(a, accounts.maskedPhone(a.id()));
    }

    private static UserView view(UserAccount a, String maskedPhone) {
        return new UserView(a.id(), a.username(), a.displayName(), a.organisationId(), a.role(), a.mustChangePassword(),
                a.enabled(), a.secondFactor(), maskedPhone);
    }

    /** All accounts, their phones read in one query rather than one per account. */
    private List<UserView> all() {
        Map<Long, String> phones = accounts.maskedPhones();
        return accounts.all().stream().map(a -> view(a, phones.getOrDefault(a.id(), ""))).toList();
    }

    /** A new account: the administrator names it and its unit; its role is granted by the security administrator. */
    record NewUser(String username, String displayName, long organisationId, String phone) {
    }

    record Grant(Role role) {
    }

    record Created(UserView user, String initialPassword) {
    }

    private void administrators() {
        scope.require(scope.user().role() == Role.ADMIN || scope.user().role() == Role.SECURITY_ADMIN);
    }

    @GetMapping("/users")
    String page(Model model) {
        administrators();
        List<Organisation> units = organisations.all();
        model.addAttribute("users", all());
        model.addAttribute("units", units);
        model.addAttribute("names", units.stream().collect(Collectors.toMap(Organisation::id, Organisation::name)));
        model.addAttribute("roles", java.util.Arrays.stream(Role.values()).filter(r -> r != Role.PENDING).toList());
        model.addAttribute("grants", scope.user().role() == Role.SECURITY_ADMIN);
        model.addAttribute("me", scope.user().getUsername());
        return "security/users";
    }

    @PostMapping("/users")
    String create(@RequestParam String username, @RequestParam String displayName, @RequestParam long organisationId,
                  @RequestParam(required = false) String phone, Model model) {
        Created created = add(new NewUser(username, displayName, organisationId, phone));
        model.addAttribute("created", created);
        return page(model);
    }

    @PostMapping("/users/{id}/role")
    String grant(@org.springframework.web.bind.annotation.PathVariable long id, @RequestParam(required = false) Role role) {
        scope.require(scope.user().role() == Role.SECURITY_ADMIN);
        accounts.grant(id, role, scope.user().getUsername());
        return "redirect:/users";
    }

    @Operation(summary = "授予角色（仅安全管理员，不能授予自己）")
    @org.springframework.web.bind.annotation.PutMapping(path = "/api/users/{id}/role", produces = "application/json")
    @ResponseBody
    UserView grantApi(@org.springframework.web.bind.annotation.PathVariable long id, @RequestBody Grant body) {
        scope.require(scope.user().role() == Role.SECURITY_ADMIN);
        return view(accounts.grant(id, body == null ? null : body.role(), scope.user().getUsername()));
    }

    @PostMapping("/users/{id}/reset")
    String reset(@org.springframework.web.bind.annotation.PathVariable long id, Model model) {
        scope.require(scope.user().role() == Role.ADMIN);
        String initial = accounts.resetPassword(id);
        model.addAttribute("created", new Created(view(accounts.find(id).orElseThrow()), initial));
        return page(model);
    }

    @PostMapping("/users/{id}/enabled")
    String enable(@org.springframework.web.bind.annotation.PathVariable long id, @RequestParam boolean enabled) {
        scope.require(scope.user().role() == Role.ADMIN);
        accounts.setEnabled(id, enabled, scope.user().getUsername());
        return "redirect:/users";
    }

    record Enabled(boolean enabled) {
    }

    @Operation(summary = "重置密码（仅系统管理员）", description = "返回一次性的新初始密码，用户下次登录时须修改。")
    @PostMapping(path = "/api/users/{id}/reset", produces = "application/json")
    @ResponseBody
    Created resetApi(@org.springframework.web.bind.annotation.PathVariable long id) {
        scope.require(scope.user().role() == Role.ADMIN);
        String initial = accounts.resetPassword(id);
        return new Created(view(accounts.find(id).orElseThrow()), initial);
    }

    @Operation(summary = "启用或停用用户（仅系统管理员）")
    @org.springframework.web.bind.annotation.PutMapping(path = "/api/users/{id}/enabled", produces = "application/json")
    @ResponseBody
    UserView enableApi(@org.springframework.web.bind.annotation.PathVariable long id, @RequestBody Enabled body) {
        scope.require(scope.user().role() == Role.ADMIN);
        accounts.setEnabled(id, body.enabled(), scope.user().getUsername());
        return view(accounts.find(id).orElseThrow());
    }

    @Operation(summary = "全部用户（仅系统管理员）")
    @GetMapping(path = "/api/users", produces = "application/json")
    @ResponseBody
    List<UserView> list() {
        administrators();
        return all();
    }

    @Operation(summary = "新增用户（仅系统管理员）", description = "返回一次性的初始密码，用户首次登录时须修改。")
    @PostMapping(path = "/api/users", produces = "application/json")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    Created add(@RequestBody NewUser body) {
        scope.require(scope.user().role() == Role.ADMIN);
        String initial = PasswordPolicy.initial();
        UserAccount a = accounts.createWithPhone(body.username(), body.displayName(), body.organisationId(), Role.PENDING, initial,
                body.phone());
        return new Created(view(a), initial);
    }
}
