package org.paxmap.bundle.exchange;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.bundle.trust.LocalIdentity;
import org.paxmap.bundle.trust.NodeIdentity;
import org.paxmap.bundle.trust.TestKeys;
import org.paxmap.bundle.trust.TrustList;
import org.paxmap.geo.Wgs84;
import org.paxmap.model.AdmiraltyGrade;
import org.paxmap.model.Casualties;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.IncidentType;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.Severity;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.TimePrecision;
import org.paxmap.store.PictureStore;
import org.paxmap.testing.PlotFeatures;

/**
 * A test node: a real picture with its own identity (a real Ed25519 key under a passphrase), able to trust another
 * node and to send it bundles through a folder standing for a USB stick. Closes its store.
 */
final class ExchangeNode implements AutoCloseable {
    static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();
    static final Instant T0 = Instant.parse("2026-09-01T08:00:00Z");

    final PictureStore store;
    final NodeIdentity identity;
    final PrivateKey key;

    ExchangeNode(Path file, String nodeId, String organisation) throws Exception {
        store = PictureStore.create(file, nodeId);
        identity = TestKeys.create(store, nodeId + " staff", organisation, PASSPHRASE);
        key = LocalIdentity.unlock(store, PASSPHRASE);
    }

    /** Adds {@code other} as a partner whose channel carries {@code channels} (policy → highest classification). */
    void trust(ExchangeNode other, Map<String, String> channels) throws Exception {
        new TrustList(store).add(other.identity, "Maj. Test", T0, channels, List.of());
    }

    /** Trusts each other over EXERCISE and NATO up to NATO RESTRICTED. */
    static void pair(ExchangeNode a, ExchangeNode b) throws Exception {
        Map<String, String> channels = Map.of("EXERCISE", "UNCLASSIFIED", "NATO", "NATO RESTRICTED");
        a.trust(b, channels);
        b.trust(a, channels);
    }

    /** Exports everything changed for {@code to} into {@code stick} and returns the bundle file. */
    Path send(ExchangeNode to, Path stick, Manifest.SyncMode mode) throws Exception {
        BundleExport export = new BundleExport(store);
        return export.write(export.plan(to.store.nodeId(), mode), key, stick, BundleSealing.PLAIN)
                .file();
    }

    /** Exports everything for {@code to} into {@code stick}, encrypted to its key, and returns the bundle file. */
    Path sendSealed(ExchangeNode to, Path stick) throws Exception {
        BundleExport export = new BundleExport(store);
        return export.write(export.plan(to.store.nodeId(), Manifest.SyncMode.FULL), key, stick, BundleSealing.ENCRYPTED)
                .file();
    }

    /** Previews and applies {@code bundle}. */
    ImportResult receive(Path bundle) throws Exception {
        BundleImport importer = new BundleImport(store);
        return importer.apply(importer.preview(bundle));
    }

    /** This node as a bundle writer's sender: its identity and unlocked key. */
    org.paxmap.bundle.format.SenderIdentity sender() throws Exception {
        return new org.paxmap.bundle.format.SenderIdentity(
                identity.nodeId(),
                identity.name(),
                identity.organisation(),
                identity.kid(),
                key,
                identity.key().toPublicKey());
    }

    /** Saves a local edit of incident {@code id}: the same incident with another title. Returns the saved version. */
    Incident retitle(UUID id, String title) throws Exception {
        Incident i = (Incident) find(id);
        Incident edited = PlotFeatures.titled(i, title);
        return (Incident) store.saveAll(List.of(edited)).get(0);
    }

    Feature find(UUID id) throws Exception {
        return store.find(id).orElseThrow();
    }

    Incident incident(String title, ReleaseLabel label) {
        return PlotFeatures.incident(store.nodeId(), title, label);
    }

    /** {@code n} exercise incidents spread over southern Lebanon, for imports that take a while. */
    List<Incident> manyIncidents(int n) {
        List<Incident> out = new java.util.ArrayList<>(n);
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int i = 0; i < n; i++) {
            out.add(new Incident(
                    UUID.randomUUID(),
                    Wgs84.point(35.1 + random.nextDouble() * 0.6, 33.0 + random.nextDouble() * 0.4),
                    25,
                    T0.plusSeconds(i),
                    TimePrecision.EXACT,
                    IncidentType.IED_UXO_FIND,
                    Severity.HIGH,
                    "Incident " + i,
                    "Reported by patrol " + (i % 97),
                    Casualties.NONE,
                    "Patrol report",
                    AdmiraltyGrade.parse("B2"),
                    ReleaseLabel.exercise(identity.organisation()),
                    SyncMeta.newLocal(store.nodeId(), "analyst", T0)));
        }
        return out;
    }

    ThreatZone zone(String name, ReleaseLabel label) {
        return PlotFeatures.zone(store.nodeId(), name, label);
    }

    @Override
    public void close() {
        store.close();
    }
}
