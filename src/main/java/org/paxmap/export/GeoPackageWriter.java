package org.paxmap.export;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.model.Feature;
import org.paxmap.store.GeoPackageCore;
import org.paxmap.store.GeoPackageGeometry;
import org.sqlite.SQLiteConfig;

/**
 * A plain OGC GeoPackage 1.3 for QGIS and ArcGIS users (JDBC on SQLite): the core tables and one feature table per
 * layer that has features ({@link GeoPackageLayer}: incidents, routes, zones, EPSG:4326), with the release label a
 * column of every row — none of Paxmap's own tables (no change log, settings, search index, trust or sync tables), so
 * it is not a picture and carries nothing the audience may not see. One transaction; no rollback journal (a failed
 * export's file is discarded whole).
 */
final class GeoPackageWriter implements FeatureWriter {
    private final Path file;
    private final Connection db;
    private GeoPackageLayer layer;
    private PreparedStatement insert;
    private Envelope extent;

    private GeoPackageWriter(Path file, Connection db) {
        this.file = file;
        this.db = db;
    }

    /** Creates the GeoPackage in the new, empty {@code file}. */
    static GeoPackageWriter create(Path file, ExportHeader header) throws IOException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.OFF);
        config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
        try {
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA application_id = 1196444487"); // 'GPKG'
                s.execute("PRAGMA user_version = 10300");
                db.setAutoCommit(false);
                for (String sql : GeoPackageCore.SCHEMA) {
                    s.execute(sql);
                }
            } catch (SQLException e) {
                db.close();
                throw e;
            }
            return new GeoPackageWriter(file, db);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public boolean write(Feature f) throws IOException {
        try {
            if (layer == null || layer.layer() != f.layer()) {
                endLayer();
                layer = new GeoPackageLayer(f);
                try (Statement s = db.createStatement()) {
                    for (String sql : layer.create()) {
                        s.execute(sql);
                    }
                }
                insert = db.prepareStatement(layer.insert());
                extent = new Envelope();
            }
            insert.setBytes(1, GeoPackageGeometry.encode(f.geometry()));
            insert.setString(2, f.name());
            insert.setString(3, FeatureFields.description(f));
            Map<String, String> values = FeatureFields.of(f);
            List<String> fields = layer.fields();
            for (int i = 0; i < fields.size(); i++) {
                String v = values.get(fields.get(i));
                insert.setString(4 + i, v == null || v.isEmpty() ? null : v);
            }
            insert.executeUpdate();
            extent.expandToInclude(f.geometry().getEnvelopeInternal());
            return true;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void endLayer() throws SQLException {
        if (layer == null) {
            return;
        }
        insert.close();
        try (PreparedStatement ps = db.prepareStatement(layer.extent())) {
            ps.setDouble(1, extent.getMinX());
            ps.setDouble(2, extent.getMinY());
            ps.setDouble(3, extent.getMaxX());
            ps.setDouble(4, extent.getMaxY());
            ps.executeUpdate();
        }
    }

    @Override
    public void finish() throws IOException {
        try {
            endLayer();
            layer = null;
            db.commit();
            db.close();
        } catch (SQLException e) {
            throw failure(e);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            db.close();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static IOException failure(SQLException e) {
        return new IOException(e.getMessage(), e);
    }
}
