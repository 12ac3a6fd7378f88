package org.wenping.kernel.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when the assessment report (评估报告: facts, how the assessment was run, risk factors, level, 化解预案,
 * 应急预案, recommendation; seeds 000, 001, 004) is compiled. The document itself stays outside the store; its
 * SHA-256 pins which document this was. A new report needs a new review and filing.
 *
 * @param documentHash lower-case hex SHA-256 of the report document
 * @param compiledOn the business date the report was signed off
 */
@Revision("1")
public record ReportCompiledEvent(
        MatterId matterId,
        String title,
        String documentHash,
        LocalDate compiledOn) implements MatterEvent {

    public ReportCompiledEvent {
        Objects.requireNonNull(matterId, "matterId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(documentHash, "documentHash");
        Objects.requireNonNull(compiledOn, "compiledOn");
    }

    @Override
    public LocalDate businessDate() {
        return compiledOn;
    }

    @Override
    public <R> R accept(MatterEventCases<R> cases) {
        return cases.on(this);
    }
}
