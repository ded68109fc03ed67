package cn.duban.reminders;

import cn.duban.org.Organisations;
import cn.duban.security.CurrentScope;
import cn.duban.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.List;

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
        scope.units();
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
        scope.units();
        return notifications.inbox(scope.user().organisationId(), leadersArea(), 200);
    }

    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable long id) {
        notifications.markRead(id, scope.user().organisationId(), leadersArea());
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/contacts")
    String addContact(@RequestParam long unit, @RequestParam Channel channel, @RequestParam String address) {
        scope.require(scope.user().role() == Role.SUPERVISOR && scope.units().contains(unit));
        notifications.addContact(unit, channel, address);
        return "redirect:/notifications#contacts";
    }

    @PostMapping("/notifications/contacts/{id}/delete")
    String removeContact(@PathVariable long id) {
        scope.require(scope.user().role() == Role.SUPERVISOR);
        notifications.removeContact(id, scope.units());
        return "redirect:/notifications#contacts";
    }
}
