package org.wenping.command.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text that goes on record as plain text: no markup or script, no control characters. Dossiers are
 * printed and shown in browsers; refusing markup at the door keeps every later reader safe.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainTextValidator.class)
public @interface PlainText {
    String message() default "不得包含标记、脚本或控制字符";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
