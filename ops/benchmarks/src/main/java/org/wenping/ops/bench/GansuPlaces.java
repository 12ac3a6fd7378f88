package org.wenping.ops.bench;

import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.query.stats.JurisdictionNames;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The 行政区划 of 甘肃省 from the GB/T 2260 file the application ships ({@link JurisdictionNames#bundled()} reads the
 * same one): every city and county but the province itself, each with the name of its 市/州.
 */
record GansuPlaces(List<Place> places) {
    private static final String FILE = "gbt2260-62.tsv";

    /** A city (code ending 00) or a county, and the 市/州 it belongs to, whose people act for it. */
    record Place(JurisdictionCode code, String name, JurisdictionCode city, String cityName) {
    }

    static GansuPlaces bundled() {
        Map<String, String> names = new LinkedHashMap<>();
        try (InputStream in = Objects.requireNonNull(JurisdictionNames.class.getResourceAsStream(FILE), FILE);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] entry = line.strip().split("\t");
                if (entry.length == 2 && !line.startsWith("#")) names.put(entry[0], entry[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Place> places = new ArrayList<>();
        names.forEach((code, name) -> {
            String city = code.substring(0, 4) + "00";
            if (!code.endsWith("0000") && names.containsKey(city)) {
                places.add(new Place(new JurisdictionCode(code), name, new JurisdictionCode(city), names.get(city)));
            }
        });
        return new GansuPlaces(List.copyOf(places));
    }

    long cities() {
        return places.stream().map(Place::city).distinct().count();
    }
}
