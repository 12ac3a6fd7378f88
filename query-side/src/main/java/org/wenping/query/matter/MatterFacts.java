package org.wenping.query.matter;

import org.wenping.kernel.matter.MatterRegisteredEvent;

/** What the matter is and who answers for it, as registered (立项); it never changes afterwards. */
public record MatterFacts(String title, String category, String domain, String responsibleUnit,
                          String decisionAuthority, String jurisdiction) {
    static MatterFacts of(MatterRegisteredEvent registered) {
        return new MatterFacts(registered.title(), registered.category().name(), registered.domain(),
                registered.responsibleUnit(), registered.decisionAuthority(), registered.jurisdiction().value());
    }
}
