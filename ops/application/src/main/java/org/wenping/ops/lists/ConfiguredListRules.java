package org.wenping.ops.lists;

import org.springframework.stereotype.Component;
import org.wenping.command.lists.ListRulePolicy;
import org.wenping.kernel.jurisdiction.JurisdictionCode;

/** Resolves whether a jurisdiction refuses unlisted decisions (R11) by the longest configured code prefix. */
@Component
class ConfiguredListRules implements ListRulePolicy {
    private final ListRuleProperties properties;

    ConfiguredListRules(ListRuleProperties properties) {
        this.properties = properties;
    }

    @Override
    public boolean refusesUnlistedDecisions(JurisdictionCode jurisdiction) {
        String code = jurisdiction.value();
        for (int length = code.length(); length >= 2; length--) {
            Boolean refuses = properties.refuseUnlisted().get(code.substring(0, length));
            if (refuses != null) return refuses;
        }
        return properties.refuseUnlistedByDefault();
    }
}
