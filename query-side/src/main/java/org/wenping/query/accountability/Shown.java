package org.wenping.query.accountability;

import java.util.List;

/** What one event shows by itself: the rules the step satisfied, and the breaches it carries as flags. */
record Shown(List<Rule> satisfied, List<BreachKind> flags) {
    static final Shown NOTHING = new Shown(List.of(), List.of());

    static Shown satisfies(Rule... rules) {
        return new Shown(List.of(rules), List.of());
    }
}
