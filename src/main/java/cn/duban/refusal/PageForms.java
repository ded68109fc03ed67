package cn.duban.refusal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * The one way a page form is answered. The form is bound and checked ({@code @Valid @ModelAttribute});
 * when it passes, the step runs; a refusal of the step is put beside the field it names (or above the form
 * when it names none). Either way a refused form is drawn again with what was typed and the status of the
 * refusal (422, or 409 when something changed meanwhile) — nothing was written. Not-found and not-allowed
 * are not form errors: they go on to the error page (404, 403).
 */
public final class PageForms {

    private PageForms() {
    }

    /**
     * @param step   what the form asks for, returning the view to go to (usually a redirect)
     * @param redraw draws the form's page again; the form object is still in the model, as typed
     */
    public static String submit(BindingResult errors, HttpServletResponse response, Supplier<String> step, Supplier<String> redraw) {
        if (!errors.hasErrors()) {
            return attempt(response, step, refusal -> {
                reject(errors, refusal);
                return redraw.get();
            });
        }
        response.setStatus(422);
        return redraw.get();
    }

    /**
     * The same answer for a page whose request is not a form of fields — an uploaded workbook and its preview:
     * a refusal sets its status (422, 409) and the page is drawn again around it, by {@code redraw}, which
     * knows where this page shows it (the rows of a sheet above the file field). Not-found and not-allowed go on.
     */
    public static String attempt(HttpServletResponse response, Supplier<String> step, Function<Refusal, String> redraw) {
        try {
            return step.get();
        } catch (Refusal refusal) {
            if (refusal.status() == 403 || refusal.status() == 404) {
                throw refusal;
            }
            response.setStatus(refusal.status());
            return redraw.apply(refusal);
        }
    }

    /**
     * Draws a refused form again as a different record than the one bound (a report's lines aligned with its page
     * again, on the version now stored): the new record is what the page shows, the refusal's messages and the
     * values typed beside them stay. A record cannot be changed in place, so its binding result is made anew.
     */
    public static void redisplay(Model model, BindingResult errors, Object shown) {
        BeanPropertyBindingResult again = new BeanPropertyBindingResult(shown, errors.getObjectName());
        again.addAllErrors(errors);
        model.addAttribute(errors.getObjectName(), shown);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), again);
    }

    /** Puts the refusal beside its field, or above the form when it names none (or a field this form does not have). */
    public static void reject(BindingResult errors, Refusal refusal) {
        if (refusal.field() != null) {
            try {
                errors.rejectValue(refusal.field(), "refused", refusal.getMessage());
                return;
            } catch (RuntimeException notAFieldOfThisForm) {
                // fall through: the message still shows, above the form
            }
        }
        errors.reject("refused", refusal.getMessage());
    }
}
