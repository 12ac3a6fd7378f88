package org.wenping.ops.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;

/**
 * Builds RFC 9457 problem details that always carry a stable {@code code}, a zh-CN title and detail and, where
 * known, the {@code field} at fault; {@link #forStatus} is the answer for a status when nothing more is known.
 */
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

    /**
     * The problem for a bare status: what the framework or Tomcat refused before any of our code could say
     * more (an unknown path, an unparseable request line, a method the path does not serve).
     */
    static ProblemDetail forStatus(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> of(status, "MALFORMED_REQUEST", null,
                    "请求无法解析:请求地址的编码无效、含不允许的字符,或请求行与请求头过长");
            case UNAUTHORIZED -> of(status, "UNAUTHENTICATED", null, "需要登录:请使用 HTTP Basic 认证");
            case FORBIDDEN -> of(status, "FORBIDDEN", null, "当前用户无权执行此操作");
            case NOT_FOUND -> of(status, "NOT_FOUND", null, "没有这个地址");
            case METHOD_NOT_ALLOWED -> of(status, "METHOD_NOT_ALLOWED", null, "此地址不支持该请求方法,可用的方法见 Allow 响应头");
            case NOT_ACCEPTABLE -> of(status, "NOT_ACCEPTABLE", "Accept", "无法以 Accept 所要求的格式作答,请接受 application/json");
            case PAYLOAD_TOO_LARGE -> of(status, "BODY_TOO_LARGE", null, "请求体不得超过 1 MiB");
            case URI_TOO_LONG -> of(status, "URI_TOO_LONG", null, "请求地址过长");
            case UNSUPPORTED_MEDIA_TYPE -> of(status, "UNSUPPORTED_MEDIA_TYPE", "Content-Type", "请求体须为 application/json");
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> of(status, "HEADERS_TOO_LARGE", null, "请求头过大");
            case SERVICE_UNAVAILABLE -> of(status, "SERVICE_UNAVAILABLE", null, "服务暂不可用,请稍后重试");
            case INTERNAL_SERVER_ERROR -> of(status, "INTERNAL_ERROR", null, "服务器内部错误,已记录");
            default -> of(status, "HTTP_" + status.value(), null, "请求未能完成(HTTP " + status.value() + ")");
        };
    }

    static String titleFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "请求无效";
            case UNAUTHORIZED -> "未认证";
            case FORBIDDEN -> "无权操作";
            case NOT_FOUND -> "未找到";
            case METHOD_NOT_ALLOWED -> "不支持的请求方法";
            case NOT_ACCEPTABLE -> "无法提供所要求的格式";
            case CONFLICT -> "与当前状态冲突";
            case PAYLOAD_TOO_LARGE -> "请求体过大";
            case URI_TOO_LONG -> "请求地址过长";
            case UNSUPPORTED_MEDIA_TYPE -> "不支持的内容类型";
            case UNPROCESSABLE_ENTITY -> "不符合办理规则";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "请求头过大";
            case INTERNAL_SERVER_ERROR -> "服务器内部错误";
            case SERVICE_UNAVAILABLE -> "服务暂不可用";
            default -> "请求未能完成";
        };
    }
}
