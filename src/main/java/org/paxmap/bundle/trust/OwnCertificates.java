package org.paxmap.bundle.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paxmap.bytes.AtomicFile;
import org.paxmap.geojson.CanonicalJson;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;

/**
 * What this node carries from roots in every bundle it exports ({@code META-INF/certificates.json}): its own
 * certificates ({@code paxmap keys certificate}, setting {@value #CERTIFICATES}) and the roots' latest revocation
 * lists it was given or received ({@code paxmap roots revocations}, setting {@value #CARRIED}), all public. A
 * certificate and a revocation list travel as files of the same form: a JSON array of compact JWS ({@value
 * #EXTENSION}). Stateless; call on the picture's writing thread to change.
 */
public final class OwnCertificates {
    /** The picture setting holding this node's certificates. */
    public static final String CERTIFICATES = "own_certificates";
    /** The picture setting holding the revocation lists this node carries. */
    public static final String CARRIED = "carried_root_revocations";
    /** The extension of a certificate or revocation file. */
    public static final String EXTENSION = ".paxcert";

    private OwnCertificates() {}

    /** What the next bundle carries: the certificates of this node's current key, then the revocation lists. */
    public static List<String> carried(PictureStore store) throws TrustException, StoreException {
        String kid = LocalIdentity.require(store).kid();
        List<String> out = new ArrayList<>();
        for (String c : strings(store, CERTIFICATES)) {
            if (NodeCertificate.read(c, store.file() + ", setting " + CERTIFICATES)
                    .kid()
                    .equals(kid)) {
                out.add(c);
            }
        }
        out.addAll(strings(store, CARRIED));
        return List.copyOf(out);
    }

    /**
     * Takes this node's certificate from {@code file} (written by {@code paxmap root certify}): it must be for this
     * node's current key and id and — when this picture trusts its root — verify with that root's key, checked before
     * its payload is parsed (else receivers check it); an expired one is taken (the caller warns: receivers refuse bundles that come with it). Replaces an earlier certificate from the same root.
     *
     * @throws TrustException naming the file and why it is refused; nothing is changed then
     */
    public static NodeCertificate importCertificate(PictureStore store, Path file)
            throws TrustException, StoreException {
        NodeIdentity me = LocalIdentity.require(store);
        List<String> items = readFile(file);
        if (items.size() != 1 || !NodeCertificate.is(items.get(0))) {
            throw new TrustException(file + ": not a certificate file (one certificate from 'paxmap root certify')");
        }
        String compact = items.get(0);
        Optional<TrustedRoot> root = TrustedRoots.find(store, NodeCertificate.signerKid(compact, file.toString()));
        if (root.isPresent() && !NodeCertificate.signedBy(compact, root.get().identity(), file.toString())) {
            // checked before the payload is parsed: an altered certificate is refused for its signature
            throw new TrustException(file + ": the certificate does not verify with the "
                    + root.get().words()
                    + " key this picture trusts (altered, or not signed by that root); nothing was changed");
        }
        NodeCertificate c = NodeCertificate.read(compact, file.toString());
        if (!c.kid().equals(me.kid()) || !c.node().nodeId().equals(me.nodeId())) {
            throw new TrustException(
                    file + ": the certificate is for node " + c.node().nodeId() + ", key " + c.kid()
                            + ", not for this node " + me.nodeId() + ", key " + me.kid() + "; nothing was changed");
        }
        List<String> kept = new ArrayList<>();
        for (String s : strings(store, CERTIFICATES)) {
            NodeCertificate old = NodeCertificate.read(s, store.file() + ", setting " + CERTIFICATES);
            if (!old.rootKid().equals(c.rootKid()) && old.kid().equals(me.kid())) {
                kept.add(s);
            }
        }
        kept.add(c.compact());
        store.putSetting(CERTIFICATES, json(kept));
        return c;
    }

    /**
     * Carries {@code list} in the next bundles, in place of an older list of the same root; a list not newer than the
     * one carried does nothing.
     *
     * @return whether it is now carried
     */
    public static boolean carry(PictureStore store, RootRevocations list) throws TrustException, StoreException {
        Optional<String> carried = carrying(store, list);
        if (carried.isEmpty()) {
            return false;
        }
        store.putSetting(CARRIED, carried.get());
        return true;
    }

    // The carried lists' setting with list in place of its root's older one; empty if the one carried is not older.
    private static Optional<String> carrying(PictureStore store, RootRevocations list)
            throws TrustException, StoreException {
        List<String> kept = new ArrayList<>();
        for (String s : strings(store, CARRIED)) {
            RootRevocations old = RootRevocations.read(s, null, store.file() + ", setting " + CARRIED);
            if (old.rootKid().equals(list.rootKid())) {
                if (old.version() >= list.version()) {
                    return Optional.empty();
                }
            } else {
                kept.add(s);
            }
        }
        kept.add(list.compact());
        return Optional.of(json(kept));
    }

    /** What {@link #takeIn} did: whether the list was recorded as the root's newest, and carried. */
    public record TakenList(boolean recorded, boolean carried) {}

    /**
     * Records {@code list}, already verified against {@code root}, as the root's newest and carries it in the next
     * bundles (unless an older list than the one kept) — both in one transaction, so that a failure leaves neither.
     *
     * @throws TrustException if it withdraws a revocation the kept list made (nothing is changed)
     */
    public static TakenList takeIn(PictureStore store, TrustedRoot root, RootRevocations list)
            throws TrustException, StoreException {
        Optional<java.util.Map.Entry<String, String>> recorded = TrustedRoots.recording(store, root, list);
        // only the root's newest list travels on: one older than the list kept here is not carried
        boolean newest = recorded.isPresent()
                || TrustedRoots.revocations(store, root)
                                .map(RootRevocations::version)
                                .orElse(0L)
                        == list.version();
        Optional<String> carried = newest ? carrying(store, list) : Optional.empty();
        java.util.Map<String, String> writes = new java.util.LinkedHashMap<>();
        recorded.ifPresent(e -> writes.put(e.getKey(), e.getValue()));
        carried.ifPresent(v -> writes.put(CARRIED, v));
        store.putSettings(writes);
        return new TakenList(recorded.isPresent(), carried.isPresent());
    }

    /**
     * Takes in a root's revocation list from {@code file} ({@code paxmap root revoke --out}): verified against the
     * root this picture trusts, recorded, and carried in the next bundles. A list of a root not trusted here is
     * refused: its signature could not be checked, and carrying an unchecked list would let a forged one (with a
     * version no genuine list reaches) make every receiver refuse this node's bundles.
     *
     * @return what was done, in words
     * @throws TrustException if the file is not a revocation list, is of a root this picture does not trust, does not
     *     verify with it, or withdraws a revocation it made before; nothing is changed then
     */
    public static String importRevocations(PictureStore store, Path file) throws TrustException, StoreException {
        List<String> items = readFile(file);
        if (items.size() != 1 || !RootRevocations.is(items.get(0))) {
            throw new TrustException(file + ": not a revocation file (one list from 'paxmap root revoke')");
        }
        RootRevocations claimed = RootRevocations.read(items.get(0), null, file.toString());
        Optional<TrustedRoot> root = TrustedRoots.find(store, claimed.rootKid());
        if (root.isEmpty()) {
            throw new TrustException(file + ": the revocation list is of root key " + claimed.rootKid() + ", which"
                    + " this picture does not trust, so its signature cannot be checked; trust the root first"
                    + " ('paxmap roots trust', after comparing its fingerprint), then take in its list. Nothing was"
                    + " changed");
        }
        RootRevocations list = RootRevocations.read(items.get(0), root.get().identity(), file.toString());
        TakenList taken = takeIn(store, root.get(), list);
        String said = taken.recorded()
                ? "recorded revocation list " + list.version() + " of the "
                        + root.get().words()
                : "revocation list " + list.version() + " of the " + root.get().words()
                        + " is not newer than the one kept: nothing changed";
        return said + "; " + (taken.carried() ? "carried in the next bundles" : "already carried (not newer)");
    }

    /** Writes {@code items} as a certificate or revocation file (new, not replacing one). */
    public static void writeFile(Path file, List<String> items) throws IOException {
        byte[] bytes = (json(items) + "\n").getBytes(StandardCharsets.UTF_8);
        AtomicFile.writeNew(file, ".paxcert-", ".tmp", c -> c.write(java.nio.ByteBuffer.wrap(bytes)), true);
    }

    private static List<String> readFile(Path file) throws TrustException {
        String text;
        try {
            if (Files.size(file) > PublicKeyFile.MAX_BYTES) {
                throw new TrustException(file + ": too large for a certificate or revocation file");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new TrustException(file + ": no such file", e);
        } catch (IOException e) {
            throw new TrustException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return array(text, file.toString());
    }

    private static List<String> strings(PictureStore store, String setting) throws TrustException, StoreException {
        Optional<String> text = store.setting(setting);
        return text.isEmpty() ? List.of() : array(text.get(), store.file() + ", setting " + setting);
    }

    private static List<String> array(String text, String source) throws TrustException {
        JsonNode node;
        try {
            node = StrictJson.MAPPER.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new TrustException(source + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (node == null || !node.isArray()) {
            throw new TrustException(source + ": expected a JSON array of signed certificates or revocation lists");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode n : node) {
            if (!n.isTextual()) {
                throw new TrustException(source + ": item " + (out.size() + 1) + " is not a string");
            }
            out.add(n.textValue());
        }
        return out;
    }

    private static String json(List<String> items) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        items.forEach(array::add);
        return CanonicalJson.string(array);
    }
}
