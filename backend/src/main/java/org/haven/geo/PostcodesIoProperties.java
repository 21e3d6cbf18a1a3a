package org.haven.geo;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A self-hosted postcodes.io server (https://github.com/ideal-postcodes/postcodes.io). With no
 * {@code url}, Haven uses its offline gazetteer only. The timeouts are short because a person is
 * waiting, and the gazetteer answers at once when the server does not.
 */
@ConfigurationProperties("haven.geo.postcodes-io")
record PostcodesIoProperties(
        String url,
        @DefaultValue("1s") Duration connectTimeout,
        @DefaultValue("2s") Duration readTimeout) {

    boolean enabled() {
        return url != null && !url.isBlank();
    }
}
