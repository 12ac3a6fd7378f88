package org.wenping.query.stats;

import java.util.List;

/** A flagged group of matters: how many, and which (ids in ascending order). */
record MatterSet(String label, int count, List<String> matterIds) {
    static MatterSet of(String label, List<String> ids) {
        return new MatterSet(label, ids.size(), ids.stream().sorted().toList());
    }
}
