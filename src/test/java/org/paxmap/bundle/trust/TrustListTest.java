package org.paxmap.bundle.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.store.PictureStore;

/**
 * A node creates its key, adds partners whose fingerprints were verified, and resolves signers by kid — in real
 * pictures, reopened to prove it is all kept.
 */
class TrustListTest {
    @TempDir
    Path dir;

    static final char[] PASSPHRASE = "twelve chars or more".toCharArray();

    static NodeIdentity partnerKey(String nodeId, String organisation) {
        return new NodeIdentity(
                nodeId,
                nodeId + " HQ",
                organisation,
                PublicKeyJwk.of(NodeKeys.generate().getPublic()),
                Instant.now());
    }

    @Test
    void theNodeKeyIsCreatedOnceKeptInThePictureAndUnlocksOnlyWithItsPassphrase() throws Exception {
        Path file = dir.resolve("fra.gpkg");
        NodeIdentity created;
        try (PictureStore store = PictureStore.create(file, "FRA-HQ")) {
            created = LocalIdentity.create(store, "French HQ", "fra", PASSPHRASE, EncryptedPrivateKey.MIN_ITERATIONS);
            assertThat(created.nodeId()).isEqualTo("FRA-HQ");
            assertThat(created.organisation()).isEqualTo("FRA");
            assertThatThrownBy(() ->
                            LocalIdentity.create(store, "Again", "FRA", PASSPHRASE, EncryptedPrivateKey.MIN_ITERATIONS))
                    .isInstanceOf(TrustException.class)
                    .hasMessageContaining("already has a key for node FRA-HQ");
        }
        try (PictureStore store = PictureStore.open(file)) {
            assertThat(LocalIdentity.read(store)).contains(created);
            var key = LocalIdentity.unlock(store, PASSPHRASE);
            assertThat(NodeKeys.matches(key, created.key().toPublicKey())).isTrue();
            assertThatThrownBy(() -> LocalIdentity.unlock(store, "not the passphrase".toCharArray()))
                    .isInstanceOf(WrongPassphraseException.class)
                    .hasMessageStartingWith("wrong passphrase for the key of node FRA-HQ");
        }
    }

    @Test
    void aShortPassphraseOrAMissingKeyIsRefusedInWords() throws Exception {
        try (PictureStore store = PictureStore.create(dir.resolve("p.gpkg"), "N1")) {
            assertThatThrownBy(() -> LocalIdentity.create(
                            store, "N", "FRA", "short".toCharArray(), EncryptedPrivateKey.MIN_ITERATIONS))
                    .hasMessageContaining("at least 12 characters");
            assertThat(LocalIdentity.read(store)).isEmpty();
            assertThatThrownBy(() -> LocalIdentity.unlock(store, PASSPHRASE))
                    .isInstanceOf(TrustException.class)
                    .hasMessageContaining("has no key for node N1 yet")
                    .hasMessageContaining("paxmap keys init");
        }
    }

    @Test
    void partnersAreAddedSuspendedAndRemovedAndTheirKidsResolveToTheSender() throws Exception {
        Path file = dir.resolve("fra.gpkg");
        NodeIdentity italy = partnerKey("ITA-BDE", "ITA");
        NodeIdentity un = partnerKey("UNIFIL-HQ", "UN");
        Instant verified = Instant.parse("2026-11-20T10:00:00Z");
        try (PictureStore store = PictureStore.create(file, "FRA-HQ")) {
            TrustList trust = new TrustList(store);
            Partner added = trust.add(
                    italy, "Capt. Moreau", verified, Map.of("nato", "NATO RESTRICTED"), List.of("NATO", "UN"));
            assertThat(added.heldCodes()).containsExactly("ITA", "NATO", "UN");
            trust.add(un, "Capt. Moreau", verified, Map.of("UN", "UNCLASSIFIED"), List.of());
        }
        try (PictureStore store = PictureStore.open(file)) {
            TrustList trust = new TrustList(store);
            assertThat(trust.partners()).extracting(Partner::nodeId).containsExactly("ITA-BDE", "UNIFIL-HQ");
            Partner it = trust.partner("ITA-BDE").orElseThrow();
            assertThat(it.identity()).isEqualTo(italy);
            assertThat(it.verifiedBy()).isEqualTo("Capt. Moreau");
            assertThat(it.verifiedAt()).isEqualTo(verified);
            assertThat(it.channels()).isEqualTo(Map.of("NATO", "NATO RESTRICTED"));
            assertThat(it.status()).isEqualTo(PartnerStatus.ACTIVE);

            assertThat(trust.resolve(italy.kid())).contains(it);
            assertThat(trust.signer(italy.kid(), "ITA-BDE")).isEqualTo(it);
            assertThatThrownBy(() -> trust.signer(italy.kid(), "UNIFIL-HQ"))
                    .isInstanceOf(TrustException.class)
                    .hasMessageContaining("names sender UNIFIL-HQ but is signed with the key of partner ITA-BDE");
            String stranger = partnerKey("X", "DEU").kid();
            assertThatThrownBy(() -> trust.signer(stranger, "X"))
                    .hasMessageStartingWith("unknown signer: key " + stranger);

            trust.suspend("ITA-BDE");
            assertThat(trust.resolve(italy.kid())).isEmpty();
            assertThatThrownBy(() -> trust.signer(italy.kid(), "ITA-BDE")).hasMessageContaining("is suspended");
            assertThat(trust.partner("ITA-BDE").orElseThrow().status()).isEqualTo(PartnerStatus.SUSPENDED);
            trust.activate("ITA-BDE");
            assertThat(trust.resolve(italy.kid())).isPresent();

            trust.remove("UNIFIL-HQ");
            assertThat(trust.resolve(un.kid())).isEmpty();
            assertThatThrownBy(() -> trust.remove("UNIFIL-HQ"))
                    .hasMessageContaining("no partner with node id UNIFIL-HQ");
        }
    }

    @Test
    void aDuplicateNodeOrKeyOurOwnKeyAnUnverifiedKeyOrAnUnknownChannelIsRefused() throws Exception {
        try (PictureStore store = PictureStore.create(dir.resolve("fra.gpkg"), "FRA-HQ")) {
            NodeIdentity own =
                    LocalIdentity.create(store, "French HQ", "FRA", PASSPHRASE, EncryptedPrivateKey.MIN_ITERATIONS);
            TrustList trust = new TrustList(store);
            NodeIdentity italy = partnerKey("ITA-BDE", "ITA");
            Instant now = Instant.now();
            trust.add(italy, "Lt. Rossi", now, Map.of(), List.of());

            NodeIdentity sameNode = partnerKey("ITA-BDE", "ITA");
            assertThatThrownBy(() -> trust.add(sameNode, "Lt. Rossi", now, Map.of(), List.of()))
                    .hasMessageContaining("node ITA-BDE is already a partner");
            NodeIdentity sameKey = new NodeIdentity("ITA-2", "Other", "ITA", italy.key(), now);
            assertThatThrownBy(() -> trust.add(sameKey, "Lt. Rossi", now, Map.of(), List.of()))
                    .hasMessageContaining("already the key of partner ITA-BDE");
            NodeIdentity ourKey = new NodeIdentity("FRA-2", "Us", "FRA", own.key(), now);
            assertThatThrownBy(() -> trust.add(ourKey, "Lt. Rossi", now, Map.of(), List.of()))
                    .hasMessageContaining("this node's own key");
            NodeIdentity ourNode = partnerKey("FRA-HQ", "FRA");
            assertThatThrownBy(() -> trust.add(ourNode, "Lt. Rossi", now, Map.of(), List.of()))
                    .hasMessageContaining("this picture's own node id");
            NodeIdentity spain = partnerKey("ESP-BN", "ESP");
            assertThatThrownBy(() -> trust.add(spain, " ", now, Map.of(), List.of()))
                    .hasMessageContaining("verifiedBy")
                    .hasMessageContaining("required");
            assertThatThrownBy(() -> trust.add(spain, "Lt. Rossi", now, Map.of("NATO", "TOP SECRET"), List.of()))
                    .hasMessageContaining("policy NATO has no classification TOP SECRET");
            assertThatThrownBy(() -> trust.add(spain, "Lt. Rossi", now, Map.of("ESP", "DIFUSION LIMITADA"), List.of()))
                    .hasMessageContaining("channel policy ESP is not in the policy table");
            assertThat(trust.partners()).extracting(Partner::nodeId).containsExactly("ITA-BDE");
        }
    }
}
