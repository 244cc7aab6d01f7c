package org.paxmap.bundle.exchange;

import java.nio.file.Path;
import org.paxmap.bundle.format.Manifest;

/**
 * A bundle written, verified and recorded: where it is, its manifest, and the plan it carried out. Immutable.
 *
 * @param file the bundle file
 * @param manifest its signed manifest
 * @param plan what went and what was withheld
 * @param encrypted whether the file is encrypted to the partner ({@link BundleSealing#ENCRYPTED})
 */
public record ExportResult(Path file, Manifest manifest, ExportPlan plan, boolean encrypted) {}
