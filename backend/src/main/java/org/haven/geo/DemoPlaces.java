package org.haven.geo;

import java.util.List;
import java.util.Random;

/**
 * Where the generated demo hosts and families of the {@code demo} profile live: UK cities and
 * nearby towns the offline gazetteer knows (London by postcode district), weighted roughly by
 * where arrivals have been housed, so demo matching looks like the benchmark's instances.
 */
public final class DemoPlaces {

    private record Region(int weight, List<String> places) {
    }

    private static final List<Region> REGIONS = List.of(
            new Region(12, List.of("E8", "N16", "SE15", "SW9", "NW10", "E17", "N4", "W12", "SE6", "E6", "HA0", "CR0")),
            new Region(4, List.of("Birmingham", "Wolverhampton", "Coventry", "Solihull")),
            new Region(4, List.of("Manchester", "Salford", "Stockport", "Bolton", "Oldham")),
            new Region(4, List.of("Leeds", "Bradford", "Wakefield", "Harrogate", "York")),
            new Region(3, List.of("Glasgow", "Paisley", "Edinburgh")),
            new Region(2, List.of("Liverpool", "Birkenhead")),
            new Region(2, List.of("Bristol", "Bath")),
            new Region(2, List.of("Sheffield", "Rotherham")),
            new Region(2, List.of("Newcastle upon Tyne", "Sunderland")),
            new Region(2, List.of("Nottingham", "Derby", "Leicester")),
            new Region(2, List.of("Cardiff", "Newport", "Swansea")),
            new Region(1, List.of("Brighton", "Hove")),
            new Region(1, List.of("Oxford", "Reading")),
            new Region(1, List.of("Cambridge", "Peterborough")),
            new Region(1, List.of("Norwich")),
            new Region(1, List.of("Belfast")));

    private DemoPlaces() {
    }

    /** A place name or London postcode district, drawn by region weight. */
    public static String pick(Random random) {
        int total = REGIONS.stream().mapToInt(Region::weight).sum();
        int roll = random.nextInt(total);
        for (Region region : REGIONS) {
            roll -= region.weight();
            if (roll < 0) {
                return region.places().get(random.nextInt(region.places().size()));
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** True for a London postcode district rather than a place name. */
    public static boolean isPostcode(String place) {
        return Character.isDigit(place.charAt(place.length() - 1));
    }
}
