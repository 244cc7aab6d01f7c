package org.paxmap.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ThreatZone;

/**
 * An open picture: one GeoPackage file. SKELETON — the store stream implements this contract.
 *
 * <p>Thread-safe: writes are serialised on one writer connection; queries may run concurrently with writes and see
 * the last committed state (WAL). Every write is one transaction that also appends to the change log; a write that
 * throws leaves the file unchanged.
 */
public final class PictureStore implements AutoCloseable {

    private PictureStore() {}

    /**
     * Creates a new, empty picture at {@code file}, owned by local node {@code nodeId}.
     *
     * @throws StoreException if the file exists or cannot be written
     */
    public static PictureStore create(Path file, String nodeId) throws StoreException {
        throw new UnsupportedOperationException("store not implemented yet");
    }

    /**
     * Opens an existing picture, migrating its schema forward if it is older.
     *
     * @throws StoreException if the file is missing, not SQLite, not a Paxmap picture, or newer than this program
     */
    public static PictureStore open(Path file) throws StoreException {
        throw new UnsupportedOperationException("store not implemented yet");
    }

    /** The picture file. */
    public Path file() {
        throw new UnsupportedOperationException();
    }

    /** The local node id recorded at creation; local edits increment this node's version counter. */
    public String nodeId() {
        throw new UnsupportedOperationException();
    }

    /**
     * Saves local edits or creations in one transaction: for each feature, validates it, increments the local node's
     * version counter, sets modified-at/by and the content hash, writes it and appends to the change log.
     *
     * @return the features as stored (with their new sync metadata), in input order
     * @throws StoreException naming the first refused feature and why; nothing is written then
     */
    public List<Feature> saveAll(List<? extends Feature> features) throws StoreException {
        throw new UnsupportedOperationException();
    }

    /** Deletes a feature as a tombstone (one transaction, change-logged). */
    public Feature delete(UUID id) throws StoreException {
        throw new UnsupportedOperationException();
    }

    /** The feature with this id, including tombstones. */
    public Optional<Feature> find(UUID id) throws StoreException {
        throw new UnsupportedOperationException();
    }

    /** Features of every layer in {@code query.layers()} that match, incidents first, then routes, then zones. */
    public List<Feature> query(FeatureQuery query) throws StoreException {
        throw new UnsupportedOperationException();
    }

    /** Matching incidents, ordered by occurred-at. */
    public List<Incident> incidents(FeatureQuery query) throws StoreException {
        throw new UnsupportedOperationException();
    }

    /** Matching patrol routes, ordered by planned start. */
    public List<PatrolRoute> routes(FeatureQuery query) throws StoreException {
        throw new UnsupportedOperationException();
    }

    /** Matching threat zones, ordered by valid-from. */
    public List<ThreatZone> zones(FeatureQuery query) throws StoreException {
        throw new UnsupportedOperationException();
    }

    /** Counts, extent and time span. */
    public PictureSummary summary() throws StoreException {
        throw new UnsupportedOperationException();
    }

    /** Change-log rows with a sequence number greater than {@code afterSeq}, in order. */
    public List<ChangeRecord> changesSince(long afterSeq) throws StoreException {
        throw new UnsupportedOperationException();
    }

    /** A setting from {@code paxmap_settings}. */
    public Optional<String> setting(String key) throws StoreException {
        throw new UnsupportedOperationException();
    }

    /** Writes a setting (one transaction). */
    public void putSetting(String key, String value) throws StoreException {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {}
}
