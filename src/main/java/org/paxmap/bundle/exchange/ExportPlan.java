package org.paxmap.bundle.exchange;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.bundle.trust.Partner;
import org.paxmap.model.Feature;
import org.paxmap.model.ReleaseLabel;

/**
 * What an export to one partner will carry and what it withholds, computed before anything is written so the user
 * can see it. Immutable.
 *
 * @param partner the recipient
 * @param mode full, or the changes since the partner's last acknowledgement
 * @param included the features that go, tombstones included
 * @param withheld the features that do not go, each with its reason
 * @param label the bundle's high-water label: the highest classification carried, under the one policy the bundle
 *     carries, releasable to the partner's organisation
 * @param changelogSeq the change-log position the export covers (recorded so an acknowledgement can move the cursor)
 * @param releasableByPolicy per release policy, how many of the selected features the partner may receive under it
 *     (a bundle carries one policy: the others wait for a bundle of their own)
 */
public record ExportPlan(
        Partner partner,
        Manifest.SyncMode mode,
        List<Feature> included,
        List<Withheld> withheld,
        ReleaseLabel label,
        long changelogSeq,
        Map<String, Integer> releasableByPolicy) {
    /** Copies the lists. */
    public ExportPlan {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(mode, "mode");
        included = List.copyOf(included);
        withheld = List.copyOf(withheld);
        Objects.requireNonNull(label, "label");
        releasableByPolicy = Collections.unmodifiableMap(new TreeMap<>(releasableByPolicy));
    }

    /**
     * How many features are withheld for each reason, the most frequent reason first (ties by reason text): the
     * summary a user reads before the list.
     */
    public Map<String, Long> withheldByReason() {
        Map<String, Long> counts =
                withheld.stream().collect(Collectors.groupingBy(Withheld::reason, TreeMap::new, Collectors.counting()));
        Map<String, Long> ordered = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    /** How many tombstones (deletions) go. */
    public long tombstones() {
        return included.stream().filter(f -> f.sync().deleted()).count();
    }
}
