package org.wenping.ops.web;

/** Stable error codes for Bean Validation constraints, by constraint name. */
final class FieldErrorCodes {
    private FieldErrorCodes() {
    }

    static String of(String constraint) {
        if (constraint == null) return "INVALID_FIELD";
        return switch (constraint) {
            case "NotBlank", "NotNull", "NotEmpty" -> "FIELD_REQUIRED";
            case "Size" -> "FIELD_SIZE";
            case "Pattern" -> "FIELD_FORMAT";
            case "PlainText" -> "FIELD_UNSAFE_TEXT";
            default -> "INVALID_FIELD";
        };
    }
}
