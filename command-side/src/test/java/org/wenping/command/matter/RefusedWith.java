package org.wenping.command.matter;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.wenping.command.domain.CommandRefusedException;

/** Matches a refusal by its stable code. */
public final class RefusedWith extends TypeSafeMatcher<CommandRefusedException> {
    private final String code;

    private RefusedWith(String code) {
        this.code = code;
    }

    public static Matcher<CommandRefusedException> code(String code) {
        return new RefusedWith(code);
    }

    @Override
    protected boolean matchesSafely(CommandRefusedException refusal) {
        return code.equals(refusal.code());
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a refusal with code ").appendValue(code);
    }
}
