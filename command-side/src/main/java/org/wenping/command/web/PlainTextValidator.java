package org.wenping.command.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.regex.Pattern;

/** Checks {@link PlainText}: refuses tags, entity-encoded tags, script URLs and control characters. */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {
    private static final Pattern MARKUP = Pattern.compile(
            "<\\s*[/!?a-zA-Z]|&(lt|gt|#0*60|#x0*3c);|javascript\\s*:|vbscript\\s*:|data\\s*:\\s*text/html",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t\\r]]");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || (!MARKUP.matcher(value).find() && !CONTROL.matcher(value).find());
    }
}
