package org.paxmap.tiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * Writes a new raster MBTiles 1.3 file: the {@code metadata} table with the given keys and a {@code tiles} table in
 * TMS rows. Everything is written in one transaction that {@link #close()} commits, so the file either holds every
 * tile put or (after {@link #abort()}, or a crash) none. Not thread-safe: one thread puts tiles.
 *
 * <p>Typical metadata keys: {@code name}, {@code format} ({@code png}, {@code jpg} or {@code webp}), {@code bounds}
 * ("west,south,east,north"), {@code minzoom}, {@code maxzoom}, {@code attribution}, {@code description}, {@code type}
 * ({@code baselayer}/{@code overlay}), {@code version}. Missing {@code format} defaults to {@code png}; missing
 * {@code minzoom}/{@code maxzoom} are filled in from the tiles put when the writer closes.
 */
public final class MbtilesWriter implements AutoCloseable {
    private final Path file;
    private final Connection connection;
    private final PreparedStatement insert;
    private final boolean zoomsGiven;
    private int minZoom = Integer.MAX_VALUE;
    private int maxZoom = Integer.MIN_VALUE;
    private long count;
    private boolean closed;

    private MbtilesWriter(Path file, Connection connection, boolean zoomsGiven) throws SQLException {
        this.file = file;
        this.connection = connection;
        this.zoomsGiven = zoomsGiven;
        this.insert = connection.prepareStatement(
                "INSERT OR REPLACE INTO tiles (zoom_level, tile_column, tile_row, tile_data) VALUES (?, ?, ?, ?)");
    }

    /**
     * Creates {@code file} (which must not exist) with the MBTiles schema and {@code metadata}, and opens the
     * transaction the tiles go into.
     *
     * @throws IOException if the file exists or cannot be created
     */
    public static MbtilesWriter create(Path file, Map<String, String> metadata) throws IOException {
        if (Files.exists(file)) {
            throw new IOException(file + ": the file already exists; an MBTiles file is only written new");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.DELETE);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setPageSize(4096);
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA application_id = 0x4D504258"); // 'MPBX', as mbutil and tippecanoe write
                s.execute("CREATE TABLE metadata (name TEXT NOT NULL, value TEXT)");
                s.execute("CREATE UNIQUE INDEX metadata_name ON metadata (name)");
                s.execute("CREATE TABLE tiles (zoom_level INTEGER NOT NULL, tile_column INTEGER NOT NULL,"
                        + " tile_row INTEGER NOT NULL, tile_data BLOB NOT NULL)");
                s.execute("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)");
            }
            c.setAutoCommit(false);
            try (PreparedStatement put = c.prepareStatement("INSERT INTO metadata (name, value) VALUES (?, ?)")) {
                for (Map.Entry<String, String> e : metadata.entrySet()) {
                    put.setString(1, e.getKey());
                    put.setString(2, e.getValue());
                    put.addBatch();
                }
                if (!metadata.containsKey("format")) {
                    put.setString(1, "format");
                    put.setString(2, "png");
                    put.addBatch();
                }
                put.executeBatch();
            }
            boolean zoomsGiven = metadata.containsKey("minzoom") && metadata.containsKey("maxzoom");
            return new MbtilesWriter(file, c, zoomsGiven);
        } catch (SQLException e) {
            closeQuietly(c);
            try {
                Files.deleteIfExists(file);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IOException(file + ": cannot create the MBTiles file (" + e.getMessage() + ")", e);
        }
    }

    /** Adds (or replaces) the tile at {@code key}; {@code data} is the encoded image. */
    public void put(TileKey key, byte[] data) throws IOException {
        if (closed) {
            throw new IllegalStateException(file + ": the MBTiles writer is closed");
        }
        try {
            insert.setInt(1, key.z());
            insert.setInt(2, key.x());
            insert.setInt(3, key.tmsRow());
            insert.setBytes(4, data);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IOException(file + ": cannot write tile " + key + " (" + e.getMessage() + ")", e);
        }
        minZoom = Math.min(minZoom, key.z());
        maxZoom = Math.max(maxZoom, key.z());
        count++;
    }

    /** How many tiles were put so far. */
    public long count() {
        return count;
    }

    /** Fills in the zoom range if the metadata had none, commits and closes the file. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!zoomsGiven && count > 0) {
                try (PreparedStatement put =
                        connection.prepareStatement("INSERT OR REPLACE INTO metadata (name, value) VALUES (?, ?)")) {
                    put.setString(1, "minzoom");
                    put.setString(2, Integer.toString(minZoom));
                    put.addBatch();
                    put.setString(1, "maxzoom");
                    put.setString(2, Integer.toString(maxZoom));
                    put.addBatch();
                    put.executeBatch();
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IOException(file + ": cannot finish the MBTiles file (" + e.getMessage() + ")", e);
        } finally {
            closeQuietly(connection);
        }
    }

    /** Rolls back everything put, closes and deletes the file. */
    public void abort() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the file is deleted below
        }
        closeQuietly(connection);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot delete the unfinished MBTiles file", e);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // nothing more to release
            }
        }
    }
}
