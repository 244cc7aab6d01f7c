package org.paxmap.export;

import java.time.Instant;
import java.util.Objects;

/**
 * What a writer may say about the whole export. Immutable.
 *
 * @param title the picture's title (a KML document name, a GPX metadata name, a package name)
 * @param exportedAt when the export started (the CoT {@code time} of the events, the GPX metadata time)
 * @param audience who the export is for in words ({@code ITA}, {@code group NATO}), or {@code ""} for no audience
 * @param nodeId the exporting picture's node id
 */
public record ExportHeader(String title, Instant exportedAt, String audience, String nodeId) {
    /** Checks the values. */
    public ExportHeader {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(exportedAt, "exportedAt");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(nodeId, "nodeId");
    }
}
