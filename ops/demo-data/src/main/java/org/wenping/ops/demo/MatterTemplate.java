package org.wenping.ops.demo;

import org.wenping.kernel.matter.MatterCategory;

import java.util.List;

/**
 * A kind of matter the units of 酒泉 assess, as a title pattern: {@code {p}} is the place, {@code {t}} one of
 * its 乡镇 and {@code {n}} a capacity. {@code department} names the responsible unit within the place.
 */
record MatterTemplate(MatterCategory category, String domain, String department, String pattern, List<Place> places) {

    static MatterTemplate of(MatterCategory category, String domain, String department, String pattern) {
        return new MatterTemplate(category, domain, department, pattern, Place.ALL);
    }

    static MatterTemplate in(List<Place> places, MatterCategory category, String domain, String department,
                             String pattern) {
        return new MatterTemplate(category, domain, department, pattern, places);
    }

    String title(Place place, String town, int capacity) {
        return pattern.replace("{p}", place.name()).replace("{t}", town).replace("{n}", Integer.toString(capacity));
    }
}
