package org.haven.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.haven.geo.GeoQuery.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeoQueryTest {

    @ParameterizedTest(name = "\"{0}\" is {1} {2} / {3} / {4}")
    @CsvSource(delimiter = ';', nullValues = "-", textBlock = """
            LS6 3AB;       POSTCODE;  LS6 3AB;   LS6;   LS
            ls63ab;        POSTCODE;  LS6 3AB;   LS6;   LS
            ' Ls6   3aB ';  POSTCODE;  LS6 3AB;   LS6;   LS
            SW1A1AA;       POSTCODE;  SW1A 1AA;  SW1A;  SW
            W1D 1AN;       POSTCODE;  W1D 1AN;   W1D;   W
            M1 1AE;        POSTCODE;  M1 1AE;    M1;    M
            LS6 3;         SECTOR;    -;         LS6;   LS
            SW1A;          OUTCODE;   -;         SW1A;  SW
            e1;            OUTCODE;   -;         E1;    E
            B23;           OUTCODE;   -;         B23;   B
            LS;            AREA;      -;         -;     LS
            ls;            AREA;      -;         -;     LS
            Leeds;         PLACE;     -;         -;     -
            LS6 3A;        PLACE;     -;         -;     -
            """)
    void postcodeShapesAreRecognisedInAnyCaseAndSpacing(String input, Kind kind, String postcode, String outcode,
            String area) {
        GeoQuery query = GeoQuery.parse(input).orElseThrow();

        assertThat(query.kind()).isEqualTo(kind);
        assertThat(query.postcode()).isEqualTo(postcode);
        assertThat(query.outcode()).isEqualTo(outcode);
        assertThat(query.area()).isEqualTo(area);
    }

    @Test
    void subDistrictsKnowTheirParent() {
        assertThat(GeoQuery.parse("SW1A 1AA").orElseThrow().parentDistrict()).contains("SW1");
        assertThat(GeoQuery.parse("EC1A").orElseThrow().parentDistrict()).contains("EC1");
        assertThat(GeoQuery.parse("W1D").orElseThrow().parentDistrict()).contains("W1");
        assertThat(GeoQuery.parse("LS6").orElseThrow().parentDistrict()).isEmpty();
        assertThat(GeoQuery.parse("B23").orElseThrow().parentDistrict()).isEmpty();
    }

    @Test
    void blankInputIsNoQuery() {
        assertThat(GeoQuery.parse(null)).isEmpty();
        assertThat(GeoQuery.parse(" \t ")).isEmpty();
    }

    @Test
    void placeKeysIgnoreCaseAccentsAndPunctuation() {
        assertThat(GeoQuery.placeKey("Stoke-on-Trent")).isEqualTo(GeoQuery.placeKey("  stoke ON trent "))
                .isEqualTo("stoke on trent");
        assertThat(GeoQuery.placeKey("King's Lynn")).isEqualTo(GeoQuery.placeKey("Kings Lynn"))
                .isEqualTo(GeoQuery.placeKey("King’s Lynn"));
        assertThat(GeoQuery.placeKey("Ynys Môn")).isEqualTo("ynys mon");
        assertThat(GeoQuery.placeKey("Saint Albans")).isEqualTo(GeoQuery.placeKey("St. Albans")).isEqualTo("st albans");
        assertThat(GeoQuery.placeKey("Saintfield")).isEqualTo("saintfield");
        assertThat(GeoQuery.placeKey("Brighton & Hove")).isEqualTo("brighton and hove");
        assertThat(GeoQuery.placeKey("Newport (Isle of Wight)")).isEqualTo(GeoQuery.placeKey("Newport, Isle of Wight"));
    }
}
