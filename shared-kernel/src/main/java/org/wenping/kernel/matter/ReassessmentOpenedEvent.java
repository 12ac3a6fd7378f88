package org.wenping.kernel.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when a matter under 跟踪 returns to 评估 and 定级 because an incident happened or a new major risk
 * appeared (R7 动态评估, 切忌一评了之; seeds 001, 004 篇3 (八)). A new grade, and under 普通/特殊程序 a new review and filing,
 * must follow before the decision may be adjusted.
 *
 * @param openedOn the business date the re-assessment was opened
 */
@Revision("1")
public record ReassessmentOpenedEvent(
        MatterId matterId,
        ReassessmentTrigger trigger,
        String reason,
        LocalDate openedOn) implements MatterEvent {

    public ReassessmentOpenedEvent {
        Objects.requireNonNull(matterId, "matterId");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(openedOn, "openedOn");
    }

    @Override
    public LocalDate businessDate() {
        return openedOn;
    }

    @Override
    public <R> R accept(MatterEventCases<R> cases) {
        return cases.on(this);
    }
}
