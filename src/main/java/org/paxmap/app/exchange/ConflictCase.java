package org.paxmap.app.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.paxmap.bundle.sync.FeatureFields;
import org.paxmap.bundle.trust.TrustException;
import org.paxmap.model.Feature;
import org.paxmap.store.Conflict;
import org.paxmap.store.PictureStore;
import org.paxmap.store.Provenance;
import org.paxmap.store.StoreException;

/**
 * One feature in conflict as the conflicts dialog shows it: this node's version ("mine") and the partner's
 * ("theirs"), taken as {@code SyncEngine.resolve} takes them — the version kept aside on one side, the table's
 * provisional winner on the other — with the reason, the partner and the feature's provenance. Immutable.
 *
 * @param id the feature
 * @param mine this node's version
 * @param theirs the partner's version
 * @param reason why the two could not be merged, and which won provisionally
 * @param partner the node whose bundle brought the conflict, {@code null} if unknown
 * @param provenance where the feature came from
 */
record ConflictCase(UUID id, Feature mine, Feature theirs, String reason, String partner, ProvenanceFacts provenance) {

    /** One field side by side. */
    record FieldRow(String field, String mine, String theirs, boolean differs) {}

    ConflictCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mine, "mine");
        Objects.requireNonNull(theirs, "theirs");
    }

    /** Every feature in conflict in {@code store}, oldest conflict first. Blocking store I/O: off the FX thread. */
    static List<ConflictCase> readAll(PictureStore store) throws StoreException, TrustException {
        Set<UUID> ids = new LinkedHashSet<>();
        store.conflicts().forEach(c -> ids.add(c.aside().id()));
        List<ConflictCase> cases = new ArrayList<>();
        for (UUID id : ids) {
            Optional<Feature> current = store.find(id);
            List<Conflict> conflicts = store.conflicts(id);
            if (current.isEmpty() || conflicts.isEmpty()) {
                continue;
            }
            Feature mine = side(current.get(), conflicts, true);
            Feature theirs = side(current.get(), conflicts, false);
            ProvenanceFacts provenance = ProvenanceFacts.read(store, id);
            String bundle = conflicts.get(0).bundleId();
            String partner = provenance.imports().stream()
                    .filter(p -> p.bundleId().equals(bundle))
                    .map(Provenance::signerNode)
                    .findFirst()
                    .orElse(null);
            cases.add(new ConflictCase(id, mine, theirs, conflicts.get(0).reason(), partner, provenance));
        }
        return cases;
    }

    /** As SyncEngine takes a side: the version aside on that side, else the table's row. */
    private static Feature side(Feature current, List<Conflict> conflicts, boolean local) {
        for (Conflict c : conflicts) {
            if (c.asideIsLocal() == local) {
                return c.aside();
            }
        }
        return current;
    }

    /** The feature's name, from this node's version. */
    String name() {
        return mine.name();
    }

    /** The fields of both sides, those that differ first, then by name. */
    List<FieldRow> fields() {
        Map<String, JsonNode> a = fieldsOf(mine);
        Map<String, JsonNode> b = fieldsOf(theirs);
        Set<String> names = new TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        List<FieldRow> differing = new ArrayList<>();
        List<FieldRow> same = new ArrayList<>();
        if (mine.sync().deleted() || theirs.sync().deleted()) {
            boolean differs = mine.sync().deleted() != theirs.sync().deleted();
            (differs ? differing : same)
                    .add(new FieldRow(
                            "deleted",
                            mine.sync().deleted() ? "yes" : "no",
                            theirs.sync().deleted() ? "yes" : "no",
                            differs));
        }
        for (String name : names) {
            JsonNode x = a.get(name);
            JsonNode y = b.get(name);
            boolean differs = !Objects.equals(x, y);
            (differs ? differing : same).add(new FieldRow(name, FieldText.of(name, x), FieldText.of(name, y), differs));
        }
        differing.addAll(same);
        return differing;
    }

    private static Map<String, JsonNode> fieldsOf(Feature feature) {
        try {
            return FeatureFields.of(feature);
        } catch (RuntimeException e) {
            return new TreeMap<>(); // a tombstone without content has no fields to compare
        }
    }
}
