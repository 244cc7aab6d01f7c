package org.paxmap.store;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.paxmap.model.IncidentType;
import org.paxmap.model.Layer;
import org.paxmap.model.Severity;

/**
 * The SELECT for one layer and one {@link FeatureQuery}, with its parameters in binding order. A bounding box drives
 * the query from the layer's R*Tree ({@code CROSS JOIN} keeps SQLite from starting at the time index instead), text
 * goes through the FTS5 index, everything else is a plain condition on indexed columns. Immutable.
 *
 * @param sql the statement; selects {@code fid} then {@link FeatureTable#columns()}
 * @param parameters the values to bind, in order (String, Double, Integer or Long)
 */
record QuerySql(String sql, List<Object> parameters) {

    /** The statement for {@code layer}; {@code limit} overrides the query's own (0 for none). */
    static QuerySql of(FeatureTable<?> table, FeatureQuery q, boolean searchable, int limit) {
        return of(table, q, searchable, limit, -1);
    }

    /**
     * The statement for one page of a scan: with {@code afterFid} 0 or more, only rows whose fid is above it, in fid
     * order (keyset paging); with -1, the query's own order.
     */
    static QuerySql of(FeatureTable<?> table, FeatureQuery q, boolean searchable, int limit, long afterFid) {
        Layer layer = table.layer();
        List<Object> params = new ArrayList<>();
        StringBuilder sql =
                new StringBuilder("SELECT t.fid, ").append(table.columns()).append(" FROM ");
        if (q.bbox() != null) {
            sql.append("rtree_")
                    .append(layer.tableName())
                    .append("_geom r CROSS JOIN ")
                    .append(layer.tableName())
                    .append(" t ON t.fid = r.id WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ?");
            params.add(q.bbox().getMaxX());
            params.add(q.bbox().getMinX());
            params.add(q.bbox().getMaxY());
            params.add(q.bbox().getMinY());
        } else {
            sql.append(layer.tableName()).append(" t WHERE 1 = 1");
        }
        if (!q.includeDeleted()) {
            sql.append(" AND t.deleted = 0");
        }
        if (q.from() != null || q.to() != null) {
            sql.append(" AND ");
            table.timeCondition(sql, params, q.from(), q.to());
        }
        if (layer == Layer.INCIDENTS) {
            // An event type is the set of its sub-types, so this uses the sub-type index.
            in(
                    sql,
                    params,
                    "t.incident_type",
                    java.util.Arrays.stream(IncidentType.values())
                            .filter(t -> q.eventTypes().contains(t.eventType()))
                            .map(IncidentType::code)
                            .toList());
            in(
                    sql,
                    params,
                    "t.incident_type",
                    q.types().stream().map(IncidentType::code).toList());
            if (q.minSeverity() != null) {
                List<String> codes = new ArrayList<>();
                for (Severity s : Severity.values()) {
                    if (s.compareTo(q.minSeverity()) >= 0) {
                        codes.add(s.code());
                    }
                }
                in(sql, params, "t.severity", codes);
            }
            in(
                    sql,
                    params,
                    "t.source_reliability",
                    q.reliabilities().stream().map(String::valueOf).toList());
            if (q.maxCredibility() > 0) {
                sql.append(" AND t.info_credibility <= ?");
                params.add(q.maxCredibility());
            }
        }
        if (q.classification() != null) {
            sql.append(" AND t.label_classification = ?");
            params.add(q.classification());
        }
        if (q.releasableTo() != null) {
            sql.append(" AND (',' || t.label_releasable_to || ',') LIKE ?");
            params.add("%," + q.releasableTo().trim().toUpperCase(java.util.Locale.ROOT) + ",%");
        }
        if (q.text() != null && !q.text().isBlank()) {
            if (!searchable) {
                throw new IllegalStateException("picture has no search index");
            }
            sql.append(" AND ").append(SearchIndex.matchCondition(layer));
            params.add(q.text());
        }
        if (afterFid >= 0) {
            sql.append(" AND t.fid > ? ORDER BY t.fid");
            params.add(afterFid);
        } else {
            sql.append(" ORDER BY ").append(table.orderColumn()).append(", t.fid");
        }
        if (limit > 0) {
            sql.append(" LIMIT ?");
            params.add(limit);
        }
        return new QuerySql(sql.toString(), List.copyOf(params));
    }

    private static void in(StringBuilder sql, List<Object> params, String column, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        StringJoiner marks = new StringJoiner(", ", " AND " + column + " IN (", ")");
        for (String value : values) {
            marks.add("?");
            params.add(value);
        }
        sql.append(marks);
    }
}
