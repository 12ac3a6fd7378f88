package org.wenping.ops.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** A request body that cannot be read: too large, not JSON, an unknown field, a value of the wrong type. */
final class BodyProblems {
    private BodyProblems() {
    }

    static ProblemDetail notReadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException) {
                return BodySizeLimitFilter.tooLarge();
            }
        }
        Throwable cause = e.getCause();
        if (cause instanceof RefusedTextException text) {
            return Problems.of(HttpStatus.BAD_REQUEST, text.fault().code(), path(text),
                    "字段“" + path(text) + "”" + text.fault().reason());
        }
        if (cause instanceof DateOutOfRangeException date) {
            return Problems.of(HttpStatus.BAD_REQUEST, "FIELD_DATE_OUT_OF_RANGE", path(date),
                    "字段“" + path(date) + "”的日期须在 " + ExactScalar.EARLIEST + " 至 " + ExactScalar.LATEST + " 之间");
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return Problems.of(HttpStatus.BAD_REQUEST, "UNKNOWN_FIELD", path(unknown),
                    "不认识的字段“" + unknown.getPropertyName() + "”");
        }
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "UNKNOWN_ENUM_VALUE", path(invalid),
                    "字段“" + path(invalid) + "”的取值“" + invalid.getValue() + "”无效");
            problem.setProperty("allowedValues", ParameterProblems.allowedValues(invalid.getTargetType()));
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
}
