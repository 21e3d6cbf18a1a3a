package org.haven.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Which geocoder the application gets, from its settings. */
class GeoConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PostcodesIoProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
                    HttpMessageConvertersAutoConfiguration.class, RestClientAutoConfiguration.class))
            .withUserConfiguration(Properties.class, GeoConfiguration.class);

    @Test
    void withoutAServerTheGazetteerAnswers() {
        context.run(app -> assertThat(app).getBean(Geocoder.class).isInstanceOf(GazetteerGeocoder.class));
        context.withPropertyValues("haven.geo.postcodes-io.url=")
                .run(app -> assertThat(app).getBean(Geocoder.class).isInstanceOf(GazetteerGeocoder.class));
    }

    @Test
    void aConfiguredServerIsAskedFirstWithShortTimeouts() {
        context.withPropertyValues("haven.geo.postcodes-io.url=http://postcodes.internal:8000").run(app -> {
            assertThat(app).getBean(Geocoder.class).isInstanceOf(PostcodesIoGeocoder.class);
            PostcodesIoProperties properties = app.getBean(PostcodesIoProperties.class);
            assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
            assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(2));
        });
    }
}
