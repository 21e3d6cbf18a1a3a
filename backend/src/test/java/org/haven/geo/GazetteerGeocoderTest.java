package org.haven.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The offline gazetteer against positions known independently of its data: city centres,
 * London landmarks and district centres. 5 km is the promise for places, areas (their post town)
 * and districts; only a district the data does not know falls back to its area and must say so.
 * {@link HeldOutUkPlacesTest} covers every nation.
 */
class GazetteerGeocoderTest {

    private static final double PROMISED_KM = 5.0;

    private static final Geocoder gazetteer = GazetteerGeocoder.shared();

    private static GeoLocation locate(String query) {
        return gazetteer.locate(query).orElseThrow(() -> new AssertionError("not found: " + query));
    }

    private static double kmFrom(GeoLocation found, double lat, double lon) {
        return Distance.haversineKm(found.point(), new GeoPoint(lat, lon));
    }

    @ParameterizedTest(name = "{0} is {3} near {1}, {2}")
    @CsvSource(delimiter = ';', textBlock = """
            # query;      true lat; true lon;  label
            E1;           51.5174;  -0.0594;   E1 (London)
            SE1;          51.4990;  -0.0950;   SE1 (London)
            N1;           51.5380;  -0.0990;   N1 (London)
            NW3;          51.5510;  -0.1700;   NW3 (London)
            W2;           51.5150;  -0.1830;   W2 (London)
            SW11;         51.4640;  -0.1630;   SW11 (London)
            E14;          51.5050;  -0.0180;   E14 (London)
            SE15;         51.4700;  -0.0660;   SE15 (London)
            N16;          51.5610;  -0.0760;   N16 (London)
            W12;          51.5090;  -0.2330;   W12 (London)
            sw19;         51.4210;  -0.2050;   SW19 (London)
            WC1;          51.5230;  -0.1220;   WC1 (London)
            E17;          51.5830;  -0.0200;   E17 (London)
            HA0;          51.5520;  -0.2960;   HA0 (Harrow)
            IG1;          51.5590;   0.0690;   IG1 (Ilford)
            BR1;          51.4060;   0.0150;   BR1 (Bromley)
            KT1;          51.4100;  -0.3010;   KT1 (Kingston upon Thames)
            CR0;          51.3727;  -0.0999;   CR0 (Croydon)
            RM1;          51.5770;   0.1830;   RM1 (Romford)
            EN1;          51.6520;  -0.0810;   EN1 (Enfield)
            SW1A;         51.5045;  -0.1323;   SW1A (London)
            EC1Y;         51.5231;  -0.0925;   EC1Y (London)
            SW1A 1AA;     51.5010;  -0.1416;   SW1A (London)
            sw1a2aa;      51.5034;  -0.1276;   SW1A (London)
            WC2N 5DN;     51.5089;  -0.1283;   WC2N (London)
            SW1;          51.4960;  -0.1380;   SW1 (London)
            EC2;          51.5190;  -0.0870;   EC2 (London)
            W1;           51.5140;  -0.1420;   W1 (London)
            se1  7pb;     51.5033;  -0.1196;   SE1 (London)
            NW1 2DB;      51.5300;  -0.1276;   NW1 (London)
            """)
    void londonPostcodesAndDistrictsResolveToTheirDistrict(String query, double lat, double lon, String label) {
        GeoLocation found = locate(query);

        assertThat(found.precision()).isEqualTo(GeoPrecision.DISTRICT);
        assertThat(found.label()).isEqualTo(label);
        assertThat(kmFrom(found, lat, lon)).as(query).isLessThan(PROMISED_KM);
    }

    @ParameterizedTest(name = "{0} is the post town {3}")
    @CsvSource(delimiter = ';', textBlock = """
            LS;  53.8008;  -1.5491;  LS (Leeds)
            M;   53.4808;  -2.2426;  M (Manchester)
            B;   52.4862;  -1.8904;  B (Birmingham)
            g;   55.8642;  -4.2518;  G (Glasgow)
            EH;  55.9533;  -3.1883;  EH (Edinburgh)
            CF;  51.4816;  -3.1791;  CF (Cardiff)
            BT;  54.5973;  -5.9301;  BT (Belfast)
            NE;  54.9783;  -1.6178;  NE (Newcastle upon Tyne)
            L;   53.4084;  -2.9916;  L (Liverpool)
            S;   53.3811;  -1.4701;  S (Sheffield)
            BS;  51.4545;  -2.5879;  BS (Bristol)
            NG;  52.9548;  -1.1581;  NG (Nottingham)
            AB;  57.1497;  -2.0943;  AB (Aberdeen)
            YO;  53.9590;  -1.0815;  YO (York)
            OX;  51.7520;  -1.2577;  OX (Oxford)
            CB;  52.2053;   0.1218;  CB (Cambridge)
            PL;  50.3755;  -4.1427;  PL (Plymouth)
            NR;  52.6309;   1.2974;  NR (Norwich)
            """)
    void areasResolveToTheirPostTown(String query, double lat, double lon, String label) {
        GeoLocation found = locate(query);

        assertThat(found.precision()).isEqualTo(GeoPrecision.AREA);
        assertThat(found.label()).isEqualTo(label);
        assertThat(kmFrom(found, lat, lon)).as(query).isLessThan(PROMISED_KM);
    }

    /** Districts everywhere, labelled by their post town when it is near, else by the nearest place. */
    @ParameterizedTest(name = "{0} is the district {1}")
    @CsvSource(delimiter = ';', textBlock = """
            LS6 3AB;   LS6 (Leeds)
            ls6;       LS6 (Leeds)
            LS6 3;     LS6 (Leeds)
            CF10 1EP;  CF10 (Cardiff)
            EH1 1YZ;   EH1 (Edinburgh)
            BT1 5GS;   BT1 (Belfast)
            M1 1AE;    M1 (Manchester)
            E20 2ST;   E20 (London)
            SY1 1AA;   SY1 (Shrewsbury)
            """)
    void postcodesResolveToTheirDistrict(String query, String label) {
        GeoLocation found = locate(query);

        assertThat(found.precision()).isEqualTo(GeoPrecision.DISTRICT);
        assertThat(found.label()).isEqualTo(label);
    }

    /** A district far from its area's post town is not labelled with that town. */
    @ParameterizedTest(name = "{0} is not labelled {1}")
    @CsvSource(delimiter = ';', textBlock = """
            SY23 3DD;  Shrewsbury
            IV51;      Inverness
            PA34;      Paisley
            KW1;       Kirkwall
            """)
    void farDistrictsAreLabelledByTheNearestPlace(String query, String farPostTown) {
        GeoLocation found = locate(query);

        assertThat(found.precision()).isEqualTo(GeoPrecision.DISTRICT);
        assertThat(found.label()).startsWith(query.split(" ")[0] + " (near ").doesNotContain(farPostTown);
    }

    /** Districts the data does not know (retired, new or mistyped) still find their area, marked AREA. */
    @ParameterizedTest(name = "{0} falls back to {1}")
    @CsvSource(delimiter = ';', textBlock = """
            E99 1AA;   E (London E)
            BT99;      BT (Belfast)
            ZE9 9ZZ;   ZE (Lerwick)
            """)
    void unknownDistrictsFallBackToTheirArea(String query, String label) {
        GeoLocation found = locate(query);

        assertThat(found.precision()).isEqualTo(GeoPrecision.AREA);
        assertThat(found.label()).isEqualTo(label);
    }

    @ParameterizedTest(name = "{0} is near {1}, {2}")
    @CsvSource(delimiter = ';', textBlock = """
            London;               51.5074;  -0.1278;  London
            Manchester;           53.4808;  -2.2426;  Manchester
            Birmingham;           52.4862;  -1.8904;  Birmingham
            leeds;                53.8008;  -1.5491;  Leeds
            Glasgow;              55.8642;  -4.2518;  Glasgow
            EDINBURGH;            55.9533;  -3.1883;  Edinburgh
            Liverpool;            53.4084;  -2.9916;  Liverpool
            Bristol;              51.4545;  -2.5879;  Bristol
            Sheffield;            53.3811;  -1.4701;  Sheffield
            Cardiff;              51.4816;  -3.1791;  Cardiff
            Belfast;              54.5973;  -5.9301;  Belfast
            Newcastle upon Tyne;  54.9783;  -1.6178;  Newcastle upon Tyne
            Nottingham;           52.9548;  -1.1581;  Nottingham
            Southampton;          50.9097;  -1.4044;  Southampton
            Aberdeen;             57.1497;  -2.0943;  Aberdeen
            Inverness;            57.4778;  -4.2247;  Inverness
            Norwich;              52.6309;   1.2974;  Norwich
            Plymouth;             50.3755;  -4.1427;  Plymouth
            York;                 53.9590;  -1.0815;  York
            Oxford;               51.7520;  -1.2577;  Oxford
            Cambridge;            52.2053;   0.1218;  Cambridge
            Swansea;              51.6214;  -3.9436;  Swansea
            Milton Keynes;        52.0406;  -0.7594;  Milton Keynes
            Brighton;             50.8225;  -0.1372;  Brighton
            Dundee;               56.4620;  -2.9707;  Dundee
            Exeter;               50.7184;  -3.5339;  Exeter
            Derry;                54.9966;  -7.3086;  Derry
            Londonderry;          54.9966;  -7.3086;  Londonderry
            Hull;                 53.7457;  -0.3367;  Hull
            """)
    void placesResolveNearTheirCentre(String query, double lat, double lon, String label) {
        GeoLocation found = locate(query);

        assertThat(found.precision()).isEqualTo(GeoPrecision.PLACE);
        assertThat(found.label()).isEqualTo(label);
        assertThat(kmFrom(found, lat, lon)).as(query).isLessThan(PROMISED_KM);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = ';', textBlock = """
            stoke on trent;            Stoke-on-Trent
            STOKE-ON-TRENT;            Stoke-on-Trent
            '  milton   keynes ';      Milton Keynes
            Kings Lynn;                King's Lynn
            kings-lynn;                King's Lynn
            Bo'ness;                   Bo’ness
            saint albans;              St Albans
            St. Albans;                St Albans
            Newport, Isle of Wight;    Newport (Isle of Wight)
            newport (isle of wight);   Newport (Isle of Wight)
            Brighton & Hove;           Brighton and Hove
            newcastle-upon-tyne;       Newcastle upon Tyne
            """)
    void placeNamesMatchWhateverTheCaseSpacingAndPunctuation(String query, String expectedPlace) {
        GeoLocation found = locate(query);
        GeoLocation canonical = locate(expectedPlace);

        assertThat(found.precision()).isEqualTo(GeoPrecision.PLACE);
        assertThat(found.point()).as(query).isEqualTo(canonical.point());
    }

    @Test
    void aBareNameMeansTheLargestNamesake() {
        assertThat(kmFrom(locate("Newport"), 51.5842, -2.9977)).as("Newport, Wales").isLessThan(PROMISED_KM);
        assertThat(kmFrom(locate("Newport (Isle of Wight)"), 50.7010, -1.2883)).isLessThan(PROMISED_KM);
    }

    @ParameterizedTest(name = "\"{0}\" is not found")
    @ValueSource(strings = { "Atlantis", "ZZ99 9ZZ", "zz1", "QQ", "Leeds Leeds", "Mordor 1AA" })
    void unknownPostcodesAndPlacesAreEmpty(String query) {
        assertThat(gazetteer.locate(query)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is not found")
    @NullAndEmptySource
    @ValueSource(strings = { "   ", "\t", "LS6 3A", "LS6 3ABC", "SW1A 1AAA", "12345", "!!!", "'-.,", "LS6-3AB",
            "ls6 3ab; DROP TABLE offer", "𝕃𝕖𝕖𝕕𝕤" })
    void malformedInputIsEmptyNotAnError(String query) {
        assertThat(gazetteer.locate(query)).isEmpty();
    }

    @Test
    void veryLongInputIsEmpty() {
        assertThat(gazetteer.locate("Leeds ".repeat(10_000))).isEmpty();
    }
}
