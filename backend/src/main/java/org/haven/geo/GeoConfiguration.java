package org.haven.geo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** The one {@link Geocoder} other modules get: postcodes.io when configured, else the gazetteer. */
@Configuration(proxyBeanMethods = false)
class GeoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GeoConfiguration.class);

    @Bean
    Geocoder geocoder(PostcodesIoProperties postcodesIo, RestClient.Builder restClients) {
        // Read once per JVM; the gazetteer also backs postcodes.io when that server is down.
        GazetteerGeocoder gazetteer = GazetteerGeocoder.shared();
        if (!postcodesIo.enabled()) {
            log.info("Geocoding with the offline gazetteer (no haven.geo.postcodes-io.url set)");
            return gazetteer;
        }
        log.info("Geocoding with postcodes.io at {}, falling back to the offline gazetteer", postcodesIo.url());
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(postcodesIo.connectTimeout());
        requests.setReadTimeout(postcodesIo.readTimeout());
        RestClient http = restClients.baseUrl(postcodesIo.url()).requestFactory(requests).build();
        return new PostcodesIoGeocoder(http, gazetteer);
    }
}
