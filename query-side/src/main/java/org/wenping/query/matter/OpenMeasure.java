package org.wenping.query.matter;

import java.time.LocalDate;

/** A 化解措施 adopted with a due date and not yet carried out; past that date it is 防范化解不落实. */
record OpenMeasure(String measureId, LocalDate dueBy) {
}
