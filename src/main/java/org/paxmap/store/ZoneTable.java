package org.paxmap.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.paxmap.geo.Wgs84;
import org.paxmap.model.Layer;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.ThreatLevel;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.ZoneCategory;
import org.paxmap.model.ZoneShape;

/**
 * The {@code zones} feature table. A circle keeps its centre and radius, a corridor its axis (as WKT) and half
 * width, in columns that are NULL for other shapes. Stateless and thread-safe.
 */
final class ZoneTable extends FeatureTable<ThreatZone> {
    ZoneTable() {
        super(Layer.ZONES);
    }

    @Override
    List<String> ownColumns() {
        return List.of(
                "name TEXT NOT NULL",
                "threat_level TEXT NOT NULL",
                "category TEXT NOT NULL",
                "valid_from DATETIME NOT NULL",
                "valid_until DATETIME",
                "shape_kind TEXT NOT NULL",
                "circle_centre_lon REAL",
                "circle_centre_lat REAL",
                "circle_radius_m REAL",
                "corridor_axis_wkt TEXT",
                "corridor_half_width_m REAL");
    }

    @Override
    List<String> indexSql() {
        return List.of("CREATE INDEX zones_valid_from ON zones (valid_from)");
    }

    @Override
    int bindOwn(PreparedStatement ps, int i, ThreatZone f) throws SQLException {
        ps.setString(i++, f.name());
        ps.setString(i++, f.threatLevel().code());
        ps.setString(i++, f.category().code());
        setInstant(ps, i++, f.validFrom());
        setInstant(ps, i++, f.validUntil());
        ZoneShape shape = f.shape();
        ps.setString(i++, shape.kind());
        if (shape instanceof ZoneShape.Circle circle) {
            ps.setDouble(i++, circle.centre().getX());
            ps.setDouble(i++, circle.centre().getY());
            ps.setDouble(i++, circle.radiusMetres());
        } else {
            for (int k = 0; k < 3; k++) {
                ps.setNull(i++, Types.REAL);
            }
        }
        if (shape instanceof ZoneShape.Corridor corridor) {
            ps.setString(i++, new WKTWriter(2).write(corridor.axis()));
            ps.setDouble(i++, corridor.halfWidthMetres());
        } else {
            ps.setNull(i++, Types.VARCHAR);
            ps.setNull(i++, Types.REAL);
        }
        return i;
    }

    @Override
    ThreatZone readOwn(ResultSet rs, int i, UUID id, Geometry geometry, ReleaseLabel label, SyncMeta sync)
            throws SQLException {
        String kind = rs.getString(i + 5);
        ZoneShape shape =
                switch (kind) {
                    case "circle" ->
                        new ZoneShape.Circle(
                                Wgs84.point(rs.getDouble(i + 6), rs.getDouble(i + 7)), rs.getDouble(i + 8));
                    case "corridor" -> new ZoneShape.Corridor(axis(rs.getString(i + 9)), rs.getDouble(i + 10));
                    default -> new ZoneShape.Drawn();
                };
        return new ThreatZone(
                id,
                rs.getString(i),
                (MultiPolygon) geometry,
                shape,
                ThreatLevel.parse(rs.getString(i + 1)),
                ZoneCategory.parse(rs.getString(i + 2)),
                getInstant(rs, i + 3),
                getInstant(rs, i + 4),
                label,
                sync);
    }

    private static LineString axis(String wkt) throws SQLException {
        try {
            return (LineString) new WKTReader(Wgs84.FACTORY).read(wkt);
        } catch (ParseException | ClassCastException e) {
            throw new SQLException("bad corridor axis '" + wkt + "'", e);
        }
    }

    @Override
    Geometry emptyGeometry() {
        return Wgs84.FACTORY.createMultiPolygon();
    }

    @Override
    String orderColumn() {
        return "t.valid_from";
    }

    @Override
    void timeCondition(StringBuilder sql, List<Object> params, Instant from, Instant to) {
        window(sql, params, from, to, "(t.valid_until IS NULL OR t.valid_until >= ?)", "t.valid_from < ?");
    }

    @Override
    List<String> timeColumns() {
        return List.of("t.valid_from", "t.valid_until", "NULL");
    }

    @Override
    String kindColumn() {
        return "category";
    }

    @Override
    String levelColumn() {
        return "threat_level";
    }

    @Override
    String searchNameColumn() {
        return "name";
    }

    @Override
    String searchDescriptionColumn() {
        return "category";
    }

    @Override
    String searchDescription(ThreatZone feature) {
        return feature.category().code();
    }
}
