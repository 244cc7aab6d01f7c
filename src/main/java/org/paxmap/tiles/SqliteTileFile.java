package org.paxmap.tiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.Semaphore;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * A SQLite tile file (MBTiles or GeoPackage) opened strictly read-only: the connections are opened with {@code
 * SQLITE_OPEN_READONLY}, no pragma that writes is ever issued (no journal-mode change, no WAL conversion), so a user's
 * file keeps its bytes and modification time.
 *
 * <p>Reads go through a small pool of connections, at most {@link #MAX_CONNECTIONS}, opened on demand; a thread takes
 * one for a single query and gives it back. sqlite-jdbc serialises every call on one connection, so with a single
 * shared connection concurrent loader threads queue on each other's reads. Measured with {@code TileSourceBenchmark}
 * (2 cores, 1,365 PNG tiles of 13 KB): fetching from 4 threads, 58,600 tiles/s through one connection against 195,800
 * through four (one thread: 77,900); with decoding, which dominates, both are about 4,100 tiles/s. The pool costs
 * nothing measurable where decoding dominates and triples raw fetches, so it is the choice. Thread-safe.
 */
final class SqliteTileFile implements AutoCloseable {
    /** Loader threads of the map view rarely exceed this; more would only hold file handles. */
    static final int MAX_CONNECTIONS = 4;

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Semaphore permits;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    private SqliteTileFile(Path file, Connection first, int maxConnections) {
        this.file = file;
        this.permits = new Semaphore(maxConnections);
        idle.push(first);
    }

    /**
     * Opens {@code file} read-only with one connection and checks that SQLite can read its schema.
     *
     * @throws TileSourceException if the file is missing, not SQLite, or damaged
     */
    static SqliteTileFile open(Path file) throws TileSourceException {
        return open(file, MAX_CONNECTIONS);
    }

    /** As {@link #open(Path)} with a pool of at most {@code maxConnections} (the benchmark compares sizes). */
    static SqliteTileFile open(Path file, int maxConnections) throws TileSourceException {
        if (!hasSqliteHeader(file)) {
            throw new TileSourceException(file + ": not a SQLite file, so neither MBTiles nor GeoPackage");
        }
        Connection c = null;
        try {
            c = connect(file);
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
                rs.next();
            }
            return new SqliteTileFile(file, c, maxConnections);
        } catch (SQLException e) {
            closeQuietly(c);
            throw failure(file, "cannot open", e);
        }
    }

    /**
     * Whether {@code file} starts with the SQLite header.
     *
     * @throws TileSourceException if it does not exist or cannot be read
     */
    static boolean hasSqliteHeader(Path file) throws TileSourceException {
        if (!Files.isRegularFile(file)) {
            throw new TileSourceException(
                    file + ": " + (Files.exists(file) ? "not a file" : "the file does not exist"));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_MAGIC.length), SQLITE_MAGIC);
        } catch (IOException e) {
            throw new TileSourceException(file + ": the file cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * A read-only connection. A file in WAL mode with no {@code -wal} beside it (no writer has it open, nothing is
     * waiting to be checkpointed) is opened {@code immutable}: otherwise SQLite would create {@code -wal} and {@code
     * -shm} files beside it, which a read-only connection cannot remove again.
     */
    private static Connection connect(Path file) throws SQLException {
        Connection c = openReadOnly(file);
        try (java.sql.Statement s = c.createStatement()) {
            // a tile set is a file from outside: its views and triggers may not call what is not marked innocuous
            s.execute("PRAGMA trusted_schema = OFF");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private static Connection openReadOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true); // SQLITE_OPEN_READONLY: the file is never written, not even its header
        config.setBusyTimeout(2000);
        Path absolute = file.toAbsolutePath();
        if (isWal(absolute) && !Files.exists(Path.of(absolute + "-wal"))) {
            config.setOpenMode(SQLiteOpenMode.OPEN_URI);
            return DriverManager.getConnection(
                    "jdbc:sqlite:" + absolute.toUri() + "?immutable=1", config.toProperties());
        }
        return DriverManager.getConnection("jdbc:sqlite:" + absolute, config.toProperties());
    }

    /** Whether the header's read and write versions (bytes 18 and 19) say WAL. */
    private static boolean isWal(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(20);
            return header.length == 20 && header[18] == 2 && header[19] == 2;
        } catch (IOException e) {
            return false; // the open that follows reports it
        }
    }

    /** The file. */
    Path file() {
        return file;
    }

    /**
     * Fails if the file was closed.
     *
     * @throws TileSourceException saying so
     */
    synchronized void ensureOpen() throws TileSourceException {
        if (closed) {
            throw new TileSourceException(file + ": the tile set is closed");
        }
    }

    /** One query on a pooled connection. */
    interface Query<T> {
        T run(Connection c) throws SQLException, TileSourceException;
    }

    /**
     * Runs {@code query} on a connection of the pool (waiting for one if all are busy).
     *
     * @param what names what is read, for the message of a failure ("read tile 3/4/2")
     * @throws TileSourceException if the file is closed or SQLite fails
     */
    <T> T read(String what, Query<T> query) throws TileSourceException {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TileSourceException(file + ": interrupted while waiting to " + what, e);
        }
        Connection c = null;
        try {
            synchronized (this) {
                if (closed) {
                    throw new TileSourceException(file + ": the tile set is closed");
                }
                c = idle.poll();
            }
            if (c == null) {
                c = connect(file);
            }
            return query.run(c);
        } catch (SQLException e) {
            throw failure(file, "cannot " + what, e);
        } finally {
            if (c != null) {
                boolean keep;
                synchronized (this) {
                    keep = !closed;
                    if (keep) {
                        idle.push(c);
                    }
                }
                if (!keep) {
                    closeQuietly(c);
                }
            }
            permits.release();
        }
    }

    /** The one blob a single-row query with parameters {@code args} returns, or {@code null} for no row. */
    byte[] blob(String what, String sql, int... args) throws TileSourceException {
        return read(what, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setInt(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getBytes(1) : null;
                }
            }
        });
    }

    /** Closes the idle connections now and the busy ones when their query ends. Idempotent. */
    @Override
    public void close() {
        Deque<Connection> toClose;
        synchronized (this) {
            closed = true;
            toClose = new ArrayDeque<>(idle);
            idle.clear();
        }
        toClose.forEach(SqliteTileFile::closeQuietly);
    }

    /** A message for a SQLite failure on {@code file}, in the user's words for the common cases. */
    static TileSourceException failure(Path file, String doing, SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException se ? se.getResultCode() : null;
        int primary = code == null ? -1 : code.code & 0xFF;
        String message;
        if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            message = file + ": the SQLite file is damaged (database disk image is malformed)";
        } else if (primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
            message = file + ": the file has a SQLite header but is not a readable database (file is not a database)";
        } else if (primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            message = file + ": SQLite cannot open the file (check that it is readable)";
        } else if (primary == SQLiteErrorCode.SQLITE_BUSY.code) {
            message = file + ": the file is locked by another program; try again when it is done";
        } else {
            message = file + ": " + doing + " (" + e.getMessage() + ")";
        }
        return new TileSourceException(message, e);
    }

    static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // nothing more to release
            }
        }
    }
}
