package org.paxmap.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.model.Layer;

/**
 * What a picture holds, for {@code paxmap info} and the window's status bar. Immutable.
 *
 * @param file the picture file
 * @param title the picture's title (a setting), e.g. "EXERCISE — South Lebanon"
 * @param nodeId the local node id
 * @param schemaVersion the store schema version
 * @param counts live (not deleted) features per layer, every layer present
 * @param tombstones deleted features per layer, every layer present
 * @param extent the envelope of all live features, or an empty envelope if none
 * @param earliest the earliest incident time or route/zone start, or {@code null} if the picture is empty
 * @param latest the latest incident time or route/zone end, or {@code null} if the picture is empty
 */
public record PictureSummary(
        Path file,
        String title,
        String nodeId,
        int schemaVersion,
        Map<Layer, Long> counts,
        Map<Layer, Long> tombstones,
        Envelope extent,
        Instant earliest,
        Instant latest) {

    /** Copies the maps and envelope. */
    public PictureSummary {
        counts = Map.copyOf(counts);
        tombstones = Map.copyOf(tombstones);
        extent = new Envelope(extent);
    }

    /** Live features in all layers. */
    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
