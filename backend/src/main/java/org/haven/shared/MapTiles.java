package org.haven.shared;

import java.net.URI;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The map's tile server ({@code haven.map.tile-url}, Leaflet's URL template, OpenStreetMap by
 * default) and its attribution. The security module allows images from its origin in the CSP.
 */
@Validated
@ConfigurationProperties("haven.map")
public record MapTiles(@NotBlank String tileUrl, @NotBlank String attribution) {

    /** The tile server's origin for the CSP's img-src; a {s} subdomain becomes a wildcard. */
    public String origin() {
        URI uri = URI.create(tileUrl.replace("{s}", "tiles").replaceAll("\\{[a-z]+}", "0"));
        String host = tileUrl.contains("{s}.") ? "*." + uri.getHost().substring("tiles.".length()) : uri.getHost();
        return uri.getScheme() + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
