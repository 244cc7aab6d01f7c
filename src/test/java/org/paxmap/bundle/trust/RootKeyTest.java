package org.paxmap.bundle.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.store.PictureStore;

/**
 * The root key file and trusting a root, with real keys and files: a wrong passphrase signs nothing and leaves the
 * file as it was; a TEST ONLY node is not certified and a TEST ONLY root is not trusted by a real picture; a node's
 * key file is not a root's (nor the other way round); a root is trusted once; an altered revocation list in the root
 * file is refused by name; a certificate and a revocation list survive their wire form.
 */
class RootKeyTest {
    static final char[] PASS = "a root passphrase long enough".toCharArray();

    @TempDir
    Path dir;

    private NodeIdentity node(String nodeId, String name) {
        return new NodeIdentity(
                nodeId, name, "FRA", PublicKeyJwk.of(NodeKeys.generate().getPublic()), Instant.now());
    }

    private Path root() throws Exception {
        Path file = dir.resolve("fra-root.key");
        RootAuthority.init(file, "fra", "French national root", PASS, EncryptedPrivateKey.MIN_ITERATIONS);
        return file;
    }

    @Test
    void aWrongPassphraseSignsNothingAndTheFileStaysAsItWas() throws Exception {
        Path file = root();
        byte[] before = Files.readAllBytes(file);
        assertThat(RootKeyFile.read(file).identity().nodeId()).isEqualTo("FRA-ROOT");
        assertThatThrownBy(() -> RootAuthority.revoke(
                        file, "not the passphrase at all".toCharArray(), null, null, Instant.now()))
                .isInstanceOf(WrongPassphraseException.class)
                .hasMessage("wrong passphrase for the key of node FRA-ROOT (or its encrypted private key was altered);"
                        + " nothing was signed");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThatThrownBy(() -> RootAuthority.init(file, "FRA", "again", PASS))
                .hasMessage(file + " exists: a root key is made once; nothing was written");
        assertThatThrownBy(() -> RootAuthority.init(dir.resolve("short.key"), "FRA", "x", "short".toCharArray()))
                .hasMessageContaining("the passphrase is too short");
    }

    @Test
    void certificatesAndRevocationListsSurviveTheirWireFormAndAnAlteredListInTheRootFileIsRefused() throws Exception {
        Path file = root();
        NodeIdentity root = RootKeyFile.read(file).identity();
        NodeIdentity hq = node("FRA-HQ", "French HQ");
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        NodeCertificate c = RootAuthority.certify(file, PASS, hq, from, from.plus(Duration.ofDays(10)));
        NodeCertificate read = NodeCertificate.read(c.compact(), "certificate");
        assertThat(read).isEqualTo(c);
        assertThat(read.verifiedBy(root)).isTrue();
        assertThat(read.validAt(from.plus(Duration.ofDays(11)))).isFalse();
        assertThatThrownBy(() -> RootAuthority.certify(file, PASS, hq, from, from))
                .hasMessageContaining("before it begins");

        RootRevocations list = RootAuthority.revoke(file, PASS, hq.kid(), "FRA-HQ", from);
        assertThat(RootRevocations.read(list.compact(), root, "list")).isEqualTo(list);
        assertThat(list.revoked(hq.kid())).contains(from);
        String text = Files.readString(file);
        Files.writeString(file, text.replace(list.compact(), signatureFlipped(list.compact())));
        assertThatThrownBy(() -> RootKeyFile.read(file))
                .hasMessageContaining(file + ", revocations")
                .hasMessageContaining("does not verify with the root key " + root.kid());
    }

    /** The compact JWS with one character in the middle of its signature changed: still valid base64url. */
    private static String signatureFlipped(String compact) {
        String[] parts = compact.split("\\.");
        assertThat(parts).hasSize(3);
        char[] signature = parts[2].toCharArray();
        int middle = signature.length / 2;
        signature[middle] = signature[middle] == 'A' ? 'B' : 'A';
        return parts[0] + "." + parts[1] + "." + new String(signature);
    }

    @Test
    void testOnlyKeysAndNodeKeyFilesAreNotRootsAndARootIsTrustedOnce() throws Exception {
        Path file = root();
        assertThatThrownBy(() -> RootAuthority.certify(
                        file, PASS, node("FRA-TEST", "TEST ONLY laptop"), Instant.now(), Instant.MAX))
                .hasMessageContaining("is marked TEST ONLY");

        Path paxkey = dir.resolve("hq.paxkey");
        PublicKeyFile.write(node("FRA-HQ", "French HQ"), paxkey);
        assertThatThrownBy(() -> RootKeyFile.readPublic(paxkey))
                .hasMessage(paxkey + ": not a root's public key file (format 'paxmap-public-key/1', expected"
                        + " 'paxmap-root-public-key/1': the .paxroot file 'paxmap root export' writes)");
        Path paxroot = dir.resolve("fra.paxroot");
        NodeIdentity root = RootKeyFile.read(file).identity();
        Files.writeString(paxroot, RootKeyFile.publicJson(root));
        assertThatThrownBy(() -> PublicKeyFile.read(paxroot)).hasMessageContaining("paxmap-root-public-key/1");

        try (PictureStore store = PictureStore.create(dir.resolve("ita.gpkg"), "ITA-BN")) {
            TrustedRoot trusted = new TrustedRoot(
                    RootKeyFile.readPublic(paxroot),
                    "Col. Rossi",
                    Instant.now(),
                    Map.of("EXERCISE", "UNCLASSIFIED"),
                    List.of("NATO"));
            TrustedRoots.add(store, trusted, false);
            assertThat(TrustedRoots.list(store)).containsExactly(trusted);
            assertThatThrownBy(() -> TrustedRoots.add(store, trusted, false))
                    .hasMessageContaining("is trusted already");
            NodeIdentity testRoot = node("XYZ-ROOT", "TEST ONLY root");
            assertThatThrownBy(() -> TrustedRoots.add(
                            store, new TrustedRoot(testRoot, "me", Instant.now(), Map.of(), List.of()), false))
                    .hasMessageContaining("is marked TEST ONLY");
            assertThat(TrustedRoots.list(store)).hasSize(1);
        }
    }
}
