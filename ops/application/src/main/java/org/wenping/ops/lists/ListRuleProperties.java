package org.wenping.ops.lists;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Map;

/**
 * {@code wenping.lists.refuse-unlisted.<jurisdiction prefix>=true|false}: whether R11 refuses a decision on a
 * matter on no filed yearly list there (the longest matching prefix wins); elsewhere
 * {@code wenping.lists.refuse-unlisted-by-default} (false: the decision is recorded and flagged).
 */
@ConfigurationProperties("wenping.lists")
record ListRuleProperties(@DefaultValue("false") boolean refuseUnlistedByDefault, Map<String, Boolean> refuseUnlisted) {
    ListRuleProperties {
        refuseUnlisted = refuseUnlisted == null ? Map.of() : Map.copyOf(refuseUnlisted);
    }
}
