package org.wenping.query.inquiry;

/** Where a finding naming a person stands: its inquiry, and the jurisdiction that scopes reading it. */
record FindingRef(String inquiryId, String findingId, String jurisdiction) {
}
