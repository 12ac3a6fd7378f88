package org.wenping.query.listing;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SortedPageTest {
    record Row(int key, String id) {
    }

    static final Comparator<Row> ORDER = Comparator.comparingInt(Row::key).reversed().thenComparing(Row::id);

    final List<Row> rows = rows(1_000);

    @Test
    void everyPageIsTheSliceOfTheFullySortedList() {
        List<Row> sorted = rows.stream().sorted(ORDER).toList();
        for (int size : new int[]{1, 7, 20, 200}) {
            for (int page = 0; page * size <= sorted.size() + size; page++) {
                SortedPage<Row> found = SortedPage.of(rows.stream(), ORDER, page, size);
                int from = Math.min(page * size, sorted.size());
                assertThat(found.items()).as("page %d of %d", page, size)
                        .containsExactlyElementsOf(sorted.subList(from, Math.min(from + size, sorted.size())));
                assertThat(found.total()).isEqualTo(1_000);
            }
        }
    }

    @Test
    void nothingMatchedIsAnEmptyPageOfNone() {
        SortedPage<Row> found = SortedPage.of(rows.stream().filter(row -> row.key() < 0), ORDER, 0, 20);
        assertThat(found.items()).isEmpty();
        assertThat(found.total()).isZero();
    }

    @Test
    void aPageFarPastTheEndIsEmptyWithoutHoldingThatManyRows() {
        SortedPage<Row> found = SortedPage.of(rows.stream(), ORDER, Integer.MAX_VALUE / 2, 200);
        assertThat(found.items()).isEmpty();
        assertThat(found.total()).isEqualTo(1_000);
    }

    /** Keys repeat (0..49), so the ids decide the order between rows of one key. */
    static List<Row> rows(int count) {
        Random random = new Random(11);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) rows.add(new Row(random.nextInt(50), "m" + random.nextInt(1_000_000) + "-" + i));
        return rows;
    }
}
