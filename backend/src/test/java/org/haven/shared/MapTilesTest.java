package org.haven.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MapTilesTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            https://tile.openstreetmap.org/{z}/{x}/{y}.png;       https://tile.openstreetmap.org
            https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png;   https://*.tile.openstreetmap.org
            http://localhost:8081/tiles/{z}/{x}/{y}.png?key=abc;  http://localhost:8081
            """)
    void theCspAllowsImagesFromTheTileServersOriginOnly(String tileUrl, String origin) {
        assertThat(new MapTiles(tileUrl, "© OpenStreetMap contributors").origin()).isEqualTo(origin);
    }
}
