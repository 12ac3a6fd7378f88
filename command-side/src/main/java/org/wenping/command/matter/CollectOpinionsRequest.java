package org.wenping.command.matter;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;
import org.wenping.kernel.matter.OpinionMethod;

import java.time.LocalDate;

/** The body of {@code POST /api/matters/{id}/opinions}. */
record CollectOpinionsRequest(
        @NotNull OpinionMethod method,
        @PositiveOrZero int participants,
        @PositiveOrZero int supportCount,
        @PositiveOrZero int opposeCount,
        @NotBlank @Size(max = 2000) @PlainText String summary,
        LocalDate collectedOn) {

    /** Those for and those against are among those who took part. */
    @AssertTrue(message = "支持与反对人数之和不得超过参与人数")
    boolean isCountsConsistent() {
        return (long) supportCount + opposeCount <= participants;
    }
}
