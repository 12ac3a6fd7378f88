package org.wenping.kernel.reports;

import org.wenping.kernel.RecordEvent;

/** Every event of a monthly report's stream: a switch over this family names each one. */
public sealed interface MonthlyReportEvent extends RecordEvent permits MonthlyReportSubmittedEvent {
    MonthlyReportId reportId();

    @Override
    default String recordId() {
        return reportId().value();
    }
}
