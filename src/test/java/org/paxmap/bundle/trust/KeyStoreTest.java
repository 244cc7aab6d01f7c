package org.paxmap.bundle.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.store.PictureStore;
import org.paxmap.testing.OutputTools;

/**
 * Keys out of the picture: a node key lives in the user's key store (folder 0700, files 0600), the picture only names
 * it, and an older picture that held its key gives it up to the key store leaving no key material behind. Runs with
 * the key store in a temporary folder, never the real home folder.
 */
class KeyStoreTest {
    /** The passphrase of the committed version-7 picture's key (TEST ONLY: published here). */
    private static final char[] V7_PASSPHRASE = "correct horse battery staple".toCharArray();

    @TempDir
    Path dir;

    private Path keys;
    private org.paxmap.testing.TemporaryKeyStore keyStore;

    @BeforeEach
    void ownKeyStore() {
        keys = dir.resolve("user-data").resolve("keys");
        keyStore = new org.paxmap.testing.TemporaryKeyStore(keys);
    }

    @AfterEach
    void restoreKeyStore() {
        keyStore.close();
    }

    @Test
    void theKeyStoreFollowsThePropertyThenTheEnvironmentThenXdgThenTheHomeFolder() {
        assertThat(NodeKeyStore.resolve("/p", Map.of(NodeKeyStore.ENV, "/e", "XDG_DATA_HOME", "/x"), "/h"))
                .isEqualTo(Path.of("/p"));
        assertThat(NodeKeyStore.resolve(null, Map.of(NodeKeyStore.ENV, "/e", "XDG_DATA_HOME", "/x"), "/h"))
                .isEqualTo(Path.of("/e"));
        assertThat(NodeKeyStore.resolve("", Map.of("XDG_DATA_HOME", "/x"), "/h"))
                .isEqualTo(Path.of("/x/paxmap/keys"));
        assertThat(NodeKeyStore.resolve(null, Map.of(), "/h")).isEqualTo(Path.of("/h/.local/share/paxmap/keys"));
        assertThat(NodeKeyStore.forUser().folder()).isEqualTo(keys.toAbsolutePath());
    }

    @Test
    void aNewKeyGoesToTheKeyStoreOwnerOnlyAndThePictureOnlyNamesIt() throws Exception {
        assumePosix();
        String umask = OutputTools.run("sh", "-c", "umask").trim();
        Path picture = dir.resolve("fra.gpkg");
        NodeIdentity id;
        try (PictureStore store = PictureStore.create(picture, "FRA-HQ")) {
            id = LocalIdentity.create(
                    store, "French HQ", "FRA", "a long passphrase".toCharArray(), EncryptedPrivateKey.MIN_ITERATIONS);
            assertThat(mode(picture)).as("picture under umask " + umask).isEqualTo("rw-------");
            Path wal = Path.of(picture + "-wal");
            Path shm = Path.of(picture + "-shm");
            assertThat(wal).exists();
            assertThat(mode(wal)).as("its write-ahead log").isEqualTo("rw-------");
            assertThat(mode(shm)).as("its shared-memory file").isEqualTo("rw-------");
            assertThat(store.setting(PictureStore.SETTING_NODE_KEY)).contains(id.kid());
            assertThat(LocalIdentity.unlock(store, "a long passphrase".toCharArray()))
                    .isNotNull();
        }
        Path keyFile = keys.resolve(id.kid() + NodeKeyStore.EXTENSION);
        assertThat(mode(keys)).as("key store folder under umask " + umask).isEqualTo("rwx------");
        assertThat(mode(keyFile)).as("key file").isEqualTo("rw-------");
        NodeKeyFile stored = NodeKeyFile.parse(Files.readString(keyFile), keyFile.toString());
        assertThat(stored.identity()).isEqualTo(id);
        String ciphertext =
                org.paxmap.bytes.Base64Url.encode(stored.signingKey().ciphertext());
        assertThat(latin1(picture))
                .as("the picture holds no private key")
                .doesNotContain(ciphertext)
                .doesNotContain(EncryptedPrivateKey.FORMAT);
    }

    @Test
    void anOlderPictureGivesItsKeyToTheKeyStoreOnceAndKeepsNoKeyMaterial() throws Exception {
        Path picture = dir.resolve("ita-v7.gpkg");
        Path publicFile = dir.resolve("ita.paxkey");
        copy("/trust/picture-v7-with-key.gpkg", picture);
        copy("/trust/ita.paxkey", publicFile);
        NodeIdentity expected = PublicKeyFile.read(publicFile);
        String envelopeBefore;
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + picture);
                var rs = c.createStatement().executeQuery("SELECT private_key FROM paxmap_identity")) {
            envelopeBefore = rs.getString(1);
        }
        String ciphertext =
                EncryptedPrivateKey.fromJson(envelopeBefore, "fixture").toJson();
        assertThat(latin1(picture)).as("the fixture does hold its key").contains(ciphertext.substring(40, 80));
        boolean gdal = OutputTools.onPath("ogrinfo");
        if (gdal) {
            assertThat(ogrinfoAllTables(picture))
                    .as("GDAL lists the key table before")
                    .contains("paxmap_identity");
        }

        try (PictureStore store = PictureStore.open(picture)) {
            String notice = LocalIdentity.moveOutOfPicture(store).orElseThrow();
            assertThat(notice)
                    .contains("ITA-BN")
                    .contains(keys.resolve(expected.kid() + NodeKeyStore.EXTENSION)
                            .toString());
            assertThat(LocalIdentity.moveOutOfPicture(store)).as("told once").isEmpty();
            assertThat(LocalIdentity.require(store)).isEqualTo(expected);
            assertThat(NodeKeys.matches(
                            LocalIdentity.unlock(store, V7_PASSPHRASE),
                            expected.key().toPublicKey()))
                    .isTrue();
        }
        for (Path file : new Path[] {picture, Path.of(picture + "-wal")}) {
            if (Files.exists(file)) {
                assertThat(latin1(file))
                        .as(file + " holds no key material")
                        .doesNotContain(ciphertext.substring(40, 80))
                        .doesNotContain(EncryptedPrivateKey.FORMAT)
                        .doesNotContain("PBKDF2WithHmacSHA256")
                        .doesNotContain("paxmap_identity");
            }
        }
        if (gdal) {
            assertThat(ogrinfoAllTables(picture)).doesNotContain("paxmap_identity");
        }
        try (PictureStore store = PictureStore.open(picture)) {
            assertThat(LocalIdentity.moveOutOfPicture(store)).isEmpty();
            assertThat(LocalIdentity.require(store).kid()).isEqualTo(expected.kid());
        }
    }

    @Test
    void aCopiedPictureWhoseKeyIsNotInThisKeyStoreSaysHowToRestoreIt() throws Exception {
        Path picture = dir.resolve("fra.gpkg");
        try (PictureStore store = PictureStore.create(picture, "FRA-HQ")) {
            LocalIdentity.create(
                    store, "French HQ", "FRA", "a long passphrase".toCharArray(), EncryptedPrivateKey.MIN_ITERATIONS);
        }
        System.setProperty(NodeKeyStore.PROPERTY, dir.resolve("another-user").toString());
        try (PictureStore store = PictureStore.open(picture)) {
            assertThatThrownBy(() -> LocalIdentity.require(store))
                    .isInstanceOf(TrustException.class)
                    .hasMessageContaining("is not in your key store " + dir.resolve("another-user"))
                    .hasMessageContaining("paxmap keys import");
        }
    }

    private static String ogrinfoAllTables(Path picture) throws Exception {
        return OutputTools.run("ogrinfo", "-ro", "-q", "-oo", "LIST_ALL_TABLES=YES", picture.toString());
    }

    private static void assumePosix() throws Exception {
        Assumptions.assumeTrue(
                org.paxmap.bytes.PrivateFiles.posix(Path.of(System.getProperty("java.io.tmpdir"))),
                "the temporary folder's file system has no POSIX permissions");
    }

    private static String mode(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private static String latin1(Path file) throws Exception {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    }

    private static void copy(String resource, Path target) throws Exception {
        try (InputStream in = Objects.requireNonNull(KeyStoreTest.class.getResourceAsStream(resource), resource)) {
            Files.copy(in, target);
        }
    }
}
