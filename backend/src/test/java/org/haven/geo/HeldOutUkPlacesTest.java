package org.haven.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The offline gazetteer against a held-out list: postcodes and towns from every UK nation, the
 * Channel Islands and the Isle of Man, each with the position of the town or neighbourhood it
 * belongs to, written down from general knowledge and published town-centre coordinates, not taken
 * from the gazetteer's files. Each must be placed within 5 km, without any network.
 */
class HeldOutUkPlacesTest {

    private static final double PROMISED_KM = 5.0;

    private static final Geocoder gazetteer = GazetteerGeocoder.shared();

    @ParameterizedTest(name = "{0} ({1}) is a {4} within 5 km of {2}, {3}")
    @CsvSource(delimiter = ';', textBlock = """
            # query;       what it is;                  lat;      lon;     precision
            # England
            LS6 3AB;       Headingley, Leeds;           53.8190;  -1.5780;  DISTRICT
            M1 1AE;        Manchester city centre;      53.4790;  -2.2380;  DISTRICT
            B1 1BB;        Birmingham city centre;      52.4790;  -1.9090;  DISTRICT
            L1;            Liverpool city centre;       53.4040;  -2.9820;  DISTRICT
            NE1 4ST;       Newcastle city centre;       54.9720;  -1.6130;  DISTRICT
            BS1;           Bristol city centre;         51.4540;  -2.5930;  DISTRICT
            S1 2HE;        Sheffield city centre;       53.3800;  -1.4700;  DISTRICT
            NG1;           Nottingham city centre;      52.9540;  -1.1500;  DISTRICT
            CB2 1TN;       Cambridge;                   52.2000;   0.1200;  DISTRICT
            OX1;           Oxford;                      51.7520;  -1.2580;  DISTRICT
            EX1;           Exeter;                      50.7240;  -3.5150;  DISTRICT
            TR1 2HE;       Truro;                       50.2630;  -5.0510;  DISTRICT
            PL1;           Plymouth;                    50.3700;  -4.1420;  DISTRICT
            YO1 7HH;       York;                        53.9590;  -1.0810;  DISTRICT
            CA1;           Carlisle;                    54.8930;  -2.9300;  DISTRICT
            NR1;           Norwich;                     52.6270;   1.3020;  DISTRICT
            LA1;           Lancaster;                   54.0480;  -2.7990;  DISTRICT
            TS1;           Middlesbrough;               54.5740;  -1.2350;  DISTRICT
            DH1 3HP;       Durham;                      54.7760;  -1.5750;  DISTRICT
            HU1;           Hull;                        53.7440;  -0.3340;  DISTRICT
            PE1;           Peterborough;                52.5730;  -0.2420;  DISTRICT
            CT1 2EH;       Canterbury;                  51.2780;   1.0800;  DISTRICT
            BN1;           Brighton;                    50.8280;  -0.1400;  DISTRICT
            SO14;          Southampton;                 50.9030;  -1.4000;  DISTRICT
            BA1 1LZ;       Bath;                        51.3810;  -2.3590;  DISTRICT
            IP1;           Ipswich;                     52.0590;   1.1430;  DISTRICT
            E20 2ST;       Stratford, London;           51.5430;  -0.0100;  DISTRICT
            W1;            the West End, London;        51.5140;  -0.1420;  DISTRICT
            Kendal;        Kendal;                      54.3280;  -2.7460;  PLACE
            Penzance;      Penzance;                    50.1190;  -5.5370;  PLACE
            Whitby;        Whitby;                      54.4860;  -0.6150;  PLACE
            # Wales
            SY23 3DD;      Aberystwyth;                 52.4150;  -4.0830;  DISTRICT
            CF10 1EP;      Cardiff city centre;         51.4800;  -3.1790;  DISTRICT
            SA1;           Swansea;                     51.6210;  -3.9430;  DISTRICT
            LL57;          Bangor, Gwynedd;             53.2270;  -4.1290;  DISTRICT
            LL30 2RP;      Llandudno;                   53.3240;  -3.8270;  DISTRICT
            NP20;          Newport;                     51.5840;  -2.9980;  DISTRICT
            SA61;          Haverfordwest;               51.8010;  -4.9710;  DISTRICT
            LL13;          Wrexham;                     53.0460;  -2.9930;  DISTRICT
            Wrexham;       Wrexham;                     53.0460;  -2.9930;  PLACE
            Caernarfon;    Caernarfon;                  53.1400;  -4.2740;  PLACE
            Aberystwyth;   Aberystwyth;                 52.4150;  -4.0830;  PLACE
            # Scotland
            EH1 1YZ;       Edinburgh Old Town;          55.9520;  -3.1900;  DISTRICT
            G1;            Glasgow city centre;         55.8610;  -4.2500;  DISTRICT
            AB10;          Aberdeen;                    57.1420;  -2.1000;  DISTRICT
            DD1 4HN;       Dundee;                      56.4620;  -2.9710;  DISTRICT
            IV1;           Inverness;                   57.4800;  -4.2250;  DISTRICT
            PA34 4AA;      Oban;                        56.4150;  -5.4720;  DISTRICT
            KW15;          Kirkwall;                    58.9810;  -2.9600;  DISTRICT
            ZE1 0AA;       Lerwick;                     60.1550;  -1.1450;  DISTRICT
            HS1;           Stornoway;                   58.2090;  -6.3870;  DISTRICT
            G12 8QQ;       Hillhead, Glasgow;           55.8750;  -4.2930;  DISTRICT
            PH1 5AA;       Perth;                       56.3950;  -3.4310;  DISTRICT
            DG1;           Dumfries;                    55.0700;  -3.6050;  DISTRICT
            KA7;           Ayr;                         55.4580;  -4.6290;  DISTRICT
            Fort William;  Fort William;                56.8200;  -5.1050;  PLACE
            Oban;          Oban;                        56.4150;  -5.4720;  PLACE
            Stirling;      Stirling;                    56.1170;  -3.9370;  PLACE
            # Northern Ireland
            BT1 5GS;       Belfast city centre;         54.5990;  -5.9290;  DISTRICT
            BT48;          Derry, west bank;            54.9966;  -7.3086;  DISTRICT
            BT20;          Bangor, County Down;         54.6600;  -5.6690;  DISTRICT
            BT52 1AA;      Coleraine;                   55.1330;  -6.6690;  DISTRICT
            Belfast;       Belfast;                     54.5973;  -5.9301;  PLACE
            Derry;         Derry;                       54.9966;  -7.3086;  PLACE
            Enniskillen;   Enniskillen;                 54.3440;  -7.6380;  PLACE
            Newry;         Newry;                       54.1750;  -6.3400;  PLACE
            # Channel Islands and the Isle of Man
            GY1 1AA;       St Peter Port, Guernsey;     49.4560;  -2.5370;  DISTRICT
            GY9;           St Anne, Alderney;           49.7140;  -2.2060;  DISTRICT
            JE2 3QA;       St Helier, Jersey;           49.1860;  -2.1060;  DISTRICT
            IM1;           Douglas, Isle of Man;        54.1500;  -4.4820;  DISTRICT
            IM8;           Ramsey, Isle of Man;         54.3220;  -4.3830;  DISTRICT
            """)
    void isPlacedWithinFiveKilometres(String query, String what, double lat, double lon, GeoPrecision precision) {
        GeoLocation found = gazetteer.locate(query).orElseThrow(() -> new AssertionError("not found: " + query));

        assertThat(found.precision()).as(query).isEqualTo(precision);
        assertThat(Distance.haversineKm(found.point(), new GeoPoint(lat, lon))).as(query + " from " + what)
                .isLessThan(PROMISED_KM);
    }

    /**
     * Large rural districts: their centre can lie several km from the town that names them, but
     * never again tens of km away at the area's post town (Portree is not Inverness, 120 km off).
     * Northern Irish districts come from GeoNames and are coarser (docs/geo-data.md).
     */
    @ParameterizedTest(name = "{0} ({1}) is within 15 km of {2}, {3}")
    @CsvSource(delimiter = ';', textBlock = """
            IV51;      Portree, Skye;         57.4130;  -6.1940
            PA42;      Port Ellen, Islay;     55.6290;  -6.1890
            DG16;      Gretna;                54.9950;  -3.0640
            KW1;       Wick;                  58.4390;  -3.0930
            LD1;       Llandrindod Wells;     52.2420;  -3.3790
            FK8;       Stirling;              56.1170;  -3.9370
            SA43;      Cardigan;              52.0830;  -4.6610
            BT34;      Newry;                 54.1750;  -6.3400
            BT43;      Ballymena;             54.8640;  -6.2800
            BT74;      Enniskillen;           54.3440;  -7.6380
            """)
    void ruralDistrictsAreNearTheirTownNotAtTheAreaPostTown(String query, String what, double lat, double lon) {
        GeoLocation found = gazetteer.locate(query).orElseThrow(() -> new AssertionError("not found: " + query));

        assertThat(found.precision()).as(query).isEqualTo(GeoPrecision.DISTRICT);
        assertThat(Distance.haversineKm(found.point(), new GeoPoint(lat, lon))).as(query + " from " + what)
                .isLessThan(15.0);
    }
}
