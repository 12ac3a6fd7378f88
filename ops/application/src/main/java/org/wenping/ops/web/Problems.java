package org.wenping.ops.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;

/** Builds RFC 9457 problem details that always carry a stable {@code code} and, where known, the {@code field}. */
public final class Problems {
    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String code, String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:wenping:problem:" + code));
        problem.setTitle(titleFor(status));
        problem.setProperty("code", code);
        if (field != null) problem.setProperty("field", field);
        return problem;
    }

    static String titleFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "请求无效";
            case UNAUTHORIZED -> "未认证";
            case FORBIDDEN -> "无权操作";
            case NOT_FOUND -> "未找到";
            case CONFLICT -> "与当前状态冲突";
            case PAYLOAD_TOO_LARGE -> "请求体过大";
            case UNPROCESSABLE_ENTITY -> "不符合办理规则";
            case UNSUPPORTED_MEDIA_TYPE -> "不支持的内容类型";
            case METHOD_NOT_ALLOWED -> "不支持的请求方法";
            case SERVICE_UNAVAILABLE -> "服务暂不可用";
            default -> status.getReasonPhrase();
        };
    }
}
