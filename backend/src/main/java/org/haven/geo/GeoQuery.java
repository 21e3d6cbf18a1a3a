package org.haven.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typed, recognised as a full postcode, a postcode sector, an outward code
 * (district), an area or else a place name. Both geocoders read queries through this, so they
 * agree on what counts as a postcode.
 *
 * @param text     the query, trimmed and with inner runs of spaces collapsed
 * @param postcode the full postcode in its standard spacing ("LS6 3AB"), for {@link Kind#POSTCODE}
 * @param outcode  the outward code ("LS6"), for POSTCODE, SECTOR and OUTCODE
 * @param area     the area letters ("LS"), for every kind but PLACE
 */
record GeoQuery(Kind kind, String text, String postcode, String outcode, String area) {

    enum Kind { POSTCODE, SECTOR, OUTCODE, AREA, PLACE }

    /*
     * The shape of UK postcodes (outward code, then digit and two letters), without the finer
     * rules on which letters may stand where: an impossible code simply is not found. Checked on
     * the upper-cased input with its spaces removed, so "ls63ab" and "LS6  3AB" both count.
     */
    private static final String OUTCODE = "[A-Z]{1,2}[0-9][A-Z0-9]?";
    private static final Pattern FULL_POSTCODE = Pattern.compile("(" + OUTCODE + ")([0-9][A-Z]{2})");
    private static final Pattern SECTOR = Pattern.compile("(" + OUTCODE + ") ([0-9])");
    private static final Pattern OUTWARD_CODE = Pattern.compile(OUTCODE);
    private static final Pattern AREA = Pattern.compile("[A-Z]{1,2}");
    private static final Pattern AREA_PREFIX = Pattern.compile("^[A-Z]{1,2}");
    /** Sub-districts such as SW1A, EC1A and W1D; their parent is the code without the last letter. */
    private static final Pattern SUB_DISTRICT = Pattern.compile("[A-Z]{1,2}[0-9][A-Z]");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`]");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    /** Empty for null or blank input. */
    static Optional<GeoQuery> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String text = SPACES.matcher(raw.strip()).replaceAll(" ");
        String upper = text.toUpperCase(Locale.ROOT);
        String compact = upper.replace(" ", "");
        Matcher full = FULL_POSTCODE.matcher(compact);
        if (full.matches()) {
            String outcode = full.group(1);
            return Optional.of(new GeoQuery(Kind.POSTCODE, text, outcode + " " + full.group(2), outcode, areaOf(outcode)));
        }
        Matcher sector = SECTOR.matcher(upper);
        if (sector.matches()) {
            String outcode = sector.group(1);
            return Optional.of(new GeoQuery(Kind.SECTOR, text, null, outcode, areaOf(outcode)));
        }
        if (OUTWARD_CODE.matcher(compact).matches()) {
            return Optional.of(new GeoQuery(Kind.OUTCODE, text, null, compact, areaOf(compact)));
        }
        if (AREA.matcher(compact).matches()) {
            return Optional.of(new GeoQuery(Kind.AREA, text, null, null, compact));
        }
        return Optional.of(new GeoQuery(Kind.PLACE, text, null, null, null));
    }

    boolean isPostcodeShaped() {
        return kind != Kind.PLACE;
    }

    /** The outward code's parent district ("SW1A" → "SW1"), or empty when it has none. */
    Optional<String> parentDistrict() {
        return outcode == null ? Optional.empty() : parentOf(outcode);
    }

    /** A sub-district's parent ("SW1A" → "SW1"), or empty for a code that is no sub-district. */
    static Optional<String> parentOf(String outcode) {
        return SUB_DISTRICT.matcher(outcode).matches()
                ? Optional.of(outcode.substring(0, outcode.length() - 1))
                : Optional.empty();
    }

    /** The key this query's text is looked up by as a place name; see {@link #placeKey(String)}. */
    String placeKey() {
        return placeKey(text);
    }

    /**
     * A place name reduced to what tells places apart: case, accents, hyphens, apostrophes and
     * other punctuation do not ("Stoke-on-Trent" = "stoke on trent", "King's Lynn" = "Kings Lynn",
     * "Ynys Môn" = "Ynys Mon", "Newport, Isle of Wight" = "Newport (Isle of Wight)"), nor do
     * "&" for "and" and "Saint" for "St".
     */
    static String placeKey(String name) {
        String plain = COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String lower = plain.toLowerCase(Locale.ROOT).replace("&", " and ");
        String words = NOT_LETTER_OR_DIGIT.matcher(APOSTROPHES.matcher(lower).replaceAll("")).replaceAll(" ").strip();
        StringBuilder key = new StringBuilder(words.length());
        for (String word : words.split(" ")) {
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(word.equals("saint") ? "st" : word);
        }
        return key.toString();
    }

    private static String areaOf(String outcode) {
        Matcher prefix = AREA_PREFIX.matcher(outcode);
        prefix.find();
        return prefix.group();
    }
}
