package org.wenping.query.legalcase;

import java.util.List;

/** One page of the case list: the items, the page asked for, and the total over all pages. */
record CasePage(List<CaseStatusView> items, int page, int size, long total) {
}
