package org.paxmap.interop;

import java.time.Instant;
import org.paxmap.geojson.ImportOptions;

/**
 * What a read needs besides the file. Immutable.
 *
 * @param options node, user, the label for features without one, repair and skip-invalid
 * @param importTime when the import started (the time given to things that have none, with a warning)
 */
public record ImportContext(ImportOptions options, Instant importTime) {}
