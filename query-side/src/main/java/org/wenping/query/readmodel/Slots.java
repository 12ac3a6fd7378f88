package org.wenping.query.readmodel;

/**
 * Which of a read model's two slots readers read ({@code live}) and which its projection writes ({@code written}):
 * the same one, except while a rebuild fills the other. {@code revision} grows with every change, so a pointer read
 * from the store never undoes a newer one held in memory.
 */
record Slots(int live, int written, long revision) {
    static final Slots FIRST = new Slots(0, 0, 0);
    /** Slot 0 keeps the collections' own names, so a data directory written before slots existed reads on. */
    private static final String SECOND_SLOT_SUFFIX = "__alt";

    boolean rebuilding() {
        return live != written;
    }

    /** Writing into the slot readers do not read (a rebuild already filling it fills it again). */
    Slots rebuilt() {
        return new Slots(live, 1 - live, revision + 1);
    }

    Slots swapped() {
        return new Slots(written, written, revision + 1);
    }

    static String collectionName(String name, int slot) {
        return slot == 0 ? name : name + SECOND_SLOT_SUFFIX;
    }
}
