package org.wenping.query.web;

import java.util.List;

/** Page and size of a list answer: checked once, sliced once. */
public final class Paging {
    public static final int MAX_SIZE = 200;

    private Paging() {
    }

    /** Refuses a negative page or a size outside 1..{@link #MAX_SIZE}; {@code items} names what a page holds (条, 事项). */
    public static void require(int page, int size, String items) {
        if (page < 0) throw QueryRefusedException.invalidParameter("page", "页码不得为负");
        if (size < 1 || size > MAX_SIZE) {
            throw QueryRefusedException.invalidParameter("size", "每页" + items + "数须在1到" + MAX_SIZE + "之间");
        }
    }

    /** Page {@code page} of {@code all}, empty past the end. */
    public static <T> List<T> slice(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        return all.subList(from, Math.min(from + size, all.size()));
    }
}
