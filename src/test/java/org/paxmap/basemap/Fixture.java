package org.paxmap.basemap;

import java.nio.file.Path;
import org.locationtech.jts.geom.Envelope;

/** The hand-made sources in src/test/resources/basemap. */
final class Fixture {
    static final Path DIR = Path.of("src/test/resources/basemap");

    private Fixture() {}

    static BasemapSources sources() {
        Path atlas = DIR.resolve("atlas.topo.json");
        return new BasemapSources(
                atlas,
                null,
                atlas,
                DIR.resolve("lakes.geo.json"),
                DIR.resolve("rivers.geo.json"),
                DIR.resolve("places.json"),
                new Envelope(34.5, 36.5, 32.5, 34.5));
    }
}
