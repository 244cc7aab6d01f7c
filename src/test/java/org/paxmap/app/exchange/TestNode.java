package org.paxmap.app.exchange;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.paxmap.bundle.exchange.BundleExport;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.bundle.trust.LocalIdentity;
import org.paxmap.bundle.trust.NodeIdentity;
import org.paxmap.bundle.trust.PublicKeyFile;
import org.paxmap.bundle.trust.TestKeys;
import org.paxmap.bundle.trust.TrustList;
import org.paxmap.model.Incident;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.ThreatZone;
import org.paxmap.store.PictureStore;
import org.paxmap.testing.HostileBundle;
import org.paxmap.testing.PlotFeatures;

/**
 * A real picture on disk for the dialog tests: optionally with a real identity (Ed25519 key under a passphrase), able to
 * trust another node, make features, and write real bundles into a folder standing for a USB stick. Closes its store.
 */
final class TestNode implements AutoCloseable {
    static final String PASSPHRASE = "correct horse battery staple";
    static final Instant T0 = Instant.parse("2026-09-01T08:00:00Z");
    static final Map<String, String> EXERCISE_CHANNEL = Map.of("EXERCISE", "UNCLASSIFIED");

    final PictureStore store;
    NodeIdentity identity;
    PrivateKey key;

    private TestNode(PictureStore store) {
        this.store = store;
    }

    /** A new picture of node {@code nodeId} without a key. */
    static TestNode withoutKey(Path file, String nodeId) throws Exception {
        return new TestNode(PictureStore.create(file, nodeId));
    }

    /** An existing picture with its key unlocked. */
    static TestNode open(Path file) throws Exception {
        TestNode node = new TestNode(PictureStore.open(file));
        node.identity = LocalIdentity.require(node.store);
        node.key = LocalIdentity.unlock(node.store, PASSPHRASE.toCharArray());
        return node;
    }

    /** A new picture of node {@code nodeId} with a key. */
    static TestNode withKey(Path file, String nodeId, String name, String organisation) throws Exception {
        TestNode node = withoutKey(file, nodeId);
        node.identity = TestKeys.create(node.store, name, organisation, PASSPHRASE.toCharArray());
        node.key = LocalIdentity.unlock(node.store, PASSPHRASE.toCharArray());
        return node;
    }

    /** Writes this node's public key file into {@code folder}. */
    Path keyFile(Path folder) throws Exception {
        Path file = folder.resolve(identity.nodeId() + PublicKeyFile.EXTENSION);
        PublicKeyFile.write(identity, file);
        return file;
    }

    /** Trusts {@code other} over the EXERCISE policy. */
    void trust(NodeIdentity other) throws Exception {
        new TrustList(store).add(other, "Maj. Test", T0, EXERCISE_CHANNEL, List.of());
    }

    /** Exports to {@code partner} into {@code stick} and returns the bundle. */
    Path send(String partner, Path stick, Manifest.SyncMode mode) throws Exception {
        BundleExport export = new BundleExport(store);
        return export.write(export.plan(partner, mode), key, stick, org.paxmap.bundle.exchange.BundleSealing.PLAIN)
                .file();
    }

    Incident incident(String title, ReleaseLabel label) {
        return PlotFeatures.incident(store.nodeId(), title, label);
    }

    ThreatZone zone(String name, ReleaseLabel label) {
        return PlotFeatures.zone(store.nodeId(), name, label);
    }

    /** The same incident with another title (a local edit once saved). */
    static Incident titled(Incident i, String title) {
        return PlotFeatures.titled(i, title);
    }

    /**
     * Copies the bundle {@code in} to {@code out} with one entry's text changed and the signature kept: what someone
     * altering the stick on the way would produce ({@link HostileBundle#alter}).
     */
    static void alter(Path in, Path out, String entryName, UnaryOperator<String> change) throws Exception {
        HostileBundle.alter(in, out, entryName, change);
    }

    @Override
    public void close() {
        store.close();
    }
}
