package org.paxmap.interop;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.paxmap.geojson.FeatureJson;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.ThreatZone;
import org.paxmap.store.Millis;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;
import org.paxmap.store.StoredVersion;

/**
 * Classifies foreign features against the picture by their foreign identity: <em>added</em> when the picture does
 * not hold the id; <em>unchanged</em> when it holds the same content; <em>updated</em> otherwise. An update keeps
 * the picture's label (an analyst may have labelled the feature since the last import) and its sync metadata (so
 * the store counts one more local version). A feature deleted in the picture is not brought back, one held in
 * another layer is not moved, and the same id twice in one import keeps the first. Reads the picture in batches of
 * {@link #BATCH} ids (committed state). Not thread-safe (the reading thread).
 */
final class PictureMatch {
    static final int BATCH = 2_000;

    private final PictureStore store;
    private final ImportPreview.Tally tally;
    private final BiConsumer<Feature, ForeignId> writes;
    private final Set<UUID> seen = new HashSet<>();
    private final List<ForeignFeature> pending = new ArrayList<>(BATCH);

    /** @param writes receives each feature to write (added or updated) with its foreign id, in file order */
    PictureMatch(PictureStore store, ImportPreview.Tally tally, BiConsumer<Feature, ForeignId> writes) {
        this.store = store;
        this.tally = tally;
        this.writes = writes;
    }

    void accept(ForeignFeature f) throws StoreException {
        if (!seen.add(f.feature().id())) {
            tally.skip(f.id().format() + " item", "the same source id again in this import (the first is kept)");
            tally.warn("skipped " + f.id() + ": its id occurs earlier in this import; the first is kept");
            return;
        }
        pending.add(f);
        if (pending.size() == BATCH) {
            flush();
        }
    }

    void flush() throws StoreException {
        if (pending.isEmpty()) {
            return;
        }
        List<UUID> ids = pending.stream().map(f -> f.feature().id()).toList();
        Map<UUID, StoredVersion> held = store.storedVersions(ids);
        for (ForeignFeature f : pending) {
            classify(f, held.get(f.feature().id()));
        }
        pending.clear();
    }

    private void classify(ForeignFeature f, StoredVersion stored) {
        Feature incoming = f.feature();
        if (stored == null) {
            tally.added(incoming.layer());
            tally.mapping(f.mapping());
            writes.accept(incoming, f.id());
            return;
        }
        Feature current = stored.current();
        if (current.sync().deleted()) {
            tally.skip(incoming.layer().noun(), "deleted in this picture; not brought back by an import");
            return;
        }
        if (current.layer() != incoming.layer()) {
            tally.skip(
                    incoming.layer().noun(),
                    "the picture holds this source id as a " + current.layer().noun() + "; not moved");
            return;
        }
        tally.mapping(f.mapping());
        Feature candidate = with(incoming, current.label(), current.sync(), f.timeDefaulted() ? current : incoming);
        String hash = FeatureJson.contentSha256(Millis.truncate(candidate));
        if (hash.equals(current.sync().contentSha256())) {
            tally.unchanged(incoming.layer());
        } else {
            tally.updated(incoming.layer());
            writes.accept(candidate, f.id());
        }
    }

    /** {@code f} with another label and sync metadata, and the times of {@code times} (a feature of its layer). */
    static Feature with(Feature f, ReleaseLabel label, SyncMeta sync, Feature times) {
        if (f instanceof Incident i) {
            return new Incident(
                    i.id(),
                    i.location(),
                    i.precisionMetres(),
                    ((Incident) times).occurredAt(),
                    ((Incident) times).timePrecision(),
                    i.type(),
                    i.severity(),
                    i.title(),
                    i.description(),
                    i.casualties(),
                    i.source(),
                    i.grade(),
                    label,
                    sync);
        }
        if (f instanceof PatrolRoute r) {
            return new PatrolRoute(
                    r.id(),
                    r.name(),
                    r.unit(),
                    r.waypoints(),
                    ((PatrolRoute) times).plannedStart(),
                    ((PatrolRoute) times).plannedEnd(),
                    r.status(),
                    label,
                    sync);
        }
        ThreatZone z = (ThreatZone) f;
        return new ThreatZone(
                z.id(),
                z.name(),
                z.area(),
                z.shape(),
                z.threatLevel(),
                z.category(),
                ((ThreatZone) times).validFrom(),
                ((ThreatZone) times).validUntil(),
                label,
                sync);
    }
}
