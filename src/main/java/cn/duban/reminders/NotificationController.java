package cn.duban.reminders;

import cn.duban.org.Organisations;
import cn.duban.refusal.PageForms;
import cn.duban.security.CurrentScope;
import cn.duban.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 消息: a user's reminders in the app, and the office's list of where each unit's reminders are sent. */
@Controller
@Tag(name = "催办督办", description = "站内提醒和各单位的提醒渠道")
class NotificationController {

    private final Notifications notifications;
    private final CurrentScope scope;
    private final Organisations organisations;

    NotificationController(Notifications notifications, CurrentScope scope, Organisations organisations) {
        this.notifications = notifications;
        this.scope = scope;
        this.organisations = organisations;
    }

    /** Offices and leaders also receive their area's escalations. */
    private Long leadersArea() {
        Role role = scope.user().role();
        return role == Role.SUPERVISOR || role == Role.LEADER ? scope.area() : null;
    }

    @GetMapping("/notifications")
    String inbox(Model model) {
        if (!model.containsAttribute("contactForm")) {
            model.addAttribute("contactForm", ContactForm.empty());
        }
        model.addAttribute("notifications", notifications.inbox(scope.user().organisationId(), leadersArea(), 200));
        boolean office = scope.user().role() == Role.SUPERVISOR;
        model.addAttribute("office", office);
        if (office) {
            model.addAttribute("contacts", notifications.contacts(scope.units()));
            model.addAttribute("channels", Channel.values());
            model.addAttribute("units", organisations.within(scope.units()));
        }
        return "reminders/inbox";
    }

    @GetMapping("/api/notifications")
    @ResponseBody
    @Operation(summary = "我的提醒（本单位的催办，督查室和领导另含本地区的督办）")
    List<Notification> api() {
        return notifications.inbox(scope.user().organisationId(), leadersArea(), 200);
    }

    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable long id) {
        notifications.markRead(id, scope.user().organisationId(), leadersArea());
        return "redirect:/notifications";
    }

    private void mayManage(Long unit) {
        scope.require(scope.user().role() == Role.SUPERVISOR && (unit == null || scope.units().contains(unit)));
    }

    /** A refused contact: the page again (422), each message beside its field, everything typed kept but the secret. */
    @PostMapping("/notifications/contacts")
    String addContact(@Valid @ModelAttribute("contactForm") ContactForm form,
            BindingResult errors, Model model,
            HttpServletResponse response) {
        mayManage(form.unit());
        return PageForms.submit(errors, response, () -> {
            notifications.addContact(form.unit(), form.channel(), form.address(), form.secret(), form.keyword());
            return "redirect:/notifications#contacts";
        }, () -> {
            model.addAttribute("contactForm", form.withoutSecret());
            model.addAttribute("org.springframework.validation.BindingResult.contactForm", errors);
            return inbox(model);
        });
    }

    @PostMapping("/notifications/contacts/{id}/test")
    String test(@PathVariable long id, RedirectAttributes redirect) {
        mayManage(null);
        Notifications.Contact c = notifications.test(id, scope.units());
        redirect.addFlashAttribute("tested", c.organisationName() + " " + c.channel().label() + "：" + (c.testError() == null
                ? "测试消息已发送成功"
                : "发送失败，" + c.testError()));
        return "redirect:/notifications#contacts";
    }

    @GetMapping(path = "/api/notifications/contacts", produces = "application/json")
    @ResponseBody
    @Operation(summary = "各单位的提醒渠道（督查室）：地址只显示掩码，加签密钥只显示是否已设置")
    List<Notifications.Contact> contactsApi() {
        mayManage(null);
        return notifications.contacts(scope.units());
    }

    @PostMapping(path = "/api/notifications/contacts", produces = "application/json")
    @ResponseBody
    @Operation(summary = "新增提醒渠道：邮箱、钉钉机器人（可带加签密钥 secret 与关键词 keyword）或企业微信机器人")
    ResponseEntity<Notifications.Contact> addContactApi(
            @Valid @RequestBody ContactForm form) {
        mayManage(form.unit());
        long id = notifications.addContact(form.unit(), form.channel(), form.address(), form.secret(), form.keyword());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(notifications.contact(id, scope.units()).orElseThrow());
    }

    @PostMapping(path = "/api/notifications/contacts/{id}/test", produces = "application/json")
    @ResponseBody
    @Operation(summary = "发送测试消息：立即发送一条测试消息，返回结果（testError 为空即成功）")
    Notifications.Contact testApi(@PathVariable long id) {
        mayManage(null);
        return notifications.test(id, scope.units());
    }

    @DeleteMapping("/api/notifications/contacts/{id}")
    @Operation(summary = "删除提醒渠道")
    ResponseEntity<Void> removeContactApi(@PathVariable long id) {
        mayManage(null);
        notifications.removeContact(id, scope.units());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/notifications/contacts/{id}/delete")
    String removeContact(@PathVariable long id) {
        mayManage(null);
        notifications.removeContact(id, scope.units());
        return "redirect:/notifications#contacts";
    }
}
