package org.haven.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;

import org.haven.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.client.RestClient;

import ch.qos.logback.classic.Level;

/** The postcodes.io adapter against a stub speaking postcodes.io's real answer format. */
class PostcodesIoGeocoderTest {

    private static final Duration READ_TIMEOUT = Duration.ofMillis(500);

    /** Trimmed from the example on https://api.postcodes.io/docs (many more fields in reality). */
    private static final String BR8_7RE = """
            {"status": 200, "result": {"postcode": "BR8 7RE", "quality": 1, "eastings": 551626, "northings": 170342,
             "country": "England", "nhs_ha": "South East Coast", "longitude": 0.178871, "latitude": 51.411831,
             "european_electoral_region": "South East", "region": "South East", "incode": "7RE", "outcode": "BR8",
             "parliamentary_constituency": "Sevenoaks", "admin_district": "Sevenoaks", "parish": "Hextable",
             "admin_county": "Kent", "admin_ward": "Hextable", "codes": {"admin_district": "E07000111",
             "admin_county": "E10000016"}}}""";
    private static final String BR8 = """
            {"status": 200, "result": {"outcode": "BR8", "longitude": 0.17398827115555, "latitude": 51.41300203259024,
             "northings": 170105, "eastings": 551032, "admin_district": ["Sevenoaks", "Bromley"],
             "parish": ["Eynsford", "Hextable", "Swanley"], "admin_county": ["Kent"],
             "admin_ward": ["Hextable", "Swanley St. Mary's"], "country": ["England"],
             "parliamentary_constituency": ["Sevenoaks", "Orpington"]}}""";
    private static final String SW1A = """
            {"status": 200, "result": {"outcode": "SW1A", "longitude": -0.13226037062937065,
             "latitude": 51.504530636363654, "northings": 180053, "eastings": 529727,
             "admin_district": ["Westminster", "Wandsworth"], "admin_county": [], "country": ["England"]}}""";
    private static final String LEEDS_PLACES = """
            {"status": 200, "result": [
             {"code": "osgb4000000074571219", "name_1": "Leeds Bradford Airport", "name_1_lang": null, "name_2": null,
              "name_2_lang": null, "local_type": "Other Settlement", "outcode": "LS19", "latitude": 53.8659,
              "longitude": -1.6605, "county_unitary": "Leeds", "region": "Yorkshire and the Humber", "country": "England"},
             {"code": "osgb4000000074556935", "name_1": "Leeds", "name_1_lang": null, "name_2": null, "name_2_lang": null,
              "local_type": "City", "outcode": "LS1", "county_unitary": "Leeds", "county_unitary_type": "Metropolitan District",
              "district_borough": null, "region": "Yorkshire and the Humber", "country": "England",
              "longitude": -1.54917, "latitude": 53.79966, "eastings": 429963, "northings": 433539}]}""";
    /** The Isle of Wight one first: the adapter must not simply take the first answer. */
    private static final String NEWPORT_PLACES = """
            {"status": 200, "result": [
             {"code": "osgb4000000074564001", "name_1": "Newport", "name_2": null, "local_type": "Town", "outcode": "PO30",
              "county_unitary": "Isle of Wight", "country": "England", "longitude": -1.2883, "latitude": 50.7010},
             {"code": "osgb4000000074564002", "name_1": "Newport", "name_1_lang": "eng", "name_2": "Casnewydd",
              "name_2_lang": "cym", "local_type": "City", "outcode": "NP20", "county_unitary": "Newport",
              "country": "Wales", "longitude": -2.9977, "latitude": 51.5842}]}""";

    /** The fallback's warnings, asserted where they matter instead of printed. */
    @RegisterExtension
    final LogCapture log = LogCapture.of(PostcodesIoGeocoder.class);

    private PostcodesIoStub stub;
    private Geocoder geocoder;

    @BeforeEach
    void start() throws Exception {
        stub = new PostcodesIoStub();
        geocoder = geocoderFor(stub.url());
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    /** Built the way the application builds it, through the module's configuration. */
    private static Geocoder geocoderFor(String url) {
        return new GeoConfiguration().geocoder(new PostcodesIoProperties(url, Duration.ofMillis(500), READ_TIMEOUT),
                RestClient.builder());
    }

    @Test
    void aFullPostcodeIsLocatedToThePostcode() {
        stub.answer("/postcodes/BR8 7RE", 200, BR8_7RE);

        GeoLocation found = geocoder.locate("br87re").orElseThrow();

        assertThat(found.precision()).isEqualTo(GeoPrecision.POSTCODE);
        assertThat(found.label()).isEqualTo("BR8 7RE (Sevenoaks)");
        assertThat(found.lat()).isCloseTo(51.411831, within(1e-9));
        assertThat(found.lon()).isCloseTo(0.178871, within(1e-9));
        assertThat(stub.requests()).containsExactly("/postcodes/BR8 7RE");
    }

    @Test
    void anOutwardCodeIsLocatedToTheDistrict() {
        stub.answer("/outcodes/SW1A", 200, SW1A);

        GeoLocation found = geocoder.locate("sw1a").orElseThrow();

        assertThat(found).isEqualTo(new GeoLocation(51.504530636363654, -0.13226037062937065, "SW1A (Westminster)",
                GeoPrecision.DISTRICT));
    }

    @Test
    void anUnknownPostcodeInAKnownDistrictIsLocatedToTheDistrict() {
        stub.answer("/outcodes/BR8", 200, BR8);

        GeoLocation found = geocoder.locate("BR8 9ZZ").orElseThrow();

        assertThat(found.precision()).isEqualTo(GeoPrecision.DISTRICT);
        assertThat(found.label()).isEqualTo("BR8 (Sevenoaks)");
        assertThat(stub.requests()).containsExactly("/postcodes/BR8 9ZZ", "/outcodes/BR8");
    }

    @Test
    void whatPostcodesIoAndTheGazetteerDoNotKnowIsNotFound() {
        assertThat(geocoder.locate("ZZ99 9ZZ")).isEmpty();
        assertThat(geocoder.locate("Atlantis")).isEmpty();
        assertThat(stub.requests()).contains("/postcodes/ZZ99 9ZZ", "/outcodes/ZZ99", "/places?q=Atlantis&limit=20");
    }

    @Test
    void aPlaceIsTheSettlementWithExactlyThatName() {
        stub.answer("/places?q=leeds", 200, LEEDS_PLACES);

        assertThat(geocoder.locate("leeds")).contains(new GeoLocation(53.79966, -1.54917, "Leeds", GeoPrecision.PLACE));
    }

    @Test
    void amongNamesakesTheOneTheGazetteerWouldPickWins() {
        stub.answer("/places?q=newport", 200, NEWPORT_PLACES);

        GeoLocation found = geocoder.locate("Newport").orElseThrow();

        assertThat(found.lat()).isEqualTo(51.5842);
        assertThat(found.label()).isEqualTo("Newport");
    }

    @Test
    void aPlaceIsFoundByItsNameInEitherLanguage() {
        stub.answer("/places?q=casnewydd", 200, NEWPORT_PLACES);

        GeoLocation found = geocoder.locate("Casnewydd").orElseThrow();

        assertThat(found.label()).isEqualTo("Casnewydd");
        assertThat(found.lat()).isEqualTo(51.5842);
    }

    @Test
    void namesPostcodesIoDoesNotKnowComeFromTheGazetteer() {
        // postcodes.io's places cover Great Britain only.
        GeoLocation belfast = geocoder.locate("Belfast").orElseThrow();

        assertThat(belfast.precision()).isEqualTo(GeoPrecision.PLACE);
        assertThat(Distance.haversineKm(belfast.point(), new GeoPoint(54.5973, -5.9301))).isLessThan(5);
        assertThat(stub.requests()).containsExactly("/places?q=Belfast&limit=20");
    }

    @Test
    void areasAreAnsweredByTheGazetteerWithoutAsking() {
        assertThat(geocoder.locate("LS").orElseThrow().label()).isEqualTo("LS (Leeds)");
        assertThat(stub.requests()).isEmpty();
    }

    @Test
    void aFailingServerFallsBackToTheGazetteerAndSaysSo() {
        stub.answerEverything(500, "{\"status\":500,\"error\":\"Internal server error\"}", Duration.ZERO);

        GeoLocation found = geocoder.locate("SW1A 1AA").orElseThrow();

        assertThat(found).isEqualTo(GazetteerGeocoder.shared().locate("SW1A 1AA").orElseThrow());
        assertThat(found.label()).isEqualTo("SW1A (London)");
        assertThat(log.messages(Level.WARN)).singleElement().asString()
                .contains("postcodes.io did not answer usably (HTTP 500)")
                .as("the warning does not hold what someone typed").doesNotContain("SW1A");
    }

    @Test
    void anUnreachableServerFallsBackToTheGazetteer() {
        String url = stub.url();
        stub.close();
        Geocoder down = geocoderFor(url);

        assertThat(down.locate("LS6 3AB")).contains(GazetteerGeocoder.shared().locate("LS6 3AB").orElseThrow());
        assertThat(down.locate("Milton Keynes").orElseThrow().precision()).isEqualTo(GeoPrecision.PLACE);
        assertThat(log.messages(Level.WARN)).hasSize(2).allSatisfy(warning -> assertThat(warning)
                .startsWith("postcodes.io did not answer usably (ResourceAccessException"));
    }

    @Test
    void aHangingServerIsGivenUpOnAfterTheReadTimeout() {
        stub.answerEverything(200, BR8_7RE, READ_TIMEOUT.multipliedBy(4));
        long start = System.nanoTime();

        GeoLocation found = geocoder.locate("BR8 7RE").orElseThrow();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(READ_TIMEOUT.multipliedBy(3));
        assertThat(found.label()).as("the gazetteer's answer").isEqualTo("BR8 (Bromley)");
    }

    @Test
    void anAnswerThatIsNotJsonFallsBackToTheGazetteer() {
        stub.answerEverything(200, "<html>Bad gateway</html>", Duration.ZERO);

        assertThat(geocoder.locate("Leeds")).contains(GazetteerGeocoder.shared().locate("Leeds").orElseThrow());
    }

    @Test
    void blankInputAsksNobody() {
        assertThat(geocoder.locate("  ")).isEmpty();
        assertThat(geocoder.locate(null)).isEmpty();
        assertThat(stub.requests()).isEmpty();
    }
}
