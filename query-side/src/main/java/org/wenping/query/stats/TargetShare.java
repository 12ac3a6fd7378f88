package org.wenping.query.stats;

/**
 * A share of the assessments against its seed-002 target. {@code share} and {@code target} are fractions
 * (0.3 is 30 %), {@code share} rounded to four places; {@code met} is decided on the exact counts, and is
 * false while there is nothing to count.
 */
record TargetShare(String label, int count, int total, double share, double target, boolean met) {
    static TargetShare of(String label, int count, int total, int targetPercent) {
        double share = total == 0 ? 0 : Math.round(count * 10_000.0 / total) / 10_000.0;
        boolean met = total > 0 && count * 100L >= (long) targetPercent * total;
        return new TargetShare(label, count, total, share, targetPercent / 100.0, met);
    }
}
