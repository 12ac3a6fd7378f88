package org.wenping.query.listing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.Stream;

/**
 * One page of a sorted list taken from views in memory, and how many there are in all. Only the first
 * {@code (page + 1) × size} views in the order are kept while walking the views: at 100 000 views a page of 20
 * compares each view once with the largest kept rather than sorting all of them.
 *
 * @param items the views of the page, in order
 * @param total how many views matched
 */
public record SortedPage<V>(List<V> items, int total) {
    public SortedPage {
        items = List.copyOf(items);
    }

    /** Page {@code page} of {@code size} of {@code views} in {@code order}, which must be total (ids break ties). */
    public static <V> SortedPage<V> of(Stream<V> views, Comparator<V> order, int page, int size) {
        long wanted = Math.min((long) page * size + size, Integer.MAX_VALUE);
        PriorityQueue<V> firsts = new PriorityQueue<>(order.reversed());
        int[] total = {0};
        views.forEach(view -> {
            total[0]++;
            if (firsts.size() < wanted) {
                firsts.add(view);
            } else if (order.compare(view, firsts.peek()) < 0) {
                firsts.poll();
                firsts.add(view);
            }
        });
        List<V> kept = new ArrayList<>(firsts);
        kept.sort(order);
        int from = (int) Math.min((long) page * size, kept.size());
        return new SortedPage<>(kept.subList(from, kept.size()), total[0]);
    }
}
