package org.paxmap.basemap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.paxmap.geo.WebMercator;

/**
 * Everything a tile is drawn from, loaded once: land, coastlines and borders at three levels of detail, lakes,
 * rivers, and the name placer. Immutable after {@link #load}; thread-safe for concurrent rendering.
 */
public final class BasemapData {
    /** Natural Earth scale used at a zoom. */
    public enum Detail {
        /** 1:110m, zooms 0–2. */
        LOW,
        /** 1:50m, zooms 3–4. */
        MEDIUM,
        /** 1:10m, zooms 5 and up. */
        HIGH;

        /** The detail level drawn at {@code zoom}. */
        public static Detail forZoom(int zoom) {
            return zoom <= 2 ? LOW : zoom <= 4 ? MEDIUM : HIGH;
        }
    }

    private final Map<Detail, ShapeLayer> land;
    private final Map<Detail, ShapeLayer> coasts;
    private final Map<Detail, ShapeLayer> borders;
    private final ShapeLayer lakes;
    private final ShapeLayer rivers;
    private final LabelPlacer labels;
    private final BasemapSources sources;

    private BasemapData(
            Map<Detail, ShapeLayer> land,
            Map<Detail, ShapeLayer> coasts,
            Map<Detail, ShapeLayer> borders,
            ShapeLayer lakes,
            ShapeLayer rivers,
            LabelPlacer labels,
            BasemapSources sources) {
        this.land = land;
        this.coasts = coasts;
        this.borders = borders;
        this.lakes = lakes;
        this.rivers = rivers;
        this.labels = labels;
        this.sources = sources;
    }

    /** Reads and indexes every source file. */
    public static BasemapData load(BasemapSources s) throws BasemapException {
        Map<Detail, java.nio.file.Path> files = new EnumMap<>(Detail.class);
        java.nio.file.Path[] given = {s.atlas110m(), s.atlas50m(), s.atlas10m()};
        for (Detail d : Detail.values()) {
            java.nio.file.Path f = given[d.ordinal()];
            for (int step = 1; f == null && step < 3; step++) {
                int finer = d.ordinal() + step;
                int coarser = d.ordinal() - step;
                if (finer < 3 && given[finer] != null) {
                    f = given[finer];
                } else if (coarser >= 0 && given[coarser] != null) {
                    f = given[coarser];
                }
            }
            if (f == null) {
                throw new BasemapException("no world-atlas topology given (countries-110m/50m/10m.json)");
            }
            files.put(d, f);
        }
        Map<Detail, ShapeLayer> land = new EnumMap<>(Detail.class);
        Map<Detail, ShapeLayer> coasts = new EnumMap<>(Detail.class);
        Map<Detail, ShapeLayer> borders = new EnumMap<>(Detail.class);
        List<LabelPlacer.CountryName> names = new ArrayList<>();
        Map<java.nio.file.Path, TopoJson> read = new java.util.HashMap<>();
        for (Detail d : Detail.values()) {
            java.nio.file.Path f = files.get(d);
            TopoJson topo = read.get(f);
            if (topo == null) {
                topo = TopoJson.read(f);
                read.put(f, topo);
            }
            if (!topo.hasObject("land") && !topo.hasObject("countries")) {
                throw new BasemapException(f + ": the topology has neither a \"land\" nor a \"countries\" object");
            }
            List<ProjectedShape> landShapes = new ArrayList<>();
            String landObject = topo.hasObject("land") ? "land" : "countries";
            for (TopoJson.Shape shape : topo.shapes(landObject)) {
                landShapes.addAll(ProjectedShape.of(shape.geometry()));
            }
            List<ProjectedShape> coastShapes = new ArrayList<>();
            for (TopoJson.Shape shape : topo.shapes(landObject)) {
                coastShapes.addAll(ProjectedShape.coastlines(shape.geometry()));
            }
            land.put(d, new ShapeLayer(landShapes));
            coasts.put(d, new ShapeLayer(coastShapes));
            List<LineString> shared = topo.sharedArcs("countries");
            borders.put(d, ShapeLayer.ofGeometries(shared));
            for (TopoJson.Shape c : topo.shapes("countries")) {
                if (c.name() != null && !c.name().isBlank()) {
                    names.add(countryName(c, d));
                }
            }
        }
        names.sort(
                Comparator.comparingDouble(LabelPlacer.CountryName::zoom0Width).reversed());
        ShapeLayer lakes = s.lakes() == null
                ? ShapeLayer.EMPTY
                : ShapeLayer.ofGeometries(withoutSimplificationDebris(GeoJsonShapes.read(s.lakes())));
        ShapeLayer rivers = s.rivers() == null
                ? ShapeLayer.EMPTY
                : ShapeLayer.ofGeometries(withoutSimplificationDebris(GeoJsonShapes.read(s.rivers())));
        List<Place> places = s.places() == null ? List.of() : PlaceList.read(s.places(), s.placeArea());
        return new BasemapData(land, coasts, borders, lakes, rivers, new LabelPlacer(names, places), s);
    }

    private static LabelPlacer.CountryName countryName(TopoJson.Shape c, Detail d) {
        Geometry largest = null;
        for (int i = 0; i < c.geometry().getNumGeometries(); i++) {
            Geometry part = c.geometry().getGeometryN(i);
            if (part.getEnvelopeInternal().getWidth() > 180) {
                continue; // wrapped across the antimeridian: its interior point would be on the far side
            }
            if (largest == null || part.getArea() > largest.getArea()) {
                largest = part;
            }
        }
        if (largest == null) {
            largest = c.geometry();
        }
        Coordinate at = InteriorPointArea.getInteriorPoint(largest);
        double width = WebMercator.x(largest.getEnvelopeInternal().getMaxX(), 0)
                - WebMercator.x(largest.getEnvelopeInternal().getMinX(), 0);
        return new LabelPlacer.CountryName(c.name(), at.x, at.y, width, d);
    }

    /** Land polygons for {@code detail}. */
    public ShapeLayer land(Detail detail) {
        return land.get(detail);
    }

    /** Coastlines (land outlines) for {@code detail}. */
    public ShapeLayer coasts(Detail detail) {
        return coasts.get(detail);
    }

    /** International borders for {@code detail}. */
    public ShapeLayer borders(Detail detail) {
        return borders.get(detail);
    }

    /** Water polygons with fewer exterior positions than this are dropped (see {@link #withoutSimplificationDebris}). */
    static final int MIN_WATER_POSITIONS = 8;

    /**
     * The water polygons worth drawing: the 10m OpenStreetMap water layers were simplified so hard that most small
     * lakes and river stretches became triangles and quadrilaterals (in southern Lebanon 45 of 56 lake parts and 20
     * of 24 river parts have four positions), which drawn look like scattered blue shards on land. Parts whose
     * exterior ring has fewer than {@value #MIN_WATER_POSITIONS} positions are dropped; real lakes keep their shape.
     */
    static List<Geometry> withoutSimplificationDebris(List<? extends Geometry> water) {
        List<Geometry> kept = new ArrayList<>();
        for (Geometry g : water) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Geometry part = g.getGeometryN(i);
                if (!(part instanceof org.locationtech.jts.geom.Polygon polygon)
                        || polygon.getExteriorRing().getNumPoints() >= MIN_WATER_POSITIONS) {
                    kept.add(part);
                }
            }
        }
        return kept;
    }

    /** Lakes. */
    public ShapeLayer lakes() {
        return lakes;
    }

    /** Rivers. */
    public ShapeLayer rivers() {
        return rivers;
    }

    /** The names placer. */
    public LabelPlacer labels() {
        return labels;
    }

    /** The files this data came from. */
    public BasemapSources sources() {
        return sources;
    }
}
