package org.wenping.command.lists;

import org.wenping.kernel.jurisdiction.JurisdictionCode;

/**
 * Whether a jurisdiction enforces R11 未备案不审批 (seed 004 篇3: 对未备案的事项,一律不予审批) by refusing the
 * decision on a matter on no filed list; elsewhere such a decision is recorded and flagged. Configured in ops.
 */
@FunctionalInterface
public interface ListRulePolicy {
    boolean refusesUnlistedDecisions(JurisdictionCode jurisdiction);
}
