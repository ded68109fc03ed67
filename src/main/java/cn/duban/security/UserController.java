package cn.duban.security;

import cn.duban.org.Organisation;
import cn.duban.org.Organisations;
import cn.duban.refusal.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/** 用户: the administrator's page and API; it shows accounts, never business data. */
@Controller
@Tag(name = "用户", description = "系统管理员维护用户；新用户首次登录须修改初始密码")
class UserController {

    private final UserAccounts accounts;
    private final Organisations organisations;
    private final CurrentScope scope;
    private final AccountRequests requests;

    UserController(UserAccounts accounts, Organisations organisations, CurrentScope scope, AccountRequests requests) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.scope = scope;
        this.requests = requests;
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

    /** A new account: it has no usable password until the security administrator grants its first role. */
    record Created(UserView user, String note) {
    }

    /** A role granted, with the account's first password where this grant gave it one (shown once). */
    record Granted(UserView user, String initialPassword) {
    }

    /** An account step that waits for a second person (三权分立). */
    record Asked(AccountRequests.Request request, String message) {
    }

    /** A confirmed request; for a reset the temporary password, shown to the confirming person this once. */
    record Confirmed(AccountRequests.Request request, String initialPassword) {
    }

    /** The three administrators see the accounts page: the auditor for the requests only he may confirm. */
    private static final Set<Role> THREE_ADMINISTRATORS = EnumSet.of(Role.ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR);

    private void administrators() {
        scope.require(scope.user().role() == Role.ADMIN || scope.user().role() == Role.SECURITY_ADMIN);
    }

    @GetMapping("/users")
    String page(Model model) {
        scope.require(THREE_ADMINISTRATORS.contains(scope.user().role()));
        List<Organisation> units = organisations.all();
        // The auditor comes here only for the requests he alone may confirm, not for the accounts.
        model.addAttribute("users", scope.user().role() == Role.AUDITOR ? List.of() : all());
        model.addAttribute("units", units);
        model.addAttribute("names", units.stream().collect(Collectors.toMap(Organisation::id, Organisation::name)));
        model.addAttribute("roles", Arrays.stream(Role.values()).filter(r -> r != Role.PENDING).toList());
        model.addAttribute("grants", scope.user().role() == Role.SECURITY_ADMIN);
        model.addAttribute("me", scope.user().getUsername());
        model.addAttribute("requests", requests.visibleTo(scope.user()));
        model.addAttribute("decides", requests.waitingFor(scope.user()).stream().map(AccountRequests.Request::id).toList());
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
    String grant(@PathVariable long id, @RequestParam(required = false) Role role, Model model) {
        scope.require(scope.user().role() == Role.SECURITY_ADMIN);
        UserAccounts.Granted granted = accounts.grant(id, role, scope.user().getUsername());
        if (granted.initialPassword() == null) {
            return "redirect:/users";
        }
        model.addAttribute("issued", new Granted(view(granted.account()), granted.initialPassword()));
        return page(model);
    }

    @Operation(summary = "授予角色（仅安全管理员，不能授予自己）")
    @PutMapping(path = "/api/users/{id}/role", produces = "application/json")
    @ResponseBody
    Granted grantApi(@PathVariable long id, @RequestBody Grant body) {
        scope.require(scope.user().role() == Role.SECURITY_ADMIN);
        UserAccounts.Granted granted = accounts.grant(id, body == null ? null : body.role(), scope.user().getUsername());
        return new Granted(view(granted.account()), granted.initialPassword());
    }

    private static final String WAITS = "已提交申请，待安全管理员确认后生效（重置的临时密码只显示给确认人，由其交给本人）";

    @PostMapping("/users/{id}/reset")
    String reset(@PathVariable long id, Model model) {
        scope.require(scope.user().role() == Role.ADMIN);
        model.addAttribute("asked", new Asked(requests.ask(AccountRequests.Kind.RESET_PASSWORD, id, scope.user()), WAITS));
        return page(model);
    }

    @PostMapping("/users/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam boolean enabled, Model model) {
        scope.require(scope.user().role() == Role.ADMIN);
        Asked asked = enabled(id, enabled);
        if (asked == null) {
            return "redirect:/users";
        }
        model.addAttribute("asked", asked);
        return page(model);
    }

    /** Disables or enables a business account at once; one of the three administrators only by a confirmed request. */
    private Asked enabled(long id, boolean enabled) {
        UserAccount target = accounts.find(id).orElseThrow(() -> new NotFound("用户不存在"));
        if (AccountRequests.administrator(target.role())) {
            AccountRequests.Request r = requests.ask(enabled ? AccountRequests.Kind.ENABLE : AccountRequests.Kind.DISABLE, id,
                    scope.user());
            return new Asked(r, "已提交申请，待" + AccountRequests.confirmerFor(target.role()).label() + "确认后生效");
        }
        accounts.setEnabled(id, enabled, scope.user().getUsername());
        return null;
    }

    record Enabled(boolean enabled) {
    }

    @Operation(summary = "申请重置密码（系统管理员提出，安全管理员确认）", description = "返回 202 与申请；确认后临时密码只返回给确认人（POST /api/account-requests/{id}/confirm）。")
    @PostMapping(path = "/api/users/{id}/reset", produces = "application/json")
    @ResponseBody
    ResponseEntity<Asked> resetApi(@PathVariable long id) {
        scope.require(scope.user().role() == Role.ADMIN);
        return ResponseEntity.accepted()
                .body(new Asked(requests.ask(AccountRequests.Kind.RESET_PASSWORD, id, scope.user()), WAITS));
    }

    @Operation(summary = "启用或停用用户（仅系统管理员；三员账号须另一管理员确认）", description = "业务账号立即生效（200 与用户）；系统管理员、安全管理员、审计员账号返回 202 与待确认的申请。")
    @PutMapping(path = "/api/users/{id}/enabled", produces = "application/json")
    @ResponseBody
    ResponseEntity<?> enableApi(@PathVariable long id,
            @RequestBody Enabled body) {
        scope.require(scope.user().role() == Role.ADMIN);
        Asked asked = enabled(id, body.enabled());
        if (asked != null) {
            return ResponseEntity.accepted().body(asked);
        }
        return ResponseEntity.ok(view(accounts.find(id).orElseThrow()));
    }

    // ---- the second person ----

    @PostMapping("/users/requests/{id}/confirm")
    String confirm(@PathVariable long id, Model model) {
        AccountRequests.Decision d = requests.confirm(id, scope.user());
        model.addAttribute("confirmed", new Confirmed(d.request(), d.initialPassword()));
        return page(model);
    }

    @PostMapping("/users/requests/{id}/refuse")
    String refuse(@PathVariable long id) {
        requests.refuse(id, scope.user());
        return "redirect:/users";
    }

    @Operation(summary = "账号处置申请（系统管理员所提的，及本人可确认的）")
    @GetMapping(path = "/api/account-requests", produces = "application/json")
    @ResponseBody
    List<AccountRequests.Request> requestList() {
        return requests.visibleTo(scope.user());
    }

    @Operation(summary = "确认账号处置申请", description = "由安全管理员确认（安全管理员账号的申请由审计员确认）；重置密码时返回临时密码，只显示这一次。")
    @PostMapping(path = "/api/account-requests/{id}/confirm", produces = "application/json")
    @ResponseBody
    Confirmed confirmApi(@PathVariable long id) {
        AccountRequests.Decision d = requests.confirm(id, scope.user());
        return new Confirmed(d.request(), d.initialPassword());
    }

    @Operation(summary = "驳回账号处置申请")
    @PostMapping(path = "/api/account-requests/{id}/refuse", produces = "application/json")
    @ResponseBody
    AccountRequests.Request refuseApi(@PathVariable long id) {
        return requests.refuse(id, scope.user());
    }

    @Operation(summary = "全部用户（仅系统管理员）")
    @GetMapping(path = "/api/users", produces = "application/json")
    @ResponseBody
    List<UserView> list() {
        administrators();
        return all();
    }

    @Operation(summary = "新增用户（仅系统管理员）", description = "账号待安全管理员授予角色；首次授予角色时生成初始密码，只返回给安全管理员。")
    @PostMapping(path = "/api/users", produces = "application/json")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    Created add(@RequestBody NewUser body) {
        scope.require(scope.user().role() == Role.ADMIN);
        // A password nobody is told: the account's first usable one is issued when the security administrator grants a role.
        UserAccount a = accounts.createWithPhone(body.username(), body.displayName(), body.organisationId(), Role.PENDING,
                PasswordPolicy.initial(), body.phone());
        return new Created(view(a), "待安全管理员授予角色；授予时生成初始密码，只显示给安全管理员，由其交给本人");
    }
}
