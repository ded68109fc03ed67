package cn.duban.refusal;

import java.util.Map;

/**
 * A request refused for a reason the user can act on, said in Chinese; nothing was changed. Each module
 * has its own kind (a plan, a report, a rectification refused) extending this one.
 * <p>
 * A refusal names the form field it concerns when there is one ({@link #field()}, a property path such as
 * {@code deadline} or {@code indicators[0].target}), so a page shows the reason beside that field and an
 * API answer names it; and it says how it answers (422 by default: the request was understood and refused).
 */
public abstract class Refusal extends RuntimeException {

    private final String field;

    protected Refusal(String message) {
        this(message, null, null);
    }

    protected Refusal(String message, String field) {
        this(message, field, null);
    }

    protected Refusal(String message, String field, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /** The form field the reason concerns (a property path), or null when it concerns the request as a whole. */
    public String field() {
        return field;
    }

    /** The HTTP status it answers with: 422 unless the kind says otherwise. */
    public int status() {
        return 422;
    }

    /** A short heading for an API answer. */
    public String title() {
        return "请求未被接受";
    }

    /** What an API answer carries besides the reason (the rows of a sheet, the units not yet reported…). */
    public Map<String, Object> details() {
        return Map.of();
    }
}
