package org.paxmap.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.geo.GeometryValidator;
import org.paxmap.geojson.FeatureJson;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.Layer;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.ThreatZone;
import org.sqlite.SQLiteConfig;

/**
 * An open picture: one GeoPackage file.
 *
 * <p>Thread-safe. The store holds two connections to the file: a writer, guarded by a lock so that writes are
 * serialised, and a reader, guarded by a second lock, on which every query runs. The file is in WAL mode, so a query
 * running while a write is in progress sees the last committed state and never blocks the writer. Every write is one
 * transaction that also appends to the change log; a write that throws leaves the file unchanged.
 *
 * <p>Times are kept to the millisecond (GeoPackage DATETIME); {@link #saveAll} truncates them before hashing, so the
 * content hash stored is the hash of the feature as it reads back. The caller owns the store and must close it.
 */
public final class PictureStore implements AutoCloseable {
    private static final String SETTING_NODE = "node_id";
    /** The setting naming this node's key in the user's key store: its RFC 7638 thumbprint (schema version 8). */
    public static final String SETTING_NODE_KEY = "node_key";
    /**
     * Setting {@code "true"} in a picture created as a sample (the exercise picture, {@code paxmap init --sample}):
     * only such a picture accepts keys marked TEST ONLY, whose passphrase is published.
     */
    public static final String SETTING_SAMPLE = "sample";

    private static final String SETTING_USER = "user";
    private static final String SETTING_TITLE = "title";
    /**
     * From this many features, {@link #saveAll} maintains the R*Tree itself instead of through the triggers: the
     * triggers call the Java {@code ST_*} functions five times per row, which costs about 45 µs per row through
     * sqlite-jdbc's callbacks (measured: 13,900 rows/s with the triggers against 39,000 without). The triggers are
     * dropped and re-created exactly inside the same transaction, so the file on disk always has them.
     */
    static final int BULK_THRESHOLD = 500;

    private final Path file;
    private final String nodeId;
    private final int schemaVersion;
    private final Connection writer;
    private static final System.Logger LOG = System.getLogger(PictureStore.class.getName());

    private volatile Clock clock = Clock.systemUTC();
    private final StatementCache writes;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Connection reader;
    private final StatementCache reads;
    private final ReentrantLock readLock = new ReentrantLock();
    private final BriefingStore briefings = new BriefingStore(this);
    private final ProposalStore proposals = new ProposalStore(this);
    private final SecondReader secondReader;
    private final ViewportReads viewports;
    private ExecutorService preparer;
    /** Write transactions run on {@link #writer}, committed or not; guarded by {@link #writeLock}. */
    private long writeCount;

    private PictureStore(Path file, Connection writer, Connection reader, int schemaVersion) throws SQLException {
        this.file = file;
        this.writer = writer;
        this.reader = reader;
        this.schemaVersion = schemaVersion;
        this.writes = new StatementCache(writer);
        this.reads = new StatementCache(reader);
        this.secondReader = new SecondReader(file);
        this.viewports = new ViewportReads(file, secondReader, this::onReader);
        this.nodeId = readSetting(writer, SETTING_NODE).orElseThrow(() -> new SQLException("no node_id setting"));
    }

    /**
     * Makes {@code clock} the source of every time this store writes (modification times, change log, briefings,
     * proposals); the system's UTC clock until then. For tests and replays that need times of their own choosing.
     * Any thread; takes effect for writes that start afterwards.
     */
    public void useClock(Clock clock) {
        this.clock = java.util.Objects.requireNonNull(clock);
    }

    /** The store's clock's current time, truncated to the milliseconds a GeoPackage date-time keeps. */
    Instant now() {
        return GpkgDateTime.truncate(clock.instant());
    }

    /**
     * Creates a new, empty picture at {@code file}, owned by local node {@code nodeId}. The file is created with
     * mode {@code 0600} whatever the umask, and so are its {@code -wal} and {@code -shm} files (SQLite gives them the
     * database file's mode).
     *
     * @throws StoreException if the file exists or cannot be written
     */
    public static PictureStore create(Path file, String nodeId) throws StoreException {
        return create(file, nodeId, Migrations.LATEST);
    }

    /** Creates a picture at an older schema version; for tests that need an old file. */
    static PictureStore create(Path file, String nodeId, int version) throws StoreException {
        if (nodeId == null || nodeId.isBlank()) {
            throw new StoreException("Cannot create picture " + file + ": the local node id is missing.");
        }
        if (Files.exists(file)) {
            throw new StoreException("Cannot create picture " + file + ": the file already exists.");
        }
        Connection writer = null;
        try {
            // created 0600 before SQLite opens it: SQLite gives the -wal and -shm files the database file's mode
            org.paxmap.bytes.PrivateFiles.createFile(file);
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create picture " + file + ": " + e.getMessage() + ".", e);
        }
        try {
            writer = connect(file);
            Migrations.migrate(writer, version);
            try (PreparedStatement ps =
                    writer.prepareStatement("INSERT INTO paxmap_settings (key, value) VALUES (?, ?)")) {
                String name = file.getFileName().toString().replaceFirst("\\.gpkg$", "");
                for (String[] kv : new String[][] {
                    {SETTING_NODE, nodeId.trim()},
                    {SETTING_TITLE, name},
                    {"created_at", GpkgDateTime.format(Instant.now())}
                }) {
                    ps.setString(1, kv[0]);
                    ps.setString(2, kv[1]);
                    ps.executeUpdate();
                }
            }
            return new PictureStore(file, writer, connect(file), version);
        } catch (SQLException e) {
            closeQuietly(writer);
            throw new StoreException("Cannot create picture " + file + ": " + PictureFile.reason(e) + ".", e);
        }
    }

    /**
     * Opens an existing picture, migrating its schema forward if it is older.
     *
     * @throws StoreException if the file is missing, not SQLite, not a Paxmap picture, or newer than this program
     */
    public static PictureStore open(Path file) throws StoreException {
        PictureFile.inspect(file);
        Connection writer = null;
        try {
            writer = connect(file);
            int version = Migrations.migrate(writer, Migrations.LATEST);
            return new PictureStore(file, writer, connect(file), version);
        } catch (SQLException e) {
            closeQuietly(writer);
            throw new StoreException("Cannot open picture " + file + ": " + PictureFile.reason(e) + ".", e);
        }
    }

    static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL is durable against a process crash in WAL mode; only an OS crash can lose the last commit.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(10_000);
        // A 64 MiB page cache per connection: with SQLite's 2 MiB default, a bulk insert of a few hundred thousand
        // features spills index pages to the WAL over and over (measured: 3x slower at 100,000 incidents).
        config.setCacheSize(-64 * 1024);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        // Nothing here reads generated keys (fids are assigned by Batch); with the driver's default, every INSERT is
        // followed by a freshly prepared SELECT last_insert_rowid() (measured: an eighth of a bundle import's apply).
        config.setGetGeneratedKeys(false);
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
        SpatialFunctions.register(c);
        return c;
    }

    /** The picture file. */
    public Path file() {
        return file;
    }

    /** The local node id recorded at creation; local edits increment this node's version counter. */
    public String nodeId() {
        return nodeId;
    }

    /** The schema version of the open picture. */
    public int schemaVersion() {
        return schemaVersion;
    }

    /**
     * Saves local edits or creations in one transaction: for each feature, validates it, increments the local node's
     * version counter, sets modified-at/by and the content hash, writes it and appends to the change log.
     *
     * @return the features as stored (with their new sync metadata), in input order
     * @throws StoreException naming the first refused feature and why; nothing is written then
     */
    public List<Feature> saveAll(List<? extends Feature> features) throws StoreException {
        List<Feature> stored = new ArrayList<>(features.size());
        boolean[] given = new boolean[1];
        saveAll(
                () -> {
                    if (given[0]) {
                        return List.of();
                    }
                    given[0] = true;
                    return features;
                },
                stored::addAll,
                Cancellation.none());
        return stored;
    }

    /**
     * Saves every feature {@code source} supplies, in one transaction, as {@link #saveAll(List)} does, without
     * holding them all in memory: a large import streams through here while it is still being read. The source is
     * called from one thread at a time (the store's preparing thread, not the caller's) until it returns an empty
     * chunk; while the store writes one chunk it already takes, validates and hashes the next. If the source throws, or a feature is refused,
     * the transaction is rolled back and nothing is saved.
     *
     * @return how many features were saved per layer (every layer present)
     * @throws StoreException naming the first refused feature (counted from 1 across all chunks) and why
     * @throws E whatever the source throws
     */
    public <E extends Exception> Map<Layer, Long> saveAll(FeatureSource<E> source) throws StoreException, E {
        return saveAll(source, chunk -> {}, Cancellation.none());
    }

    /**
     * Saves an import of foreign files as {@link #saveAll(FeatureSource)} does and, in the same transaction, records
     * where each saved feature came from: {@code sources} is asked once per saved feature, on the writing thread, and
     * a non-null answer replaces the feature's {@link ForeignSource} (see {@link #foreignSource}). The save stops
     * when {@code cancellation} is cancelled (from any thread): it is rolled back and nothing is saved.
     *
     * @throws WriteCancelledException if it was cancelled before it committed
     */
    public <E extends Exception> Map<Layer, Long> saveImported(
            FeatureSource<E> source,
            java.util.function.Function<UUID, ForeignSource> sources,
            Cancellation cancellation)
            throws StoreException, E {
        try {
            return saveAll(source, chunk -> ForeignSourceTable.record(writes, chunk, sources), cancellation);
        } catch (StoreException e) {
            if (cancellation.requested()) {
                throw new WriteCancelledException(
                        "Import cancelled: nothing was imported into " + file + "; it is as it was.");
            }
            throw e;
        }
    }

    /** Where feature {@code id} came from, if an import of a foreign file wrote it (schema version 9). */
    public Optional<ForeignSource> foreignSource(UUID id) throws StoreException {
        return read(
                () -> ForeignSourceTable.find(reads, id), "Cannot read where feature " + id + " came from in " + file);
    }

    /** What a save does with each chunk it has written, inside its transaction. */
    @FunctionalInterface
    private interface SavedChunk {
        void saved(List<Feature> chunk) throws SQLException;
    }

    private <E extends Exception> Map<Layer, Long> saveAll(
            FeatureSource<E> source, SavedChunk saved, Cancellation cancellation) throws StoreException, E {
        Instant now = now();
        String user = user();
        Map<Layer, Long> counts = new EnumMap<>(Layer.class);
        for (Layer layer : Layer.values()) {
            counts.put(layer, 0L);
        }
        // Two stages: while this thread writes one chunk, the preparer takes the next from the source, validates and
        // hashes it. The writer then spends its time in SQLite, the one part that cannot run in parallel.
        Future<?>[] pending = new Future<?>[1];
        try {
            write(() -> {
                cancellation.whileRunning(this::interruptWriter);
                try {
                    SaveTransaction transaction = new SaveTransaction(writer, writes, schemaVersion, now);
                    int offset = 0;
                    Future<List<Feature>> next = preparer().submit(() -> prepare(next(source), 0, user, now));
                    pending[0] = next;
                    for (List<Feature> chunk = await(next); !chunk.isEmpty(); chunk = await(next)) {
                        cancellation.check();
                        offset += chunk.size();
                        int from = offset;
                        next = preparer().submit(() -> prepare(next(source), from, user, now));
                        pending[0] = next;
                        transaction.write(chunk);
                        chunk.forEach(f -> counts.merge(f.layer(), 1L, Long::sum));
                        saved.saved(chunk);
                    }
                    cancellation.check();
                    transaction.finish();
                    cancellation.check();
                } finally {
                    cancellation.whileRunning(null);
                }
            });
        } catch (Refused r) {
            throw r.failure;
        } catch (SourceFailed f) {
            @SuppressWarnings("unchecked")
            E cause = (E) f.getCause();
            throw cause;
        } finally {
            if (pending[0] != null && !pending[0].isDone()) {
                pending[0].cancel(true); // e.g. the writer failed: stop waiting on the source
            }
        }
        return counts;
    }

    /** The single daemon thread that prepares the next chunk of a save; created on the first save. */
    private synchronized ExecutorService preparer() {
        if (preparer == null) {
            preparer = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "paxmap-store-prepare " + file.getFileName());
                t.setDaemon(true);
                return t;
            });
        }
        return preparer;
    }

    /** The prepared chunk, with the preparer's refusal or source failure rethrown on the writing thread. */
    private static List<Feature> await(Future<List<Feature>> prepared) {
        try {
            return prepared.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing features", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static <E extends Exception> List<? extends Feature> next(FeatureSource<E> source) {
        try {
            List<? extends Feature> chunk = source.next();
            return chunk == null ? List.of() : chunk;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new SourceFailed(e);
        }
    }

    /**
     * Validates and hashes a chunk. This is pure CPU work on immutable values, spread over the cores; the first
     * problem in input order is reported, as a sequential pass would.
     */
    private List<Feature> prepare(List<? extends Feature> chunk, int offset, String user, Instant now) {
        if (chunk.isEmpty()) {
            return List.of();
        }
        Feature[] stored = new Feature[chunk.size()];
        String[] problems = new String[chunk.size()];
        IntStream.range(0, chunk.size()).parallel().forEach(i -> {
            Feature f = chunk.get(i);
            Optional<String> problem = GeometryValidator.problem(f.layer(), f.geometry());
            if (problem.isPresent()) {
                problems[i] = problem.get();
                return;
            }
            Feature normal = Millis.truncate(f);
            String hash = FeatureJson.contentSha256(normal);
            stored[i] = normal.withSync(normal.sync().edited(nodeId, user, now, hash, false));
        });
        for (int i = 0; i < problems.length; i++) {
            if (problems[i] != null) {
                throw new Refused(new StoreException("Nothing saved to " + file + ": "
                        + describe(offset + i, chunk.get(i)) + " has an invalid geometry: " + problems[i] + "."));
            }
        }
        return List.of(stored);
    }

    /** Deletes a feature as a tombstone (one transaction, change-logged). */
    public Feature delete(UUID id) throws StoreException {
        Instant now = now();
        String user = user();
        Feature[] result = new Feature[1];
        write(
                () -> {
                    Feature current =
                            SyncRecords.find(writes, id).orElseThrow(() -> new SQLException("no feature " + id));
                    if (current.sync().deleted()) {
                        result[0] = current;
                        return;
                    }
                    SyncMeta sync = current.sync();
                    // A tombstone keeps the hash of the content it deletes: deletion is recorded by the flag and the
                    // vector.
                    Feature tombstone = current.withSync(sync.edited(nodeId, user, now, sync.contentSha256(), true));
                    SaveTransaction transaction = new SaveTransaction(writer, writes, schemaVersion, now);
                    transaction.write(List.of(tombstone));
                    transaction.finish();
                    result[0] = tombstone;
                },
                "Cannot delete feature " + id + " from " + file);
        return result[0];
    }

    /** The feature with this id, including tombstones. */
    public Optional<Feature> find(UUID id) throws StoreException {
        return read(() -> SyncRecords.find(reads, id), "Cannot read feature " + id + " from " + file);
    }

    /** Features of every layer in {@code query.layers()} that match, incidents first, then routes, then zones. */
    public List<Feature> query(FeatureQuery query) throws StoreException {
        List<Feature> result = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            if (!query.layers().contains(layer)) {
                continue;
            }
            int remaining = query.limit() == 0 ? 0 : query.limit() - result.size();
            if (query.limit() != 0 && remaining <= 0) {
                break;
            }
            result.addAll(layer(layer, query, remaining));
        }
        return result;
    }

    /**
     * Hands every feature matching {@code query} (its {@code limit} ignored) to {@code consumer} in pages of at most
     * {@code pageSize}, reading each page in its own short read (keyset paging on fid), so memory holds one page and
     * the store lock is not held while the consumer works. A feature saved during the scan may or may not be seen.
     */
    public <E extends Exception> void scan(FeatureQuery query, int pageSize, FeatureScan<E> consumer)
            throws StoreException, E {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be at least 1");
        }
        for (Layer layer : Layer.values()) {
            if (!query.layers().contains(layer)) {
                continue;
            }
            long[] after = {0};
            while (after[0] >= 0) {
                List<Feature> page = new ArrayList<>(layerPage(layer, query, pageSize, after));
                if (!page.isEmpty()) {
                    consumer.page(page);
                }
            }
        }
    }

    /** One page of a scan; sets {@code after[0]} to the last fid read, or -1 when the layer has no more rows. */
    private <F extends Feature> List<F> layerPage(Layer layer, FeatureQuery query, int pageSize, long[] after)
            throws StoreException {
        FeatureTable<F> table = FeatureTable.of(layer);
        QuerySql q = QuerySql.of(table, query.withLimit(0), schemaVersion >= 2, pageSize, after[0]);
        return read(
                () -> {
                    PreparedStatement ps = reads.get(q.sql());
                    bind(ps, q.parameters());
                    List<F> out = new ArrayList<>();
                    int rows = 0;
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows++;
                            after[0] = rs.getLong(1);
                            F feature = table.read(rs);
                            if (query.bbox() == null
                                    || feature.geometry().isEmpty()
                                    || feature.geometry().getEnvelopeInternal().intersects(query.bbox())) {
                                out.add(feature);
                            }
                        }
                    }
                    if (rows < pageSize) {
                        after[0] = -1;
                    }
                    return out;
                },
                "Cannot read " + layer.tableName() + " from " + file);
    }

    /**
     * What a briefing slide needs of the live features of {@code layer} whose bounds meet {@code box}: symbol, label,
     * origin and time ({@link SlideFeature}), read through the R*Tree like {@link #mapFeatures} without decoding whole
     * features — several times faster for a slide over a hundred thousand incidents (whose rows are read in two halves
     * at once, {@link ViewportReads}). An incident's symbol carries neither its title nor its id: a slide draws
     * neither.
     */
    public List<SlideFeature> slideFeatures(Layer layer, Envelope box) throws StoreException {
        return viewports.slideFeatures(layer, box);
    }

    /**
     * The live features of {@code layer} whose envelope intersects {@code box}, in no particular order: the map's
     * viewport query. One R*Tree lookup joined to the feature rows, reading only what a symbol needs. Tombstones have
     * no geometry and hence no R*Tree entry, so they never appear.
     */
    public List<MapFeature> mapFeatures(Layer layer, Envelope box) throws StoreException {
        return viewports.mapFeatures(layer, box);
    }

    /**
     * How many live incidents meet {@code box} by the spatial index (as {@link #mapFeatures} finds them), counting no
     * further than {@code atMost}: whether a view holds few enough to read them as rows, at the cost of that many
     * index entries at most. Any thread; reads on the store's reader.
     */
    public int liveIncidentsIn(Envelope box, int atMost) throws StoreException {
        return viewports.incidentsIn(box, atMost);
    }

    /**
     * The live incidents aggregated per cell of the map's cluster grid ({@link IncidentCell}) at each quarter zoom of
     * {@code quarterZooms} (0 to {@link IncidentCell#QUARTER_ZOOMS} − 1), for the cells that meet {@code box}: what
     * the map clusters at low zoom, without reading a row per incident. The cells come from a cache in the picture
     * ({@link IncidentCellTable}); a level stale since the incidents last changed is built again first, all stale
     * levels asked for in one pass over the incidents, in a transaction of its own (it changes no feature, and does
     * not count as a write for {@link #writeMark}). Empty when the cells cannot be had (a picture older than schema
     * version {@value IncidentCellTable#VERSION}, a file that cannot be written, stale cells while a write holds the
     * write lock — a read does not wait for it —, a write between the build and the read twice over): the caller reads
     * the rows ({@link #mapFeatures}) instead. Runs on the caller's thread (the
     * window's store I/O executor), on the reader — and, to build, under the write lock.
     */
    public Optional<List<IncidentCells>> incidentCells(int[] quarterZooms, Envelope box) throws StoreException {
        for (int q : quarterZooms) {
            if (q < 0 || q >= IncidentCell.QUARTER_ZOOMS) {
                throw new IllegalArgumentException("no incident cells at quarter zoom " + q);
            }
        }
        if (schemaVersion < IncidentCellTable.VERSION) {
            return Optional.empty();
        }
        String failure = "Cannot read the incident cells of " + file;
        for (int attempt = 0; attempt < 2; attempt++) {
            int[] stale = read(() -> staleLevels(quarterZooms), failure);
            if (stale.length > 0) {
                try {
                    if (!derivedWrite(() -> IncidentCellBuild.build(writes, stale))) {
                        return Optional.empty(); // a write is under way: read the rows rather than wait for it
                    }
                } catch (SQLException e) {
                    LOG.log(System.Logger.Level.WARNING, "incident cells not built: " + PictureFile.reason(e));
                    return Optional.empty();
                }
                continue;
            }
            Optional<List<IncidentCells>> cells = read(
                    () -> {
                        List<IncidentCells> out = new ArrayList<>(quarterZooms.length);
                        for (int q : quarterZooms) {
                            out.add(IncidentCellReads.cells(reads, q, box));
                        }
                        // read after the cells: if still fresh, no write came between the check and the read
                        return staleLevels(quarterZooms).length == 0 ? Optional.of(out) : Optional.empty();
                    },
                    failure);
            if (cells.isPresent()) {
                return cells;
            }
        }
        return Optional.empty();
    }

    // The levels of quarterZooms not fresh, on the reader (under its lock).
    private int[] staleLevels(int[] quarterZooms) throws SQLException {
        int[] stale = new int[quarterZooms.length];
        int n = 0;
        for (int q : quarterZooms) {
            if (!IncidentCellReads.fresh(reads, q)) {
                stale[n++] = q;
            }
        }
        return java.util.Arrays.copyOf(stale, n);
    }

    /**
     * Runs {@code work} in a transaction on the writer under the write lock without counting it as a write (for a
     * derived cache that changes no feature), unless a write holds the lock: then answers false at once (a read never
     * waits behind a write). Rolls back and rethrows on failure.
     */
    private boolean derivedWrite(SqlWork work) throws SQLException {
        if (!writeLock.tryLock()) {
            return false;
        }
        try {
            inTransaction(work);
            return true;
        } finally {
            writeLock.unlock();
        }
    }

    /** Matching incidents, ordered by occurred-at. */
    public List<Incident> incidents(FeatureQuery query) throws StoreException {
        return layer(Layer.INCIDENTS, query, query.limit());
    }

    /** Matching patrol routes, ordered by planned start. */
    public List<PatrolRoute> routes(FeatureQuery query) throws StoreException {
        return layer(Layer.ROUTES, query, query.limit());
    }

    /** Matching threat zones, ordered by valid-from. */
    public List<ThreatZone> zones(FeatureQuery query) throws StoreException {
        return layer(Layer.ZONES, query, query.limit());
    }

    private <F extends Feature> List<F> layer(Layer layer, FeatureQuery query, int limit) throws StoreException {
        FeatureTable<F> table = FeatureTable.of(layer);
        if (query.text() != null && !query.text().isBlank() && schemaVersion < 2) {
            throw new StoreException("Cannot search " + file + ": the picture has no full-text index.");
        }
        QuerySql q = QuerySql.of(table, query, schemaVersion >= 2, limit);
        return read(
                () -> {
                    PreparedStatement ps = reads.get(q.sql());
                    bind(ps, q.parameters());
                    List<F> out = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            F feature = table.read(rs);
                            // The R*Tree holds 32-bit bounds rounded outwards: drop what lies just outside the box.
                            if (query.bbox() == null
                                    || feature.geometry().isEmpty()
                                    || feature.geometry().getEnvelopeInternal().intersects(query.bbox())) {
                                out.add(feature);
                            }
                        }
                    }
                    return out;
                },
                "Cannot query " + layer.tableName() + " in " + file);
    }

    private static void bind(PreparedStatement ps, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object p = parameters.get(i);
            if (p instanceof Double d) {
                ps.setDouble(i + 1, d);
            } else if (p instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else if (p instanceof Long n) {
                ps.setLong(i + 1, n);
            } else {
                ps.setString(i + 1, (String) p);
            }
        }
    }

    /**
     * The distinct labels of the picture's live features, for the classification banner. One scan of the three
     * tables' label columns; no feature is decoded.
     */
    public List<ReleaseLabel> labels() throws StoreException {
        String columns = "label_policy, label_classification, label_releasable_to, label_caveats, label_originator";
        String sql = java.util.Arrays.stream(Layer.values())
                .map(l -> "SELECT " + columns + " FROM " + l.tableName() + " WHERE deleted = 0")
                .collect(java.util.stream.Collectors.joining(" UNION "));
        return read(
                () -> {
                    List<ReleaseLabel> labels = new ArrayList<>();
                    try (PreparedStatement ps = reader.prepareStatement(sql);
                            ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            labels.add(FeatureTable.label(rs, 1));
                        }
                    }
                    return labels;
                },
                "Cannot read the labels of " + file);
    }

    /** Counts, extent and time span. */
    public PictureSummary summary() throws StoreException {
        return read(() -> PictureSummaries.read(reader, file, nodeId, schemaVersion), "Cannot summarise " + file);
    }

    /** Change-log rows with a sequence number greater than {@code afterSeq}, in order. */
    public List<ChangeRecord> changesSince(long afterSeq) throws StoreException {
        return read(
                () -> {
                    PreparedStatement ps = reads.get(
                            """
                    SELECT seq, uuid, layer, operation, versions, content_sha256, at, by
                    FROM paxmap_changelog WHERE seq > ? ORDER BY seq""");
                    ps.setLong(1, afterSeq);
                    List<ChangeRecord> out = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(new ChangeRecord(
                                    rs.getLong(1),
                                    UUID.fromString(rs.getString(2)),
                                    Layer.fromTableName(rs.getString(3)),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    GpkgDateTime.parse(rs.getString(7)),
                                    rs.getString(8)));
                        }
                    }
                    return out;
                },
                "Cannot read the change log of " + file);
    }

    private void putSettingIn(String key, String value) throws SQLException {
        PreparedStatement ps = writes.get("INSERT OR REPLACE INTO paxmap_settings (key, value) VALUES (?, ?)");
        ps.setString(1, key);
        ps.setString(2, value);
        ps.executeUpdate();
    }

    /** A setting from {@code paxmap_settings}. */
    public Optional<String> setting(String key) throws StoreException {
        return read(() -> readSetting(reader, key), "Cannot read setting '" + key + "' of " + file);
    }

    /** Writes a setting (one transaction). */
    public void putSetting(String key, String value) throws StoreException {
        if (SETTING_NODE.equals(key)) {
            throw new StoreException("Cannot change setting 'node_id' of " + file + ": a picture's node id is fixed.");
        }
        write(() -> putSettingIn(key, value), "Cannot write setting '" + key + "' of " + file);
    }

    /** Writes several settings in one transaction: all of them or, if it fails, none. */
    public void putSettings(java.util.Map<String, String> settings) throws StoreException {
        if (settings.containsKey(SETTING_NODE)) {
            throw new StoreException("Cannot change setting 'node_id' of " + file + ": a picture's node id is fixed.");
        }
        if (settings.isEmpty()) {
            return;
        }
        write(
                () -> {
                    for (java.util.Map.Entry<String, String> e : settings.entrySet()) {
                        putSettingIn(e.getKey(), e.getValue());
                    }
                },
                "Cannot write settings " + settings.keySet() + " of " + file);
    }

    private String user() throws StoreException {
        return setting(SETTING_USER).orElse(System.getProperty("user.name", "unknown"));
    }

    private static Optional<String> readSetting(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM paxmap_settings WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    // ---- Bundle sync: classification reads, the import apply path, conflicts, provenance, export cursors ----

    /**
     * The stored version of each of {@code ids} that the picture holds (any layer, tombstones included), with the
     * versions kept aside if it is in conflict; ids it does not hold are absent. Read-only: a sync preview.
     */
    public Map<UUID, StoredVersion> storedVersions(java.util.Collection<UUID> ids) throws StoreException {
        return read(() -> SyncRecords.stored(reads, ids), "Cannot read the stored versions in " + file);
    }

    /**
     * The kept past versions of feature {@code id} (superseded, set aside or merged away), oldest first; the
     * current version is not among them. The sync layer finds common ancestors here.
     */
    public List<Feature> pastVersions(UUID id) throws StoreException {
        return read(
                () -> VersionHistory.of(reads, id), "Cannot read the past versions of feature " + id + " in " + file);
    }

    /**
     * Applies an import in one transaction: writes each {@link SyncWrite}'s feature-table version with its sync
     * metadata as given (no local counter is bumped), with R*Tree, full-text index, change log and version history
     * as {@link #saveAll} does; keeps conflicting versions aside and clears those an applied version dominates;
     * records each incoming version's provenance, the bundle and the sender's stream position. A bundle already
     * imported changes nothing and is reported as such.
     *
     * @throws StoreException naming the feature and the reason (a feature changed since the preview, an invalid
     *     geometry, a feature in another layer); nothing is written then
     */
    public ApplyResult applyImport(IncomingBundle bundle, List<SyncWrite> writes) throws StoreException {
        return applyImport(bundle, writes, List.of(), null);
    }

    /**
     * Applies an import as {@link #applyImport(IncomingBundle, List)} does, given the mark the preview took before it
     * read the stored versions. If the mark taken inside the apply's transaction equals it, nothing was written since
     * the preview, so a feature the preview found absent is still absent and is not looked up again; every other
     * check stays (and with another mark, or none, every feature is looked up again).
     *
     * <p>Each of {@code proposals} is recorded as an open {@link Proposal} of the bundle's sender (one already recorded
     * stays as it is); nothing of the feature changes.
     *
     * @param previewed the preview's {@link #writeMark()}, or {@code null} if unknown
     */
    public ApplyResult applyImport(
            IncomingBundle bundle, List<SyncWrite> writes, List<IncomingProposal> proposals, WriteMark previewed)
            throws StoreException {
        return applyImport(bundle, writes, proposals, previewed, Cancellation.none());
    }

    /**
     * As {@link #applyImport(IncomingBundle, List, List, WriteMark)}, stopping early when {@code cancellation} is
     * cancelled (from any thread): the transaction is rolled back and nothing of the bundle is written.
     *
     * @throws WriteCancelledException if it was cancelled before it committed
     */
    public ApplyResult applyImport(
            IncomingBundle bundle,
            List<SyncWrite> writes,
            List<IncomingProposal> proposals,
            WriteMark previewed,
            Cancellation cancellation)
            throws StoreException {
        Instant now = now();
        ApplyResult[] result = new ApplyResult[1];
        String failure = "Nothing imported from bundle " + bundle.bundleId() + " into " + file;
        try {
            write(
                    () -> {
                        cancellation.whileRunning(this::interruptWriter);
                        try {
                            // taken inside the transaction, under the write lock, before anything is written: the
                            // writes counted so far exclude this one
                            boolean unchanged = previewed != null
                                    && previewed.equals(new WriteMark(this, writeCount, dataVersion()));
                            result[0] = new ImportApply(writer, this.writes, schemaVersion, now, cancellation)
                                    .apply(bundle, writes, proposals, unchanged);
                            cancellation.check();
                        } finally {
                            cancellation.whileRunning(null);
                        }
                    },
                    failure);
        } catch (StoreException e) {
            if (cancellation.requested()) {
                throw new WriteCancelledException("Import cancelled: nothing was imported from bundle "
                        + bundle.bundleId() + "; " + file + " is as it was.");
            }
            throw e;
        }
        return result[0];
    }

    /** Stops the statement the writer is running ({@code sqlite3_interrupt}); any thread. */
    private void interruptWriter() {
        try {
            writer.unwrap(org.sqlite.SQLiteConnection.class).getDatabase().interrupt();
        } catch (SQLException e) {
            // the connection is closing: the write ends anyway
        }
    }

    /** The record of bundle {@code bundleId} if this picture imported it. */
    public Optional<ImportRecord> importedBundle(String bundleId) throws StoreException {
        return read(() -> SyncRecords.imported(reads, bundleId), "Cannot read the imported bundles of " + file);
    }

    /** The last bundle (highest stream sequence) imported from {@code sender}, if any: what we acknowledge to it. */
    public Optional<ImportRecord> lastImport(String sender) throws StoreException {
        return read(() -> SyncRecords.lastImported(reads, sender), "Cannot read the imported bundles of " + file);
    }

    /** The bundle imported from {@code sender} with stream sequence {@code streamSeq}, if any. */
    public Optional<ImportRecord> importedBundle(String sender, long streamSeq) throws StoreException {
        return read(
                () -> SyncRecords.importedAt(reads, sender, streamSeq), "Cannot read the imported bundles of " + file);
    }

    /** How far the stream of bundles from {@code sender} has been imported, if at all. */
    public Optional<StreamPosition> streamPosition(String sender) throws StoreException {
        return read(() -> SyncRecords.streamPosition(reads, sender), "Cannot read the stream positions of " + file);
    }

    /** Every version kept aside in a conflict, oldest first (the map flags these features). */
    public List<Conflict> conflicts() throws StoreException {
        return read(() -> SyncRecords.conflicts(reads, null), "Cannot read the conflicts of " + file);
    }

    /** The versions kept aside for feature {@code id}; empty if it is not in conflict. */
    public List<Conflict> conflicts(UUID id) throws StoreException {
        return read(() -> SyncRecords.conflicts(reads, id), "Cannot read the conflicts of feature " + id);
    }

    /** Whether feature {@code id} is in conflict. */
    public boolean inConflict(UUID id) throws StoreException {
        return read(() -> SyncRecords.inConflict(reads, id), "Cannot read the conflicts of feature " + id);
    }

    /**
     * Resolves the conflict of {@code resolved.id()} with the analyst's choice: {@code resolved}'s content (its sync
     * metadata is ignored but for the tombstone flag) becomes a new local version whose vector is the pointwise
     * maximum of every version in the conflict, incremented at this node; the versions aside are removed.
     *
     * @return the version written
     * @throws StoreException if the feature is not stored, not in conflict, or its geometry is invalid
     */
    public Feature resolveConflict(Feature resolved) throws StoreException {
        Instant now = now();
        String user = user();
        Feature[] result = new Feature[1];
        write(
                () -> result[0] = ConflictResolution.write(
                        new LocalWrite(writer, writes, schemaVersion, nodeId, user, now), resolved),
                "Cannot resolve the conflict of feature " + resolved.id() + " in " + file);
        return result[0];
    }

    /**
     * Accepts ({@code accept}) or rejects open proposal {@code id} in one transaction, writing a new local version
     * that dominates the proposal: the proposed content (a proposed deletion deletes) or ours again. The next bundle
     * to the proposer carries it, so both pictures agree.
     *
     * @return the version written
     * @throws StoreException if there is no such proposal, it was already decided, or the feature is not stored
     */
    public Feature decideProposal(long id, boolean accept) throws StoreException {
        Instant now = now();
        String user = user();
        Feature[] result = new Feature[1];
        write(
                () -> result[0] = ProposalDecision.write(
                        new LocalWrite(writer, writes, schemaVersion, nodeId, user, now), id, accept),
                "Cannot " + (accept ? "accept" : "reject") + " proposal " + id + " in " + file);
        return result[0];
    }

    /** The provenance of every imported version of feature {@code id}, in import order. */
    public List<Provenance> provenance(UUID id) throws StoreException {
        return read(() -> SyncRecords.provenance(reads, id), "Cannot read the provenance of feature " + id);
    }

    /**
     * What an incremental export to {@code partner} carries: the current version of every feature changed after
     * the partner's acknowledged change-log position, except versions that came from the partner itself.
     */
    public ExportSelection changesFor(String partner) throws StoreException {
        return read(
                () -> SyncRecords.changedAfter(reads, SyncRecords.cursor(reads, partner), partner),
                "Cannot select the changes for " + partner + " in " + file);
    }

    /** What a full export carries: every feature, tombstones included. */
    public ExportSelection fullExport() throws StoreException {
        return read(() -> SyncRecords.all(reads), "Cannot select the features of " + file);
    }

    /** Records a bundle exported to a partner (its stream sequence and the change-log position it covers). */
    public void recordExport(ExportRecord export) throws StoreException {
        write(() -> SyncRecords.putExport(writes, export), "Cannot record the export to " + export.partner());
    }

    /** The last bundle exported to {@code partner}, if any (its stream sequence and manifest hash chain the next). */
    public Optional<ExportRecord> lastExport(String partner) throws StoreException {
        return read(() -> SyncRecords.lastExport(reads, partner), "Cannot read the exports to " + partner);
    }

    /** The bundle exported to {@code partner} with stream sequence {@code streamSeq}, if any. */
    public Optional<ExportRecord> exportedBundle(String partner, long streamSeq) throws StoreException {
        return read(() -> SyncRecords.exported(reads, partner, streamSeq), "Cannot read the exports to " + partner);
    }

    /**
     * Records that {@code partner} acknowledged our bundle {@code streamSeq}: its cursor moves to the change-log
     * position that bundle covered (never backwards).
     *
     * @return the partner's cursor afterwards
     * @throws StoreException if no such bundle was exported to the partner
     */
    public long acknowledge(String partner, long streamSeq) throws StoreException {
        Instant now = now();
        long[] cursor = new long[1];
        write(
                () -> cursor[0] = SyncRecords.acknowledge(writes, partner, streamSeq, now),
                "Cannot record the acknowledgement of " + partner);
        return cursor[0];
    }

    /** The change-log position {@code partner} has acknowledged, 0 if none. */
    public long acknowledgedPosition(String partner) throws StoreException {
        return read(() -> SyncRecords.cursor(reads, partner), "Cannot read the cursor of " + partner);
    }

    // ---- end of bundle sync ----

    @Override
    public void close() {
        synchronized (this) {
            if (preparer != null) {
                preparer.shutdownNow();
            }
        }
        secondReader.close();
        writeLock.lock();
        readLock.lock();
        try {
            reads.close();
            writes.close();
            closeQuietly(reader);
            closeQuietly(writer);
        } finally {
            readLock.unlock();
            writeLock.unlock();
        }
    }

    private static String describe(int index, Feature f) {
        return "feature " + (index + 1) + " (" + f.layer().tableName() + " " + f.id() + " '" + f.name() + "')";
    }

    private void write(SqlWork work) throws StoreException {
        write(work, "Nothing saved to " + file);
    }

    private void write(SqlWork work, String failure) throws StoreException {
        writeLock.lock();
        try {
            try {
                inTransaction(work);
            } finally {
                writeCount++; // counted even if rolled back: a mark only ever errs towards "something changed"
            }
        } catch (SQLException e) {
            throw new StoreException(failure + ": " + PictureFile.reason(e) + ".", e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs {@code work} in one transaction on the writer (the caller holds the write lock); rolls back on any failure. */
    private void inTransaction(SqlWork work) throws SQLException {
        writer.setAutoCommit(false);
        try {
            work.run();
            writer.commit();
        } catch (SQLException | RuntimeException e) {
            rollBack(e);
            throw e;
        } catch (Error e) {
            // out of memory, a stack overflow: roll back too, or setAutoCommit(true) below would commit the part
            // already written (with a bulk load's triggers and indexes still dropped)
            rollBack(new SQLException("the write stopped: " + e, e));
            throw e;
        } finally {
            writer.setAutoCommit(true);
        }
    }

    /**
     * Rolls the writer's transaction back after {@code cause}; an interrupted statement may have rolled it back
     * already (SQLite does so on {@code SQLITE_INTERRUPT}), which is not a second failure.
     */
    private void rollBack(Exception cause) throws SQLException {
        try {
            writer.rollback();
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("no transaction is active")) {
                return; // SQLite rolled it back itself
            }
            e.addSuppressed(cause);
            throw e;
        }
    }

    /**
     * A mark of how far the picture has been written (see {@link WriteMark}): take it before reading what a later
     * write depends on; if the mark taken inside that write's transaction equals it, nothing was committed since.
     */
    public WriteMark writeMark() throws StoreException {
        writeLock.lock();
        try {
            return new WriteMark(this, writeCount, dataVersion());
        } catch (SQLException e) {
            throw new StoreException("Cannot read the state of " + file + ": " + PictureFile.reason(e) + ".", e);
        } finally {
            writeLock.unlock();
        }
    }

    /** The writer's {@code PRAGMA data_version}: it changes when another connection commits to the file. */
    private long dataVersion() throws SQLException {
        try (Statement s = writer.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA data_version")) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    // A read on the reader's statements under the read lock, its SQL failure left to the caller.
    private <T> T onReader(SecondReader.Work<T> work) throws SQLException {
        readLock.lock();
        try {
            return work.run(reads);
        } finally {
            readLock.unlock();
        }
    }

    private <T> T read(SqlRead<T> work, String failure) throws StoreException {
        readLock.lock();
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException(failure + ": " + PictureFile.reason(e) + ".", e);
        } finally {
            readLock.unlock();
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // already broken; nothing left to release
            }
        }
    }

    /** A refused feature, carried out of the write transaction so that it rolls back. */
    private static final class Refused extends RuntimeException {
        final StoreException failure;

        Refused(StoreException failure) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
        }
    }

    /** A checked exception of a {@link FeatureSource}, carried out of the write transaction so that it rolls back. */
    private static final class SourceFailed extends RuntimeException {
        SourceFailed(Exception cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    /** The briefings kept in this picture. */
    public BriefingStore briefings() {
        return briefings;
    }

    /** The proposals kept in this picture and the partners allowed to edit its features directly. */
    public ProposalStore proposals() {
        return proposals;
    }

    /** Runs {@code work} with the writer's statements in one write transaction (for the store's table classes). */
    <T> T inWrite(TableWork<T> work, String failure) throws StoreException {
        List<T> result = new ArrayList<>(1);
        write(() -> result.add(work.run(writes)), failure);
        return result.get(0);
    }

    /** Runs {@code work} with the reader's statements (for the store's table classes). */
    <T> T inRead(TableWork<T> work, String failure) throws StoreException {
        return read(() -> work.run(reads), failure);
    }

    /** Work on one connection's statements, run under the lock that guards them. */
    @FunctionalInterface
    interface TableWork<T> {
        T run(StatementCache statements) throws SQLException;
    }

    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException;
    }

    @FunctionalInterface
    private interface SqlRead<T> {
        T run() throws SQLException;
    }

    // Trust (schema version 4): this node's identity, its partners and the release policy table. The store keeps
    // these as plain values; org.paxmap.bundle.trust gives them meaning.

    /**
     * The node identity an older picture kept inside itself ({@code paxmap_identity}, schema versions 4 to 7), if it
     * still holds one. Since schema version 8 keys live in the user's key store and the picture only names its node
     * ({@code node_id}) and its key's thumbprint (setting {@value #SETTING_NODE_KEY}); {@code
     * org.paxmap.bundle.trust.LocalIdentity} moves such a key out with {@link #dropLegacyIdentity}.
     */
    public Optional<StoredIdentity> legacyIdentity() throws StoreException {
        return read(() -> TrustTables.identity(reads), "Cannot read the node identity of " + file);
    }

    /**
     * Whether the picture still has the {@code paxmap_identity} table of pictures before schema version 8 (a key
     * kept inside the picture, readable or damaged), without reading its rows.
     */
    public boolean hasLegacyIdentityTable() throws StoreException {
        return read(() -> TrustTables.hasLegacyIdentityTable(reads.connection()), "Cannot read the tables of " + file);
    }

    /**
     * Records a node identity inside the picture, as pictures before schema version 8 did (one transaction): only
     * possible in a picture that still has the {@code paxmap_identity} table, i.e. one made by an earlier version or
     * at an earlier schema version for a test. A picture has at most one.
     *
     * @throws StoreException if the picture has no such table, already has an identity, or the identity is for
     *     another node id
     */
    public void putLegacyIdentity(StoredIdentity identity) throws StoreException {
        String failure = "Cannot record the key of node " + identity.nodeId() + " in " + file;
        if (!identity.nodeId().equals(nodeId)) {
            throw new StoreException(failure + ": the picture belongs to node " + nodeId + ".");
        }
        boolean[] exists = new boolean[1];
        boolean[] table = new boolean[1];
        write(
                () -> {
                    table[0] = TrustTables.hasLegacyIdentityTable(writer);
                    exists[0] = table[0] && TrustTables.identity(writes).isPresent();
                    if (table[0] && !exists[0]) {
                        TrustTables.insertIdentity(writes, identity);
                    }
                },
                failure);
        if (!table[0]) {
            throw new StoreException(failure + ": node keys are kept in the key store, not in the picture.");
        }
        if (exists[0]) {
            throw new StoreException(failure + ": the picture already has a node key.");
        }
    }

    /**
     * Removes the key an older picture held and names the node's key by its thumbprint {@code kid} instead, leaving
     * no key material in the file: in one transaction the setting {@value #SETTING_NODE_KEY} is written and {@code
     * paxmap_identity} dropped with SQLite's {@code secure_delete} on (freed pages are overwritten with zeros), then
     * the file is vacuumed and the write-ahead log checkpointed and truncated, so neither the file nor its {@code
     * -wal} holds the old bytes. The caller has copied the key somewhere safe first.
     */
    public void dropLegacyIdentity(String kid) throws StoreException {
        String failure = "Cannot remove the node key from " + file;
        writeLock.lock();
        try {
            try (Statement s = writer.createStatement()) {
                s.execute("PRAGMA secure_delete = ON");
            }
            write(
                    () -> {
                        putSettingIn(SETTING_NODE_KEY, kid);
                        if (TrustTables.hasLegacyIdentityTable(writer)) {
                            try (Statement s = writer.createStatement()) {
                                s.execute("DELETE FROM paxmap_identity");
                                s.execute("DROP TABLE paxmap_identity");
                            }
                        }
                    },
                    failure);
            try (Statement s = writer.createStatement()) {
                s.execute("VACUUM");
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                s.execute("PRAGMA secure_delete = OFF");
            }
        } catch (SQLException e) {
            throw new StoreException(failure + ": " + PictureFile.reason(e) + ".", e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Every partner, by node id. */
    public List<StoredPartner> partners() throws StoreException {
        return read(() -> TrustTables.partners(reads), "Cannot read the partners of " + file);
    }

    /**
     * Adds a partner (one transaction).
     *
     * @throws StoreException if a partner with the same node id, key or thumbprint exists
     */
    public void addPartner(StoredPartner partner) throws StoreException {
        write(
                () -> TrustTables.insertPartner(writes, partner),
                "Cannot add partner " + partner.nodeId() + " to " + file);
    }

    /**
     * Sets a partner's status to {@link StoredPartner#ACTIVE} or {@link StoredPartner#SUSPENDED} (one transaction).
     *
     * @return whether the partner exists
     */
    public boolean setPartnerStatus(String partnerNodeId, String status) throws StoreException {
        if (!StoredPartner.ACTIVE.equals(status) && !StoredPartner.SUSPENDED.equals(status)) {
            throw new IllegalArgumentException("partner status must be active or suspended, not " + status);
        }
        boolean[] found = new boolean[1];
        write(
                () -> found[0] = TrustTables.setPartnerStatus(writes, partnerNodeId, status),
                "Cannot change partner " + partnerNodeId + " in " + file);
        return found[0];
    }

    /**
     * Replaces the partner with {@code partner}'s node id by {@code partner} (its new key after a rotation), in one
     * transaction.
     *
     * @throws StoreException if there is no such partner, or the new key is another partner's
     */
    public void replacePartner(StoredPartner partner) throws StoreException {
        write(
                () -> {
                    if (!TrustTables.deletePartner(writes, partner.nodeId())) {
                        throw new SQLException("no partner " + partner.nodeId());
                    }
                    TrustTables.insertPartner(writes, partner);
                },
                "Cannot replace the key of partner " + partner.nodeId() + " in " + file);
    }

    /**
     * Removes a partner (one transaction).
     *
     * @return whether the partner existed
     */
    public boolean removePartner(String partnerNodeId) throws StoreException {
        boolean[] found = new boolean[1];
        write(
                () -> found[0] = TrustTables.deletePartner(writes, partnerNodeId),
                "Cannot remove partner " + partnerNodeId + " from " + file);
        return found[0];
    }

    /** The stored release policy table, by name; empty if the user never edited it. */
    public List<StoredPolicy> policies() throws StoreException {
        return read(() -> TrustTables.policies(reads), "Cannot read the release policies of " + file);
    }

    /** Replaces the whole release policy table (one transaction). */
    public void replacePolicies(List<StoredPolicy> policies) throws StoreException {
        Instant now = now();
        write(() -> TrustTables.replacePolicies(writes, policies, now), "Cannot write the release policies of " + file);
    }
}
