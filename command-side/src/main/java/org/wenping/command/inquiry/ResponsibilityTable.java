package org.wenping.command.inquiry;

import org.wenping.kernel.actor.Role;
import org.wenping.kernel.inquiry.Responsibility;

/**
 * How far a person answers, by the role they acted in: seed 004 篇4 for 政法 organs (主要领导 第一责任人, 分管领导
 * 主要责任人, 承办人 直接责任人); for matters 谁决策谁负责 (seeds 003, 004) makes the 决策机关 主要责任人 and everyone who
 * did the work a 直接责任人. No role of a matter's record is its 第一责任人: the unit's head does not act in it.
 */
final class ResponsibilityTable {
    private ResponsibilityTable() {
    }

    static Responsibility of(Role role) {
        return switch (role) {
            case ORGAN_HEAD -> Responsibility.FIRST;
            case CASE_LEAD, DECIDER -> Responsibility.PRINCIPAL;
            case HANDLER, ASSESSOR, SUPERVISOR, EXPERT, ARCHIVIST, INSPECTOR, ADMIN -> Responsibility.DIRECT;
        };
    }
}
