package org.paxmap.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import org.paxmap.brief.AudienceFilter;
import org.paxmap.bundle.trust.ReleaseDecision;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.Cancellation;

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
    private final Cancellation cancellation;
    private final LongConsumer progress;
    private long done;

    /**
     * @param cancellation stops the export at the next page or check (any thread may cancel it)
     * @param progress told, after each page, how many live features have gone through so far
     */
    ExportTally(AudienceFilter filter, FeatureWriter writer, Cancellation cancellation, LongConsumer progress) {
        this.filter = filter;
        this.writer = writer;
        this.cancellation = cancellation;
        this.progress = progress;
    }

    /** Takes one page of the scan. */
    void page(List<Feature> features) throws IOException {
        check();
        for (Feature f : features) {
            if (f.sync().deleted()) {
                continue;
            }
            done++;
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
        progress.accept(done);
    }

    /** Throws {@link Cancelled} if the export was cancelled or its thread interrupted. */
    void check() throws Cancelled {
        if (cancellation.requested() || Thread.currentThread().isInterrupted()) {
            throw new Cancelled();
        }
    }

    /** The export was cancelled: carried out of the scan as an I/O failure, told apart by its type. */
    static final class Cancelled extends IOException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("the export was cancelled");
        }
    }

    /** The report of what went through. */
    ExportReport report(ExportFormat format, Path target, String audience, List<Path> files) {
        return new ExportReport(format, target, audience, written, notCarried, withheld, labels, files);
    }
}
