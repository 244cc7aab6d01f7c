package org.paxmap.brief;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.paxmap.bundle.trust.PolicyTable;
import org.paxmap.bundle.trust.ReleaseDecision;
import org.paxmap.model.Feature;
import org.paxmap.model.ReleaseLabel;

/**
 * What a briefing's audience may see, by the release rules of bundle export ({@link PolicyTable}; no second copy of
 * them here): for a partner node, {@link PolicyTable#decide} exactly as an export to that partner (suspended
 * partner, channel ceiling, held codes, third-party data); for a nation, organisation or group, {@link
 * PolicyTable#releasableToAudience}. Unknown or caveated labels, and so unmarked features ({@code LOCAL /
 * UNMARKED}), are withheld from every audience. Without an audience (local use) everything is shown and the marking
 * says it is not releasable.
 *
 * <p>Immutable and thread-safe: the renderer may call it from its render threads.
 */
public final class AudienceFilter {
    private final Audience audience;
    private final PolicyTable table;
    private final String ourNodeId;

    private AudienceFilter(Audience audience, PolicyTable table, String ourNodeId) {
        this.audience = audience;
        this.table = Objects.requireNonNull(table, "table");
        this.ourNodeId = Objects.requireNonNull(ourNodeId, "ourNodeId");
    }

    /**
     * The filter for {@code audience} ({@code null} for local use).
     *
     * @param ourNodeId the picture's node id (a partner audience is not shown third-party data)
     */
    public static AudienceFilter of(Audience audience, PolicyTable table, String ourNodeId) {
        return new AudienceFilter(audience, table, ourNodeId);
    }

    /** The audience; empty for local use. */
    public Optional<Audience> audience() {
        return Optional.ofNullable(audience);
    }

    /**
     * Whether a feature with {@code label}, created by node {@code originNode}, may be shown, and why not.
     * For local use, always shown.
     */
    public ReleaseDecision decide(ReleaseLabel label, String originNode) {
        if (audience == null) {
            return ReleaseDecision.release();
        }
        if (audience.kind() == Audience.Kind.PARTNER) {
            return table.decide(label, originNode, audience.partner(), ourNodeId);
        }
        return table.releasableToAudience(label, audience.code());
    }

    /** Whether {@code feature} may be shown (its label and origin node). Tombstones are never shown. */
    public boolean shows(Feature feature) {
        return !feature.sync().deleted()
                && decide(feature.label(), feature.sync().origin()).releasable();
    }

    /** The marking of a slide showing features with these labels. */
    public Marking marking(Collection<ReleaseLabel> shownLabels) {
        return audience == null ? Marking.local(shownLabels, table) : Marking.forAudience(audience, shownLabels, table);
    }

    /**
     * Splits {@code features} (what the slide's layers, filter and time window select) into what the audience sees
     * and what is withheld, and computes the marking from what is seen.
     */
    public <F extends Feature> Shown<F> apply(Collection<F> features) {
        List<F> shown = new ArrayList<>();
        Set<ReleaseLabel> labels = new LinkedHashSet<>();
        Map<String, Integer> reasons = new TreeMap<>();
        for (F f : features) {
            if (f.sync().deleted()) {
                continue;
            }
            ReleaseDecision d = decide(f.label(), f.sync().origin());
            if (d.releasable()) {
                shown.add(f);
                labels.add(f.label());
            } else {
                reasons.merge(d.reason(), 1, Integer::sum);
            }
        }
        return new Shown<>(shown, reasons, marking(labels));
    }

    /**
     * What a slide shows an audience.
     *
     * @param features the features shown, in the order given
     * @param withheldReasons per reason, how many features were withheld for it
     * @param marking the banner, from the shown features' labels
     * @param <F> the feature type
     */
    public record Shown<F extends Feature>(List<F> features, Map<String, Integer> withheldReasons, Marking marking) {
        /** Copies the lists. */
        public Shown {
            features = List.copyOf(features);
            withheldReasons = Map.copyOf(withheldReasons);
        }

        /** How many features were withheld. */
        public int withheld() {
            return withheldReasons.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
