package org.wenping.ops.web;

import com.mongodb.MongoException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.wenping.kernel.refusal.Refusal;

import java.util.List;
import java.util.Map;

/** Turns every refusal into RFC 9457 problem+json with a stable code; nothing here is ever a 500 but a real fault. */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    /** Every refusal of either side, by its kind. */
    @ExceptionHandler(Refusal.class)
    ProblemDetail refused(Refusal e) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
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

    /** Command senders name the kind of record; this is for a load that bypassed them. */
    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail aggregateNotFound(AggregateNotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "RECORD_NOT_FOUND", "id", "未找到记录 " + e.getAggregateIdentifier());
    }

    /** A header or parameter the firewall refuses, found only when a handler reads it. */
    @ExceptionHandler(RequestRejectedException.class)
    ProblemDetail rejected(RequestRejectedException e) {
        return Firewall.rejected(e);
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

    /** The store did not answer or answered an error (closed, unreachable): the request may succeed later. */
    @ExceptionHandler(MongoException.class)
    ProblemDetail storeFailed(MongoException e) {
        log.error("store failure: {}", e.toString());
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "STORE_UNAVAILABLE", null, "数据存储暂不可用,请稍后重试");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("unexpected failure", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", null, "服务器内部错误,已记录");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = BodyProblems.notReadable(e);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            if (error.contains(TypeMismatchException.class)) {
                TypeMismatchException mismatch = error.unwrap(TypeMismatchException.class);
                return ResponseEntity.badRequest().body(ParameterProblems.mismatch(error.getField(),
                        error.getRejectedValue(), mismatch.getRequiredType()));
            }
        }
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
        String parameter = e instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : e.getPropertyName();
        return ResponseEntity.badRequest().body(ParameterProblems.mismatch(parameter, e.getValue(), e.getRequiredType()));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "PARAMETER_REQUIRED",
                e.getParameterName(), "缺少参数“" + e.getParameterName() + "”"));
    }

    /** Every other refusal of the framework (unknown path, 405, 406, 415 …): the problem for its status. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (!(body instanceof ProblemDetail problem && problem.getProperties() != null
                && problem.getProperties().containsKey("code"))) {
            HttpStatus known = HttpStatus.resolve(status.value());
            body = Problems.forStatus(known == null ? HttpStatus.BAD_REQUEST : known);
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }
}
