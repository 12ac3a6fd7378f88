package org.wenping.query.web;

import java.util.regex.Pattern;

/** The checks every status list makes on the parameters it shares: jurisdiction prefix, year, sort. */
public final class ListParameters {
    private static final Pattern PREFIX = Pattern.compile("\\d{0,6}");

    private ListParameters() {
    }

    /**
     * Refuses (400) a jurisdiction that is not a digit prefix, a year outside 1900–9999, and a sort {@code order}
     * does not know ({@code order} throws {@link IllegalArgumentException}); {@code sorts} names the known ones.
     */
    public static void require(String jurisdiction, Integer year, Runnable order, String sorts) {
        if (jurisdiction != null && !PREFIX.matcher(jurisdiction).matches()) {
            throw QueryRefusedException.invalidParameter("jurisdiction", "辖区须为至多6位数字的行政区划代码前缀");
        }
        if (year != null && (year < 1900 || year > 9999)) {
            throw QueryRefusedException.invalidParameter("year", "年份须在1900到9999之间");
        }
        try {
            order.run();
        } catch (IllegalArgumentException e) {
            throw QueryRefusedException.invalidParameter("sort", "排序字段须为 " + sorts + "(前加 - 表示倒序)");
        }
    }
}
