package cn.duban.feedback;

import cn.duban.refusal.PageForms;
import cn.duban.security.CurrentScope;
import cn.duban.security.DubanUser;
import cn.duban.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/** 意见反馈: a unit's form and what it said; the office reads what its units said. */
@Controller
class FeedbackController {

    private final Feedback feedback;
    private final CurrentScope scope;

    FeedbackController(Feedback feedback, CurrentScope scope) {
        this.feedback = feedback;
        this.scope = scope;
    }

    /** What a unit tells the offices above it. */
    record FeedbackForm(@NotBlank(message = "请填写反馈内容") @Size(min = 2, max = 1000, message = "反馈内容为 2 至 1000 字") String body) {
        static FeedbackForm blank() {
            return new FeedbackForm("");
        }
    }

    @GetMapping("/feedback")
    String page(Model model) {
        if (!model.containsAttribute("feedbackForm")) {
            model.addAttribute("feedbackForm", FeedbackForm.blank());
        }
        boolean unit = isUnit(scope.user());
        model.addAttribute("unit", unit);
        model.addAttribute("messages", feedback.of(readable()));
        return "feedback/index";
    }

    @PostMapping("/feedback")
    String send(@Valid @ModelAttribute("feedbackForm") FeedbackForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        return PageForms.submit(errors, response, () -> {
            feedback.send(scope.user().organisationId(), form.body(), scope.user().getUsername());
            return "redirect:/feedback?sent";
        }, () -> page(model));
    }

    @Operation(summary = "意见反馈：本单位提交的，或（督查室）本区域各单位提交的")
    @GetMapping(path = "/api/feedback", produces = "application/json")
    @ResponseBody
    List<Feedback.Message> list() {
        return feedback.of(readable());
    }

    @Operation(summary = "提交意见反馈（填报负担等），送达本县督查室和上一级督查室")
    @PostMapping(path = "/api/feedback", produces = "application/json")
    @ResponseBody
    ResponseEntity<Map<String, Long>> sendApi(@Valid @RequestBody FeedbackForm form) {
        return ResponseEntity.status(201).body(Map.of("id", feedback.send(scope.user().organisationId(), form.body(),
                scope.user().getUsername())));
    }

    /** A unit reads what it said; the office what every unit of its area said. */
    private Set<Long> readable() {
        DubanUser user = scope.user();
        return isUnit(user) ? Set.of(user.organisationId()) : scope.units();
    }

    private static boolean isUnit(DubanUser user) {
        return user.role() == Role.LIAISON || user.role() == Role.UNIT_HEAD;
    }
}
