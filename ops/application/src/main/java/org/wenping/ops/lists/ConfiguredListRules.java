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
        return jurisdiction.mostSpecific(properties.refuseUnlisted()).orElse(properties.refuseUnlistedByDefault());
    }
}
