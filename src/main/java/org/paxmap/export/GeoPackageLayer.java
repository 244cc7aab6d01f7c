package org.paxmap.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;

/**
 * The SQL of one feature table of an exported GeoPackage: {@code fid}, {@code geom}, {@code name}, {@code
 * description}, then the layer's {@link FeatureFields} (the release label last), typed so GIS tools sort and filter
 * them (counts as INTEGER, times as DATETIME). Immutable.
 */
final class GeoPackageLayer {
    private static final Map<String, String> TYPES = Map.of(
            "precision_m", "INTEGER",
            "casualties", "INTEGER",
            "occurred_at", "DATETIME",
            "planned_start", "DATETIME",
            "planned_end", "DATETIME",
            "valid_from", "DATETIME",
            "valid_until", "DATETIME");

    private final Layer layer;
    private final List<String> fields;

    GeoPackageLayer(Feature sample) {
        this.layer = sample.layer();
        this.fields = List.copyOf(FeatureFields.of(sample).keySet());
    }

    Layer layer() {
        return layer;
    }

    String table() {
        return layer.tableName();
    }

    /** The field names, in column order after {@code geom, name, description}. */
    List<String> fields() {
        return fields;
    }

    /** CREATE TABLE and the rows registering it (its extent filled in by {@link #extent}). */
    List<String> create() {
        StringBuilder sql = new StringBuilder("CREATE TABLE \"")
                .append(table())
                .append("\" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom ")
                .append(layer.geometryType())
                .append(", name TEXT NOT NULL, description TEXT");
        for (String f : fields) {
            sql.append(", \"").append(f).append("\" ").append(TYPES.getOrDefault(f, "TEXT"));
        }
        sql.append(')');
        List<String> out = new ArrayList<>();
        out.add(sql.toString());
        out.add("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES ('"
                + table() + "', 'features', '" + table() + "', '" + KmlWriter.folderName(layer)
                + " exported from Paxmap', 4326)");
        out.add("INSERT INTO gpkg_geometry_columns VALUES ('" + table() + "', 'geom', '" + layer.geometryType()
                + "', 4326, 0, 0)");
        return out;
    }

    /** The INSERT of one row, parameters in {@code geom, name, description, fields…} order. */
    String insert() {
        StringBuilder sql = new StringBuilder("INSERT INTO \"").append(table()).append("\" (geom, name, description");
        StringBuilder marks = new StringBuilder("?, ?, ?");
        for (String f : fields) {
            sql.append(", \"").append(f).append('"');
            marks.append(", ?");
        }
        return sql.append(") VALUES (").append(marks).append(')').toString();
    }

    /** The UPDATE setting the layer's extent in {@code gpkg_contents} from its rows' envelopes. */
    String extent() {
        return "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = '" + table()
                + "'";
    }
}
