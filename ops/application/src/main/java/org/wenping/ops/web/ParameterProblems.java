package org.wenping.ops.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.util.Arrays;
import java.util.List;

/** A request parameter that does not convert to its type: named, and for a coded one, with the values it allows. */
final class ParameterProblems {
    private ParameterProblems() {
    }

    static ProblemDetail mismatch(String parameter, Object value, Class<?> requiredType) {
        String shown = String.valueOf(value);
        if (shown.length() > 50) shown = shown.substring(0, 50) + "…";
        if (requiredType != null && requiredType.isEnum()) {
            ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "UNKNOWN_ENUM_VALUE", parameter,
                    "参数“" + parameter + "”的取值“" + shown + "”无效,可取: " + String.join(", ", allowedValues(requiredType)));
            problem.setProperty("allowedValues", allowedValues(requiredType));
            return problem;
        }
        return Problems.of(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", parameter,
                "参数“" + parameter + "”的取值“" + shown + "”无效");
    }

    static List<String> allowedValues(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(String::valueOf).toList();
    }
}
