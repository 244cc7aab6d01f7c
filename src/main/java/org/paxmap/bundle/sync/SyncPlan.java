package org.paxmap.bundle.sync;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.paxmap.store.IncomingBundle;
import org.paxmap.store.IncomingProposal;
import org.paxmap.store.SyncWrite;
import org.paxmap.store.WriteMark;

/**
 * The preview of an import, computed read-only before anything is written: every incoming feature version with its
 * class and reason, the counts per class, and whether the bundle was imported before. Immutable.
 *
 * @param bundle the bundle
 * @param alreadyImported the picture has imported this bundle before; applying it changes nothing
 * @param features the incoming versions in bundle order
 * @param previewedAt the picture's {@link WriteMark} taken before the preview read it, or {@code null}; the apply
 *     skips looking up again what the preview found absent only if the picture's mark is still this one
 */
public record SyncPlan(
        IncomingBundle bundle, boolean alreadyImported, List<PlannedFeature> features, WriteMark previewedAt) {
    /** Copies the list. */
    public SyncPlan {
        Objects.requireNonNull(bundle, "bundle");
        features = List.copyOf(features);
    }

    /** A plan without a write mark: its apply looks every feature up again. */
    public SyncPlan(IncomingBundle bundle, boolean alreadyImported, List<PlannedFeature> features) {
        this(bundle, alreadyImported, features, null);
    }

    /** How many incoming versions fall in each class (every class present). */
    public Map<SyncClass, Integer> counts() {
        Map<SyncClass, Integer> counts = new EnumMap<>(SyncClass.class);
        for (SyncClass c : SyncClass.values()) {
            counts.put(c, 0);
        }
        features.forEach(f -> counts.merge(f.kind(), 1, Integer::sum));
        return counts;
    }

    /** The versions of one class, in bundle order. */
    public List<PlannedFeature> of(SyncClass kind) {
        return features.stream().filter(f -> f.kind() == kind).toList();
    }

    /**
     * The versions that refuse the import as a whole ({@link SyncClass#refusesImport()}: refused, or an integrity
     * alert), in bundle order; empty if the plan may be applied.
     */
    public List<PlannedFeature> refusals() {
        return features.stream().filter(f -> f.kind().refusesImport()).toList();
    }

    /** Whether the import must be refused as a whole: a version was refused or raised an integrity alert. */
    public boolean refused() {
        return features.stream().anyMatch(f -> f.kind().refusesImport());
    }

    /** The versions recorded as proposals when the plan is applied, in bundle order, with the vector held now. */
    public List<IncomingProposal> proposals() {
        return features.stream()
                .filter(f -> f.kind() == SyncClass.PROPOSAL)
                .map(f -> new IncomingProposal(f.incoming(), f.base()))
                .toList();
    }

    /** What applying writes, in bundle order. */
    public List<SyncWrite> writes() {
        return features.stream()
                .map(PlannedFeature::write)
                .filter(Objects::nonNull)
                .toList();
    }
}
