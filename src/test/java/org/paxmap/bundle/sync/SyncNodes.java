package org.paxmap.bundle.sync;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.Severity;
import org.paxmap.model.ThreatZone;
import org.paxmap.store.ApplyResult;
import org.paxmap.store.IncomingBundle;
import org.paxmap.store.PictureStore;
import org.paxmap.testing.PlotFeatures;

/**
 * Test helpers: features, edits, and sending features from one picture to another without a zip. The two pictures
 * work as one team: each lets the other edit its features directly (edit right on), so that the sync mechanics —
 * updates, conflicts, merges — are what is tested; proposals have tests of their own.
 */
final class SyncNodes {
    static final Instant T0 = Instant.parse("2026-09-01T08:00:00Z");
    static final ReleaseLabel LABEL = ReleaseLabel.exercise("FRA");

    private SyncNodes() {}

    static Incident incident(String node, String title) {
        return PlotFeatures.incident(node, title, LABEL);
    }

    static ThreatZone zone(String node, String name) {
        return PlotFeatures.zone(node, name, LABEL);
    }

    static Incident titled(Incident i, String title) {
        return PlotFeatures.titled(i, title);
    }

    static Incident withSeverity(Incident i, Severity severity) {
        return new Incident(
                i.id(),
                i.location(),
                i.precisionMetres(),
                i.occurredAt(),
                i.timePrecision(),
                i.type(),
                severity,
                i.title(),
                i.description(),
                i.casualties(),
                i.source(),
                i.grade(),
                i.label(),
                i.sync());
    }

    static ThreatZone named(ThreatZone z, String name) {
        return PlotFeatures.named(z, name);
    }

    /** A bundle from {@code sender} with a fresh id. */
    static IncomingBundle bundle(String sender, long seq) {
        return new IncomingBundle(UUID.randomUUID().toString(), sender, "kid-" + sender, seq, "ab".repeat(32));
    }

    /** Previews {@code features} from {@code from}'s node into {@code to}. */
    static SyncPlan preview(PictureStore to, IncomingBundle bundle, List<? extends Feature> features) throws Exception {
        return new SyncEngine(to).preview(bundle, features, Set.of(), true);
    }

    /** Sends everything {@code from} changed since {@code to} last acknowledged, applies it, and acknowledges. */
    static ApplyResult send(PictureStore from, PictureStore to) throws Exception {
        long seq = from.lastExport(to.nodeId()).map(e -> e.streamSeq() + 1).orElse(1L);
        var selection = from.changesFor(to.nodeId());
        IncomingBundle bundle = bundle(from.nodeId(), seq);
        from.recordExport(new org.paxmap.store.ExportRecord(
                to.nodeId(), seq, bundle.bundleId(), bundle.manifestSha256(), selection.upToSeq(), Instant.now()));
        SyncEngine engine = new SyncEngine(to);
        ApplyResult result = engine.apply(engine.preview(bundle, selection.features(), Set.of(), true));
        from.acknowledge(to.nodeId(), seq);
        return result;
    }

    /** SHA-256 over every row of every table of the picture (virtual tables through their shadow tables). */
    static String checksum(Path file) throws Exception {
        return org.paxmap.store.StoreChecksum.of(file);
    }

    /** id → vector and hash of every feature, for comparing two pictures. */
    static java.util.Map<UUID, String> state(PictureStore store) throws Exception {
        java.util.Map<UUID, String> out = new java.util.TreeMap<>();
        for (Feature f : store.fullExport().features()) {
            out.put(
                    f.id(),
                    f.sync().versions() + " " + f.sync().contentSha256() + " "
                            + f.sync().deleted());
        }
        return out;
    }
}
