package org.paxmap.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.paxmap.brief.AudienceFilter;
import org.paxmap.bundle.trust.ReleaseDecision;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;
import org.paxmap.model.ReleaseLabel;

/**
 * One export's pages through the release decision into a writer, counting what was written, not carried and
 * withheld (by reason). Tombstones are never written. One thread.
 */
final class ExportTally {
    private final AudienceFilter filter;
    private final FeatureWriter writer;
    private final Map<Layer, Integer> written = new EnumMap<>(Layer.class);
    private final Map<Layer, Integer> notCarried = new EnumMap<>(Layer.class);
    private final Map<String, Integer> withheld = new TreeMap<>();
    private final Set<ReleaseLabel> labels = new LinkedHashSet<>();

    ExportTally(AudienceFilter filter, FeatureWriter writer) {
        this.filter = filter;
        this.writer = writer;
    }

    /** Takes one page of the scan. */
    void page(List<Feature> features) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new IOException("the export was cancelled");
        }
        for (Feature f : features) {
            if (f.sync().deleted()) {
                continue;
            }
            ReleaseDecision d = filter.decide(f.label(), f.sync().origin());
            if (!d.releasable()) {
                withheld.merge(d.reason(), 1, Integer::sum);
            } else if (writer.write(f)) {
                written.merge(f.layer(), 1, Integer::sum);
                labels.add(f.label());
            } else {
                notCarried.merge(f.layer(), 1, Integer::sum);
            }
        }
    }

    /** The report of what went through. */
    ExportReport report(ExportFormat format, Path target, String audience) {
        return new ExportReport(format, target, audience, written, notCarried, withheld, labels);
    }
}
