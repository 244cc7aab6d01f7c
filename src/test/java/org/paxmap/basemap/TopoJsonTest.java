package org.paxmap.basemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** A map maker feeds Natural Earth TopoJSON to the base map tool; arcs must come back as the right coordinates. */
class TopoJsonTest {
    /**
     * A quantized, delta-encoded topology: two unit squares side by side sharing the arc x=1 (arc 0), plus a point.
     * scale 0.5 and translate (10, 20): quantized (2,0) is lon 11, lat 20.
     */
    private static final String SQUARES = "{\"type\":\"Topology\","
            + "\"transform\":{\"scale\":[0.5,0.5],\"translate\":[10,20]},"
            + "\"objects\":{\"countries\":{\"type\":\"GeometryCollection\",\"geometries\":["
            + "{\"type\":\"Polygon\",\"arcs\":[[0,1]],\"properties\":{\"name\":\"West\"}},"
            + "{\"type\":\"Polygon\",\"arcs\":[[2,-1]],\"properties\":{\"name\":\"East\"}},"
            + "{\"type\":\"Point\",\"coordinates\":[4,4],\"properties\":{\"name\":\"Town\"}},"
            + "{\"type\":null}]}},"
            + "\"arcs\":["
            + "[[2,0],[0,2]]," // (11,20) -> (11,21)
            + "[[2,2],[-2,0],[0,-2],[2,0]]," // (11,21) -> (10,21) -> (10,20) -> (11,20)
            + "[[2,0],[2,0],[0,2],[-2,0]]" // (11,20) -> (12,20) -> (12,21) -> (11,21)
            + "]}";

    @Test
    void quantizedArcsDecodeToLonLatAndReversedArcsRunBackwards() throws Exception {
        TopoJson topo = TopoJson.parse(new ObjectMapper().readTree(SQUARES));
        List<TopoJson.Shape> shapes = topo.shapes("countries");

        assertThat(shapes).extracting(TopoJson.Shape::name).containsExactly("West", "East", "Town");
        Polygon west = (Polygon) shapes.get(0).geometry();
        assertThat(west.getExteriorRing().getCoordinates())
                .containsExactly(c(11, 20), c(11, 21), c(10, 21), c(10, 20), c(11, 20));
        assertThat(west.getArea()).isEqualTo(1.0);

        Polygon east = (Polygon) shapes.get(1).geometry();
        // arc 2 forward, then arc 0 reversed (~0 = -1): it runs (11,21) -> (11,20) and closes the ring
        assertThat(east.getExteriorRing().getCoordinates())
                .containsExactly(c(11, 20), c(12, 20), c(12, 21), c(11, 21), c(11, 20));
        assertThat(east.getArea()).isEqualTo(1.0);
    }

    @Test
    void pointsAreQuantizedButNotDeltaEncoded() throws Exception {
        TopoJson topo = TopoJson.parse(new ObjectMapper().readTree(SQUARES));
        assertThat(topo.shapes("countries").get(2).geometry().getCoordinate()).isEqualTo(c(12, 22));
    }

    @Test
    void sharedArcsAreTheBordersBetweenCountriesOnly() throws Exception {
        TopoJson topo = TopoJson.parse(new ObjectMapper().readTree(SQUARES));
        List<LineString> borders = topo.sharedArcs("countries");
        assertThat(borders).hasSize(1);
        assertThat(borders.get(0).getCoordinates()).containsExactly(c(11, 20), c(11, 21));
    }

    @Test
    void theHandMadeFixtureHasLandCountriesAndOneBorder() throws Exception {
        TopoJson topo = TopoJson.read(Path.of("src/test/resources/basemap/atlas.topo.json"));
        assertThat(topo.shapes("countries"))
                .extracting(TopoJson.Shape::name)
                .containsExactly("Lebanon", "Israel", "Africa");
        assertThat(topo.shapes("land").get(0).geometry().getNumGeometries()).isEqualTo(2);
        assertThat(topo.shapes("land").get(0).geometry().isValid()).isTrue();
        assertThat(topo.sharedArcs("countries")).hasSize(1);
    }

    @Test
    void somethingThatIsNotATopologyIsRefusedWithTheFileNamed() {
        Path notTopo = Path.of("src/test/resources/basemap/lakes.geo.json");
        assertThatThrownBy(() -> TopoJson.read(notTopo))
                .isInstanceOf(BasemapException.class)
                .hasMessageContaining("lakes.geo.json")
                .hasMessageContaining("not a TopoJSON Topology");
    }

    private static Coordinate c(double x, double y) {
        return new Coordinate(x, y);
    }
}
