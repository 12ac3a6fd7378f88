package org.wenping.ops.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.beans.TypeMismatchException;
import org.wenping.command.web.CommandRefusedException;
import org.wenping.query.web.InvalidAsOfException;
import org.wenping.query.web.InvalidQueryException;
import org.wenping.query.web.OutsideReaderScopeException;
import org.wenping.query.web.RecordNotFoundException;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Turns every refusal into RFC 9457 problem+json with a stable code; nothing here is ever a 500 but a real fault. */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(CommandRefusedException.class)
    ProblemDetail refused(CommandRefusedException e) {
        HttpStatus status = switch (e.kind()) {
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        return Problems.of(status, e.code(), e.field(), e.getMessage());
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail staleVersion(ConflictingAggregateVersionException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "VERSION_CONFLICT", "If-Match",
                "事项已被他人更新:If-Match 版本 " + e.getExpectedVersion() + " 已过期,当前版本 " + e.getActualVersion());
        problem.setProperty("currentVersion", e.getActualVersion());
        return problem;
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrent(ConcurrencyException e) {
        return Problems.of(HttpStatus.CONFLICT, "CONCURRENT_MODIFICATION", null, "事项正被并发修改,请重试");
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail aggregateNotFound(AggregateNotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "MATTER_NOT_FOUND", "id", "未找到事项 " + e.getAggregateIdentifier());
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ProblemDetail notFound(RecordNotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, e.code(), "id", e.getMessage());
    }

    @ExceptionHandler(OutsideReaderScopeException.class)
    ProblemDetail outsideScope(OutsideReaderScopeException e) {
        return Problems.of(HttpStatus.FORBIDDEN, "R9_OUTSIDE_JURISDICTION", "jurisdiction", e.getMessage());
    }

    @ExceptionHandler(InvalidAsOfException.class)
    ProblemDetail invalidAsOf(InvalidAsOfException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, e.code(), e.field(), e.getMessage());
    }

    @ExceptionHandler(InvalidQueryException.class)
    ProblemDetail invalidQuery(InvalidQueryException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "INVALID_QUERY", e.parameter(), e.getMessage());
    }

    @ExceptionHandler(java.util.NoSuchElementException.class)
    ProblemDetail noSuchElement(java.util.NoSuchElementException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "NOT_FOUND", null, "未找到: " + e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return Problems.of(HttpStatus.FORBIDDEN, "FORBIDDEN", "role", "当前用户的角色无权执行此操作");
    }

    @ExceptionHandler(EventStoreException.class)
    ProblemDetail storeUnavailable(EventStoreException e) {
        log.error("event store failure", e);
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "STORE_UNAVAILABLE", null, "事件存储暂不可用,请稍后重试");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("unexpected failure", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", null, "服务器内部错误,已记录");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = notReadable(e);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    static ProblemDetail notReadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException) {
                return BodySizeLimitFilter.tooLarge();
            }
        }
        Throwable cause = e.getCause();
        if (cause instanceof UnrepresentableTextException text) {
            return Problems.of(HttpStatus.BAD_REQUEST, "FIELD_UNREPRESENTABLE_TEXT", path(text),
                    "字段“" + path(text) + "”含有无法存储的字符(孤立的 UTF-16 代理项)");
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return Problems.of(HttpStatus.BAD_REQUEST, "UNKNOWN_FIELD", path(unknown),
                    "不认识的字段“" + unknown.getPropertyName() + "”");
        }
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "UNKNOWN_ENUM_VALUE", path(invalid),
                    "字段“" + path(invalid) + "”的取值“" + invalid.getValue() + "”无效");
            problem.setProperty("allowedValues", Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(String::valueOf).toList());
            return problem;
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return Problems.of(HttpStatus.BAD_REQUEST, "INVALID_FIELD_TYPE", path(mismatch),
                    "字段“" + path(mismatch) + "”的类型或取值无效");
        }
        return Problems.of(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", null, "请求体不是有效的 JSON");
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) path.append('.');
                path.append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(),
                        "code", FieldErrorCodes.of(error.getCode()),
                        "message", String.valueOf(error.getDefaultMessage())))
                .sorted((a, b) -> a.get("field").compareTo(b.get("field")))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> Map.of("field", result.getMethodParameter().getParameterName(),
                                "code", FieldErrorCodes.of(error.getCodes() == null ? null : error.getCodes()[error.getCodes().length - 1]),
                                "message", String.valueOf(error.getDefaultMessage()))))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    private static ProblemDetail validationProblem(List<Map<String, String>> errors) {
        Map<String, String> first = errors.isEmpty() ? Map.of("field", "", "code", "INVALID_FIELD", "message", "")
                : errors.get(0);
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, first.get("code"), first.get("field"),
                "字段“" + first.get("field") + "”" + first.get("message"));
        problem.setProperty("errors", errors);
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "INVALID_PATH_VALUE",
                e.getPropertyName(), "路径或参数取值无效"));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && (problem.getProperties() == null
                || !problem.getProperties().containsKey("code"))) {
            HttpStatus known = HttpStatus.resolve(status.value());
            problem.setProperty("code", known == null ? "HTTP_" + status.value() : known.name());
            if (known != null) problem.setTitle(Problems.titleFor(known));
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }
}
