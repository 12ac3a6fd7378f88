package org.wenping.query.registry;

/** Where a registry entry stands; a retired entry stays listed, with the state that says so. */
enum EntryState {
    /** 在册: may be commissioned or sit on panels. */
    ACTIVE("在册"),
    /** 已注销: an agency struck from the registry. */
    DEREGISTERED("已注销"),
    /** 已出库: an expert who left the 专家库. */
    REMOVED("已出库");

    private final String label;

    EntryState(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
