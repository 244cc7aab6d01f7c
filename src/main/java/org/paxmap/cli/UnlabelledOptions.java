package org.paxmap.cli;

import java.util.ArrayList;
import java.util.List;
import org.paxmap.interop.GeoJsonImport;
import org.paxmap.model.ReleaseLabel;
import picocli.CommandLine.Option;

/** The options of the import commands that say which label features without one get (fail closed by default). */
final class UnlabelledOptions {
    @Option(
            names = "--classification",
            paramLabel = "TEXT",
            description = "classification for features without a label (default: UNMARKED, never released)")
    String classification = "UNMARKED";

    @Option(
            names = "--policy",
            paramLabel = "NAME",
            description = "label policy for features without a label (default: " + GeoJsonImport.UNMARKED_POLICY + ")")
    String policy = GeoJsonImport.UNMARKED_POLICY;

    @Option(
            names = "--releasable-to",
            paramLabel = "CODES",
            split = ",",
            description = "releasability for features without a label, e.g. DEU,FRA (default: none)")
    List<String> releasableTo = new ArrayList<>();

    /** The label, originated by {@code nodeId}. */
    ReleaseLabel label(String nodeId) {
        return new ReleaseLabel(policy, classification, releasableTo, List.of(), nodeId);
    }
}
