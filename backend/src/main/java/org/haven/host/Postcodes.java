package org.haven.host;

import java.util.Locale;

/** The parts of a UK postcode a caseworker filters by: the area ("LS") and the district ("LS6"). */
final class Postcodes {

    private Postcodes() {
    }

    /** "ls63ab" → "LS6 3AB": upper case, one space before the inward code. */
    static String normalize(String postcode) {
        String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        String district = district(compact);
        return district.length() == compact.length() ? compact : district + " " + compact.substring(district.length());
    }

    /** "ls6 3ab" → "LS6"; an outward code alone stays as it is. */
    static String district(String postcode) {
        String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return compact.length() >= 5 && Character.isDigit(compact.charAt(compact.length() - 3))
                ? compact.substring(0, compact.length() - 3) : compact;
    }

    /** "LS6 3AB" → "LS". */
    static String area(String postcode) {
        String district = district(postcode);
        int letters = 0;
        while (letters < district.length() && Character.isLetter(district.charAt(letters))) {
            letters++;
        }
        return district.substring(0, letters);
    }

    /** The letters an area or district typed by a caseworker starts with ("ls6" → "LS"): a LIKE prefix. */
    static String areaPrefix(String areaOrDistrict) {
        return area(areaOrDistrict.replaceAll("\\s+", "").toUpperCase(Locale.ROOT));
    }

    /** Whether a postcode lies in an area ("LS") or district ("LS6") as a caseworker typed it. */
    static boolean isIn(String postcode, String areaOrDistrict) {
        String wanted = areaOrDistrict.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        boolean districtWanted = wanted.chars().anyMatch(Character::isDigit);
        return districtWanted ? district(postcode).equals(wanted) : area(postcode).equals(wanted);
    }
}
