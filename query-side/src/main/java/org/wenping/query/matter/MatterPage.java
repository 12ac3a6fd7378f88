package org.wenping.query.matter;

import java.util.List;

/** One page of the status list and how many matters match in all. */
record MatterPage(List<MatterStatusView> items, int page, int size, long total) {
}
