package org.paxmap.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.paxmap.geo.Wgs84;
import org.paxmap.model.AdmiraltyGrade;
import org.paxmap.model.Casualties;
import org.paxmap.model.Incident;
import org.paxmap.model.IncidentType;
import org.paxmap.model.Layer;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.Severity;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.TimePrecision;

/** The {@code incidents} feature table. Stateless and thread-safe. */
final class IncidentTable extends FeatureTable<Incident> {
    IncidentTable() {
        super(Layer.INCIDENTS);
    }

    @Override
    List<String> ownColumns() {
        return List.of(
                "occurred_at DATETIME NOT NULL",
                "time_precision TEXT NOT NULL",
                "event_type TEXT NOT NULL",
                "incident_type TEXT NOT NULL",
                "severity TEXT NOT NULL",
                "title TEXT NOT NULL",
                "description TEXT NOT NULL",
                "precision_m REAL NOT NULL",
                "casualties_low INTEGER NOT NULL",
                "casualties_best INTEGER NOT NULL",
                "casualties_high INTEGER NOT NULL",
                "source TEXT NOT NULL",
                "source_reliability TEXT NOT NULL",
                "info_credibility INTEGER NOT NULL");
    }

    /** Event-type queries use the sub-type index (an event type is a set of sub-types), so it has no index. */
    @Override
    List<String> indexSql() {
        return List.of(
                "CREATE INDEX incidents_occurred_at ON incidents (occurred_at)",
                "CREATE INDEX incidents_incident_type ON incidents (incident_type, occurred_at)",
                "CREATE INDEX incidents_severity ON incidents (severity, occurred_at)");
    }

    @Override
    int bindOwn(PreparedStatement ps, int i, Incident f) throws SQLException {
        setInstant(ps, i++, f.occurredAt());
        ps.setString(i++, f.timePrecision().code());
        ps.setString(i++, f.type().eventType().code());
        ps.setString(i++, f.type().code());
        ps.setString(i++, f.severity().code());
        ps.setString(i++, f.title());
        ps.setString(i++, f.description());
        ps.setDouble(i++, f.precisionMetres());
        ps.setInt(i++, f.casualties().low());
        ps.setInt(i++, f.casualties().best());
        ps.setInt(i++, f.casualties().high());
        ps.setString(i++, f.source());
        ps.setString(i++, String.valueOf(f.grade().reliability()));
        ps.setInt(i++, f.grade().credibility());
        return i;
    }

    @Override
    Incident readOwn(ResultSet rs, int i, UUID id, Geometry geometry, ReleaseLabel label, SyncMeta sync)
            throws SQLException {
        return new Incident(
                id,
                (Point) geometry,
                rs.getDouble(i + 7),
                getInstant(rs, i),
                TimePrecision.parse(rs.getString(i + 1)),
                IncidentType.parse(rs.getString(i + 3)),
                Severity.parse(rs.getString(i + 4)),
                rs.getString(i + 5),
                rs.getString(i + 6),
                new Casualties(rs.getInt(i + 8), rs.getInt(i + 9), rs.getInt(i + 10)),
                rs.getString(i + 11),
                new AdmiraltyGrade(rs.getString(i + 12).charAt(0), rs.getInt(i + 13)),
                label,
                sync);
    }

    @Override
    Geometry emptyGeometry() {
        return Wgs84.FACTORY.createPoint();
    }

    @Override
    String orderColumn() {
        return "t.occurred_at";
    }

    @Override
    String timeCondition(boolean from, boolean to) {
        return from && to
                ? "t.occurred_at >= ? AND t.occurred_at < ?"
                : from ? "t.occurred_at >= ?" : "t.occurred_at < ?";
    }

    @Override
    String timeSql() {
        return "t.occurred_at, NULL, t.time_precision";
    }

    @Override
    String kindColumn() {
        return "incident_type";
    }

    @Override
    String levelColumn() {
        return "severity";
    }

    @Override
    String searchNameColumn() {
        return "title";
    }

    @Override
    String searchDescriptionColumn() {
        return "description";
    }

    @Override
    String searchDescription(Incident feature) {
        return feature.description();
    }
}
