package org.paxmap.bundle.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paxmap.geojson.CanonicalJson;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;

/**
 * The root keys a picture trusts and the latest revocation list it verified from each. Kept in picture settings (no
 * table of their own): {@value #SETTING} holds the roots (canonical JSON array of {@code {"channels","holds","key",
 * "verifiedAt","verifiedBy"}}, {@code key} the root's public key file text), {@code root_revocations.<root kid>} the
 * latest revocation list (compact JWS, verified again when read). Stateless; call on the picture's writing thread to
 * change.
 */
public final class TrustedRoots {
    /** The picture setting holding the trusted roots. */
    public static final String SETTING = "trusted_roots";

    private static final String REVOCATIONS = "root_revocations.";

    private TrustedRoots() {}

    /** The roots {@code store} trusts, in the order they were added. */
    public static List<TrustedRoot> list(PictureStore store) throws TrustException, StoreException {
        Optional<String> text = store.setting(SETTING);
        if (text.isEmpty()) {
            return List.of();
        }
        String source = store.file() + ", setting " + SETTING;
        JsonPlace at = JsonPlace.of(source);
        List<TrustedRoot> out = new ArrayList<>();
        try {
            for (JsonNode n : StrictJson.MAPPER.readTree(text.get())) {
                if (!n.isObject()) {
                    throw new TrustException(source + ": damaged");
                }
                ObjectNode o = (ObjectNode) n;
                Map<String, String> channels = new LinkedHashMap<>();
                o.path("channels")
                        .properties()
                        .forEach(e -> channels.put(e.getKey(), e.getValue().asText()));
                out.add(new TrustedRoot(
                        PublicKeyFile.parse(StrictJson.text(o, "key", at), source),
                        StrictJson.text(o, "verifiedBy", at),
                        StrictJson.instant(o, "verifiedAt", at),
                        channels,
                        StrictJson.strings(o, "holds", at)));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new TrustException(source + ": damaged (" + e.getOriginalMessage() + ")", e);
        }
        return List.copyOf(out);
    }

    /** The trusted root with key {@code kid}, if there is one. */
    public static Optional<TrustedRoot> find(PictureStore store, String kid) throws TrustException, StoreException {
        return list(store).stream().filter(r -> r.kid().equals(kid)).findFirst();
    }

    /**
     * Trusts {@code root} (one transaction). A root marked TEST ONLY is refused in a picture not created as a sample
     * unless {@code allowTestKeys}.
     *
     * @throws TrustException if the root is trusted already, or is a TEST ONLY key
     */
    public static TrustedRoot add(PictureStore store, TrustedRoot root, boolean allowTestKeys)
            throws TrustException, StoreException {
        TestOnlyKeys.check(store, root.identity(), allowTestKeys, "a trusted root");
        List<TrustedRoot> roots = new ArrayList<>(list(store));
        if (roots.stream().anyMatch(r -> r.kid().equals(root.kid()))) {
            throw new TrustException("the root " + root.identity().nodeId() + " (" + root.kid() + ") is trusted"
                    + " already; nothing was changed");
        }
        roots.add(root);
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (TrustedRoot r : roots) {
            ObjectNode o = array.addObject();
            ObjectNode channels = o.putObject("channels");
            r.channels().forEach(channels::put);
            ArrayNode holds = o.putArray("holds");
            r.holds().forEach(holds::add);
            o.put("key", PublicKeyFile.toJson(r.identity()));
            o.put("verifiedAt", r.verifiedAt().toString());
            o.put("verifiedBy", r.verifiedBy());
        }
        store.putSetting(SETTING, CanonicalJson.string(array));
        return root;
    }

    /**
     * Trusts the root whose public key file is {@code rootFile} once {@code typedFingerprint} — what the root's holder
     * read out, spaces and hyphens ignored — is its whole fingerprint ({@link Fingerprint#confirmedInFull}: a root
     * vouches for every node it certifies, so all twelve groups are compared), checked before anything is trusted.
     * What {@code paxmap roots trust} and the window's "Trust a national root…" both do. One transaction.
     *
     * @throws TrustException if the file is not a root's public key file, the digits are not its whole fingerprint,
     *     or {@link #add} refuses it; nothing is changed then
     */
    public static TrustedRoot trust(
            PictureStore store,
            java.nio.file.Path rootFile,
            String typedFingerprint,
            String verifiedBy,
            Map<String, String> channels,
            List<String> holds,
            boolean allowTestKeys)
            throws TrustException, StoreException {
        NodeIdentity key = RootKeyFile.readPublic(rootFile);
        if (!key.fingerprint().confirmedInFull(typedFingerprint)) {
            throw new TrustException("the fingerprint digits given are not the whole fingerprint of " + rootFile
                    + " (root " + key.nodeId() + "): a root vouches for every node it certifies, so all twelve"
                    + " groups are compared; nothing was trusted. Compare again with the root's holder, by voice,"
                    + " before trusting it");
        }
        return add(store, new TrustedRoot(key, verifiedBy, java.time.Instant.now(), channels, holds), allowTestKeys);
    }

    /** The latest revocation list this picture verified from {@code root}, if any (verified again). */
    public static Optional<RootRevocations> revocations(PictureStore store, TrustedRoot root)
            throws TrustException, StoreException {
        Optional<String> text = store.setting(REVOCATIONS + root.kid());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(RootRevocations.read(
                text.get(), root.identity(), store.file() + ", setting " + REVOCATIONS + root.kid()));
    }

    /**
     * Records {@code list} — verified against its trusted root by the caller — if its version is above the one kept
     * (a replayed older list does nothing).
     *
     * @return whether it was recorded
     * @throws TrustException if the list would withdraw a revocation the kept one holds ({@link
     *     RootRevocations#requireSuccessorOf})
     */
    public static boolean record(PictureStore store, TrustedRoot root, RootRevocations list)
            throws TrustException, StoreException {
        Optional<Map.Entry<String, String>> setting = recording(store, root, list);
        if (setting.isEmpty()) {
            return false;
        }
        store.putSetting(setting.get().getKey(), setting.get().getValue());
        return true;
    }

    /**
     * The setting (key and value) that records {@code list} of {@code root}, for the caller to write with others in
     * one transaction; empty if it is not newer than the one kept.
     *
     * @throws TrustException if it withdraws a revocation the kept list made
     */
    static Optional<Map.Entry<String, String>> recording(PictureStore store, TrustedRoot root, RootRevocations list)
            throws TrustException, StoreException {
        Optional<RootRevocations> kept = revocations(store, root);
        if (list.version() <= kept.map(RootRevocations::version).orElse(0L)) {
            return Optional.empty();
        }
        list.requireSuccessorOf(kept.orElse(null), "the revocation list");
        return Optional.of(Map.entry(REVOCATIONS + root.kid(), list.compact()));
    }
}
