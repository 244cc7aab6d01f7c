package org.paxmap.bundle.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.store.ExportRecord;
import org.paxmap.store.ImportRecord;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;
import org.paxmap.store.StreamPosition;

/**
 * The rules of a sender's stream of bundles to this node, and of its acknowledgements of ours. Reads the picture, writes
 * nothing. Not thread-safe (one import at a time, like {@link BundleImport}).
 *
 * <p>Refused ({@link ExchangeException}, nothing imported):
 *
 * <ul>
 *   <li><b>equivocation</b> — a bundle whose sequence number on the sender's stream is that of a different bundle
 *       already imported from it, or whose "previous manifest" is not the manifest of the bundle imported here with
 *       the sequence number before it: the sender (or someone with its key) made two different bundles with one
 *       number, and the two pictures it fed may differ;
 *   <li><b>replay</b> — a bundle that is a bundle already imported from the sender with only its bundle id changed
 *       (its manifest with the earlier id is byte for byte the earlier manifest).
 * </ul>
 *
 * <p>Warned (the merge stays safe): bundles that never arrived (a gap), a bundle arriving after a later one, and an
 * acknowledgement that names a bundle this picture never sent to the sender — by sequence number and bundle id — which
 * is ignored: it does not move our export cursor.
 */
final class StreamRules {
    private final PictureStore store;

    StreamRules(PictureStore store) {
        this.store = store;
    }

    /**
     * Refuses equivocation and replay, and returns the warnings about the stream and the acknowledgement.
     *
     * @param sequence the bundle's sequence number on the sender's stream to this node
     */
    List<String> check(Path file, Manifest manifest, String sender, long sequence)
            throws ExchangeException, StoreException {
        Optional<ImportRecord> sameNumber = store.importedBundle(sender, sequence);
        if (sameNumber.isPresent()
                && !sameNumber.get().bundleId().equals(manifest.bundleId().toString())) {
            ImportRecord earlier = sameNumber.get();
            if (withId(manifest, earlier.bundleId()).sha256().equals(earlier.manifestSha256())) {
                throw new ExchangeException(
                        ExchangeRefusal.REPLAY,
                        file + ": replay: this is bundle " + sequence + " from " + sender + " (" + earlier.bundleId()
                                + ", imported " + earlier.importedAt() + ") again under the new id "
                                + manifest.bundleId() + "; nothing was imported.");
            }
            throw equivocation(
                    file,
                    sender,
                    sequence,
                    "this bundle " + manifest.bundleId() + " carries sequence number " + sequence + ", which bundle "
                            + earlier.bundleId() + " (imported " + earlier.importedAt() + ") already carried");
        }
        String previous = manifest.stream().get(store.nodeId()).previousManifestSha256();
        Optional<ImportRecord> before = store.importedBundle(sender, sequence - 1);
        if (previous != null
                && before.isPresent()
                && !previous.equals(before.get().manifestSha256())) {
            throw equivocation(
                    file,
                    sender,
                    sequence - 1,
                    "this bundle " + sequence + " follows a bundle " + (sequence - 1) + " other than the one imported"
                            + " here (" + before.get().bundleId() + ")");
        }
        List<String> warnings = new ArrayList<>(gaps(sender, sequence));
        Manifest.Acknowledgement ack = manifest.sync().acknowledgements().get(store.nodeId());
        if (ack != null && !acknowledgesOurs(sender, ack)) {
            warnings.add(sender + " acknowledges our bundle " + ack.sequence() + " (" + ack.bundleId()
                    + "), which this picture never sent to it; the acknowledgement is ignored and our next export to"
                    + " it starts where it did");
        }
        return warnings;
    }

    /** Whether {@code ack} names, by sequence number and bundle id, a bundle this picture exported to {@code sender}. */
    boolean acknowledgesOurs(String sender, Manifest.Acknowledgement ack) throws StoreException {
        Optional<ExportRecord> sent = store.exportedBundle(sender, ack.sequence());
        return sent.isPresent() && sent.get().bundleId().equals(ack.bundleId().toString());
    }

    /** Bundles that never arrived, or a bundle arriving after a later one. */
    private List<String> gaps(String sender, long sequence) throws StoreException {
        long last = store.streamPosition(sender).map(StreamPosition::lastSeq).orElse(0L);
        if (sequence > last + 1) {
            return List.of("bundle" + (sequence - last > 2 ? "s " + (last + 1) + "–" : " ") + (sequence - 1) + " from "
                    + sender + " never arrived (possible lost media); this is bundle " + sequence);
        }
        if (sequence <= last) {
            return List.of("bundle " + sequence + " from " + sender + " arrives after bundle " + last
                    + "; nothing in it rolls newer data back");
        }
        return List.of();
    }

    private static ExchangeException equivocation(Path file, String sender, long sequence, String detail) {
        return new ExchangeException(
                ExchangeRefusal.EQUIVOCATION,
                file + ": equivocation: " + sender + " made two different bundles " + sequence + " on its stream to"
                        + " this node (" + detail + "); its key may be misused or its picture restored from a backup;"
                        + " ask " + sender + " before importing anything from it; nothing was imported.");
    }

    /** {@code m} with the bundle id {@code id}. */
    private static Manifest withId(Manifest m, String id) {
        return new Manifest(
                m.format(),
                UUID.fromString(id),
                m.createdAt(),
                m.sender(),
                m.recipients(),
                m.stream(),
                m.sync(),
                m.label(),
                m.contents());
    }
}
