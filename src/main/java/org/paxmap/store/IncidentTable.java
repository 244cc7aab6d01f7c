package org.paxmap.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
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

    /**
     * An incident may have happened in the window when its span overlaps it ({@link TimePrecision#overlaps}): an exact
     * time inside it, or the UTC day or week a vaguer time is known to. The first two conditions bound occurred-at
     * itself (a span reaches at most a week back from it and a day ahead), so that the occurred-at index still narrows
     * the rows; the third is the span rule.
     */
    @Override
    void timeCondition(StringBuilder sql, List<Object> params, Instant from, Instant to) {
        window(
                sql,
                params,
                from == null ? null : from.minus(Duration.ofDays(7)),
                to == null ? null : to.plus(Duration.ofDays(1)),
                "t.occurred_at >= ?",
                "t.occurred_at < ?");
        sql.append(" AND (CASE WHEN t.time_precision IN ('day', 'week') THEN ");
        window(sql, params, from, to, SPAN_END + " > ?", DAY_START + " < ?");
        sql.append(" ELSE ");
        window(sql, params, from, to, "t.occurred_at >= ?", "t.occurred_at < ?");
        sql.append(" END)");
    }

    /** The start of the UTC day of occurred-at, in the stored text form. */
    private static final String DAY_START = "strftime('%Y-%m-%dT00:00:00.000Z', t.occurred_at)";

    /** The end of a day's or a week's span, in the stored text form. */
    private static final String SPAN_END = "strftime('%Y-%m-%dT00:00:00.000Z', t.occurred_at,"
            + " CASE t.time_precision WHEN 'week' THEN '+7 days' ELSE '+1 day' END)";

    @Override
    List<String> timeColumns() {
        return List.of("t.occurred_at", "NULL", "t.time_precision");
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
