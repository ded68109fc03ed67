package cn.duban.system;

import cn.duban.audit.Refusals;
import cn.duban.refusal.Problems;
import cn.duban.refusal.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Domain errors mapped once to a Chinese message and an HTTP status: JSON for /api, the
 * error page for the browser. Nobody sees a stack trace.
 */
@ControllerAdvice
class ErrorMessages {

    private static final Logger log = LoggerFactory.getLogger(ErrorMessages.class);

    private final Refusals refusals;

    ErrorMessages(Refusals refusals) {
        this.refusals = refusals;
    }

    /** A refused request, for the auditor: every refused write, and every refusal by role, unit or a malformed parameter. */
    private void audited(HttpServletRequest request, HttpStatus status, String reason) {
        refusals.record(null, reason, request.getMethod(), request.getRequestURI(), status.value());
    }

    private static boolean write(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
    }

    /**
     * Any module's refusal: its reason, with the status it says (422 refused, 404 not there or not yours,
     * 409 changed meanwhile, 403 not allowed) and, for an API, a ProblemDetail naming the field it
     * concerns and its details. Refused writes, and every 403 and 404, are audited (等保: 访问控制).
     */
    @ExceptionHandler(Refusal.class)
    Object refused(Refusal e, HttpServletRequest request) {
        HttpStatus status = HttpStatus.valueOf(e.status());
        if (write(request) || status == HttpStatus.FORBIDDEN || status == HttpStatus.NOT_FOUND) {
            audited(request, status, e.getMessage());
        }
        if (request.getRequestURI().startsWith("/api/")) {
            return Problems.of(e);
        }
        return respond(request, status, e.getMessage());
    }

    /** A row asked for that is not there (or not this user's to see): 404, never a stack trace. */
    @ExceptionHandler({NoSuchElementException.class,
            EmptyResultDataAccessException.class})
    Object missing(Exception e, HttpServletRequest request) {
        audited(request, HttpStatus.NOT_FOUND, "内容不存在或无权查看");
        return respond(request, HttpStatus.NOT_FOUND, "要查看或修改的内容不存在或无权查看");
    }

    /** A write the database's own rules refuse (a check, a key): the input was wrong, not the system. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    Object refusedByDatabase(DataIntegrityViolationException e, HttpServletRequest request) {
        log.warn("数据库约束拒绝了写入: {} {}: {}", request.getMethod(), request.getRequestURI(),
                e.getMostSpecificCause().getMessage());
        return respond(request, HttpStatus.UNPROCESSABLE_CONTENT, "提交的数据不符合要求（超出范围、重复或引用了不存在的内容），未作任何修改");
    }

    @ExceptionHandler({HttpMessageNotReadableException.class,
            MissingServletRequestParameterException.class,
            MethodArgumentTypeMismatchException.class,
            MultipartException.class,
            MissingServletRequestPartException.class})
    Object malformed(Exception e, HttpServletRequest request) {
        audited(request, HttpStatus.BAD_REQUEST, "请求内容不完整或格式不正确");
        if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            // The parameter is named, the value and the converter's own words are not echoed back.
            return respond(request, HttpStatus.BAD_REQUEST, "参数 " + mismatch.getName() + " 的格式不正确");
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return respond(request, HttpStatus.BAD_REQUEST, "缺少参数 " + missing.getParameterName());
        }
        return respond(request, HttpStatus.BAD_REQUEST, "请求内容不完整或格式不正确");
    }

    /** A date built from parameters that name none (month 13, day 32): the request was wrong, not the system. */
    @ExceptionHandler(DateTimeException.class)
    Object badDate(DateTimeException e, HttpServletRequest request) {
        audited(request, HttpStatus.BAD_REQUEST, "日期参数不正确");
        return respond(request, HttpStatus.BAD_REQUEST, "日期参数不正确（年、月、日超出范围）");
    }

    /** A parameter out of its range, said where it is checked (a month of 13): 400 with that reason. */
    @ExceptionHandler(ResponseStatusException.class)
    Object badParameter(ResponseStatusException e, HttpServletRequest request) {
        HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
        audited(request, status, e.getReason() == null ? status.getReasonPhrase() : e.getReason());
        return respond(request, status, e.getReason() == null ? "请求内容不完整或格式不正确" : e.getReason());
    }

    /**
     * A JSON body that breaks a form's rules: 400 with a ProblemDetail naming each field and its
     * message, the same messages the page shows beside the field.
     */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    Object invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        // A value that does not convert (unit=1 or 1=1) is named by its field; the value and the converter's words are not echoed.
        e.getBindingResult().getFieldErrors().forEach(f -> fields.putIfAbsent(f.getField(),
                f.isBindingFailure() ? "参数 " + f.getField() + " 的格式不正确" : f.getDefaultMessage()));
        if (e.getBindingResult().getFieldErrors().stream().anyMatch(FieldError::isBindingFailure)) {
            audited(request, HttpStatus.BAD_REQUEST, "参数格式不正确：" + String.join("、", fields.keySet()));
        }
        List<String> messages = new ArrayList<>(fields.values());
        e.getBindingResult().getGlobalErrors().forEach(g -> messages.add(g.getDefaultMessage()));
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "输入有误", String.join("；", messages));
        problem.setProperty("errors", fields);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return respond(request, HttpStatus.CONTENT_TOO_LARGE, "文件超过 20 MB 上限，请拆分后再上传");
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof ErrorResponse
                || e instanceof AccessDeniedException
                || e instanceof AuthenticationException) {
            throw e; // Spring's own 4xx (not found, wrong method, denied) keep their status
        }
        log.error("未预期的错误: {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(request, HttpStatus.INTERNAL_SERVER_ERROR, "系统出现错误，请稍后再试；如一直出现，请联系管理员");
    }

    private static Object respond(HttpServletRequest request, HttpStatus status, String message) {
        if (request.getRequestURI().startsWith("/api/")) {
            // RFC 9457 problem details; "error" repeats the message for clients written against the earlier shape.
            ProblemDetail problem = Problems.of(status, status.is4xxClientError() ? "请求未被接受" : "系统错误", message);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("error", Map.of("message", message, "status", status.value()));
        page.setStatus(status);
        return page;
    }
}
