package org.paxmap.bundle.exchange;

import java.util.Objects;
import org.paxmap.model.Feature;

/**
 * A feature an export leaves out, and why in words (e.g. "ITA is not within REL TO DEU, FRA"). Immutable.
 *
 * @param feature the feature withheld
 * @param reason why
 */
public record Withheld(Feature feature, String reason) {
    /** Checks presence. */
    public Withheld {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(reason, "reason");
    }

    /** One line for a report: layer, id, name and the reason. */
    public String describe() {
        return feature.layer().name().toLowerCase(java.util.Locale.ROOT) + " " + feature.id() + " '" + feature.name()
                + "': " + reason;
    }
}
