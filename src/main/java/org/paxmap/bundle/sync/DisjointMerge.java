package org.paxmap.bundle.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.paxmap.model.Feature;
import org.paxmap.model.SyncMeta;

/**
 * Merges two concurrent live versions that changed disjoint fields since their common ancestor (bundle format §4:
 * "edits to disjoint fields merge automatically with a note"). The merged version holds the ancestor's fields with
 * each side's changes, and its vector is the pointwise maximum of the two — not incremented at any node — so that
 * every node merging the same two versions produces the same version and the exchange converges without a new
 * conflict. Its {@code modifiedAt}/{@code modifiedBy} are the provisional winner's. Stateless and thread-safe.
 */
public final class DisjointMerge {
    private DisjointMerge() {}

    /** A merged version and the note that says what came from where. */
    public record Result(Feature merged, String note) {}

    /**
     * The automatic merge of {@code local} and {@code incoming} from {@code ancestor}, or empty when both changed a
     * field to different values, either is a tombstone, or the combination is not a valid feature.
     */
    public static Optional<Result> merge(Feature ancestor, Feature local, Feature incoming) {
        if (local.sync().deleted()
                || incoming.sync().deleted()
                || ancestor.sync().deleted()) {
            return Optional.empty();
        }
        Map<String, JsonNode> base = FeatureFields.of(ancestor);
        Map<String, JsonNode> mine = FeatureFields.of(local);
        Map<String, JsonNode> theirs = FeatureFields.of(incoming);
        Set<String> changedHere = changed(base, mine);
        Set<String> changedThere = changed(base, theirs);
        Map<String, JsonNode> merged = new TreeMap<>(base);
        for (String field : changedHere) {
            merged.put(field, mine.get(field));
        }
        for (String field : changedThere) {
            if (changedHere.contains(field) && !Objects.equals(mine.get(field), theirs.get(field))) {
                return Optional.empty();
            }
            merged.put(field, theirs.get(field));
        }
        Feature winner = ProvisionalWinner.choose(local, incoming);
        SyncMeta sync = new SyncMeta(
                local.sync().origin(),
                local.sync().versions().max(incoming.sync().versions()),
                "",
                winner.sync().modifiedAt(),
                winner.sync().modifiedBy(),
                false);
        try {
            Feature result = FeatureFields.with(ancestor, merged, sync);
            String note =
                    "merged automatically from ancestor " + ancestor.sync().versions() + ": local "
                            + local.sync().versions() + " changed " + names(changedHere) + ", incoming "
                            + incoming.sync().versions() + " changed " + names(changedThere);
            return Optional.of(new Result(result, note));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Set<String> changed(Map<String, JsonNode> base, Map<String, JsonNode> side) {
        Set<String> changed = new TreeSet<>();
        Set<String> all = new TreeSet<>(base.keySet());
        all.addAll(side.keySet());
        for (String field : all) {
            if (!Objects.equals(base.get(field), side.get(field))) {
                changed.add(field);
            }
        }
        return changed;
    }

    private static String names(Set<String> fields) {
        return fields.isEmpty() ? "nothing" : String.join(", ", List.copyOf(fields));
    }
}
