package cn.duban.refusal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;

/** Every JSON error in one shape: an RFC 9457 problem, its reason also under "error" (the field clients of the first API read). */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String title, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setTitle(title);
        problem.setProperty("error", message);
        return problem;
    }

    /** A refusal as a JSON answer: its status, reason, field and details. */
    public static ResponseEntity<Object> of(Refusal refusal) {
        HttpStatus status = HttpStatus.valueOf(refusal.status());
        ProblemDetail problem = of(status, refusal.title(), refusal.getMessage());
        if (refusal.field() != null) {
            problem.setProperty("errors", Map.of(refusal.field(), refusal.getMessage()));
        }
        refusal.details().forEach(problem::setProperty);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A form's refused fields as a JSON answer: 422, each field with its message, the first as the reason. */
    public static ResponseEntity<Object> of(BindingResult errors) {
        Map<String, String> fields = new LinkedHashMap<>();
        errors.getFieldErrors().forEach(f -> fields.putIfAbsent(f.getField(), f.getDefaultMessage()));
        String reason = errors.getAllErrors().isEmpty() ? "输入有误" : errors.getAllErrors().get(0).getDefaultMessage();
        ProblemDetail problem = of(HttpStatus.UNPROCESSABLE_CONTENT, "输入有误", reason);
        problem.setProperty("errors", fields);
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A JSON answer with a status and reason only (a passkey that failed: 401). */
    public static ResponseEntity<Object> of(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(of(status, status.is4xxClientError() ? "请求未被接受" : "系统错误", message));
    }
}
