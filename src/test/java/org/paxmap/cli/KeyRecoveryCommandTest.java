package org.paxmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paxmap.cli.CliRun.ok;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.store.StoreChecksum;
import org.paxmap.testing.TemporaryKeyStore;

/**
 * The published TEST ONLY sample keys are refused by a real picture (as its key and as a partner) unless the user
 * says {@code --allow-test-keys}; and {@code keys import --replace} restores a node from its backup over a damaged key
 * store file or a damaged identity kept inside an older picture.
 */
@Tag("slow")
class KeyRecoveryCommandTest {
    private static final Path SAMPLES = Path.of("samples", "partners");

    @TempDir
    Path dir;

    private TemporaryKeyStore keyStore;
    private Path pass;

    @BeforeEach
    void ownKeyStore() throws Exception {
        keyStore = new TemporaryKeyStore(dir.resolve("keys"));
        pass = Files.setPosixFilePermissions(
                Files.writeString(dir.resolve("pass.txt"), "a passphrase for the field\n"),
                PosixFilePermissions.fromString("rw-------"));
    }

    @AfterEach
    void restoreKeyStore() {
        keyStore.close();
    }

    /** A picture {@code name.gpkg} of node {@code node} with a new key under the passphrase in {@code pass}. */
    private Path nodeWithKey(String name, String node, String title, String organisation) {
        Path picture = dir.resolve(name + ".gpkg");
        ok("init", picture.toString(), "--node", node);
        ok(
                "keys",
                "init",
                picture.toString(),
                "--name",
                title,
                "--organisation",
                organisation,
                "--passphrase-file",
                pass.toString());
        return picture;
    }

    private static String[] importSample(Path picture, String... extra) {
        String[] base = {
            "keys",
            "import",
            picture.toString(),
            "--public",
            SAMPLES.resolve("fra-hq/fra-hq.paxkey").toString(),
            "--private",
            SAMPLES.resolve("fra-hq/fra-hq.private-key.json").toString(),
            "--passphrase-file",
            SAMPLES.resolve("TEST-ONLY-passphrase.txt").toString()
        };
        String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test
    void theTestOnlySampleKeyIsRefusedAsThisNodesKeyInARealPictureUnlessAllowed() throws Exception {
        Path real = dir.resolve("real.gpkg");
        ok("init", real.toString(), "--node", "FRA-HQ");
        String before = StoreChecksum.of(real);
        CliRun refused = CliRun.run(importSample(real));
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err())
                .contains("paxmap: refused: the key of FRA-HQ (Y2iYY3v3MYaBuERNcaqxSgh8IGBtFI2dqOK26h3zB7I) is"
                        + " marked TEST ONLY (its passphrase is published: anyone can sign as it) and " + real
                        + " was not created as a sample; nothing was changed.")
                .contains("--allow-test-keys");
        assertThat(StoreChecksum.of(real)).as("every row").isEqualTo(before);
        assertThat(dir.resolve("keys/Y2iYY3v3MYaBuERNcaqxSgh8IGBtFI2dqOK26h3zB7I.paxnode"))
                .as("nothing in the key store")
                .doesNotExist();

        ok(importSample(real, "--allow-test-keys"));
        ok(
                "keys",
                "check",
                real.toString(),
                "--passphrase-file",
                SAMPLES.resolve("TEST-ONLY-passphrase.txt").toString());
    }

    @Test
    void theTestOnlySampleKeyIsRefusedAsAPartnerOfARealPictureUnlessAllowed() throws Exception {
        Path ita = nodeWithKey("ita", "ITA-BN", "Italian battalion", "ITA");
        Path key = SAMPLES.resolve("fra-hq/fra-hq.paxkey");
        String[] add = {
            "partners",
            "add",
            ita.toString(),
            key.toString(),
            "--fingerprint",
            CliNodes.fingerprint(key),
            "--verified-by",
            "Cap. Rossi",
            "--channel",
            "EXERCISE=UNCLASSIFIED"
        };
        String before = StoreChecksum.of(ita);
        CliRun refused = CliRun.run(add);
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("is marked TEST ONLY").contains("It cannot be a partner of a real picture");
        assertThat(StoreChecksum.of(ita)).as("every row").isEqualTo(before);
        assertThat(CliRun.run("partners", "list", ita.toString()).out()).contains("no partners");

        String[] allowed = java.util.Arrays.copyOf(add, add.length + 1);
        allowed[add.length] = "--allow-test-keys";
        assertThat(ok(allowed).out()).contains("added partner FRA-HQ");
    }

    @Test
    void importReplaceRestoresANodeOverADamagedKeyStoreFile() throws Exception {
        Path fra = nodeWithKey("fra", "FRA-HQ", "French HQ", "FRA");
        Path backup = dir.resolve("fra-backup.json");
        Path publicFile = dir.resolve("fra.paxkey");
        ok("keys", "export-private", fra.toString(), "--out", backup.toString());
        ok("keys", "export-public", fra.toString(), "--out", publicFile.toString());
        Path keyFile;
        try (var files = Files.list(dir.resolve("keys"))) {
            keyFile = files.filter(f -> f.toString().endsWith(".paxnode"))
                    .findFirst()
                    .orElseThrow();
        }
        Files.writeString(keyFile, "{\"format\":\"paxmap-node-key/1\", damaged by a disk error");
        CliRun broken = CliRun.run("keys", "check", fra.toString(), "--passphrase-file", pass.toString());
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.err()).contains(keyFile.toString());

        String[] restore = {
            "keys",
            "import",
            fra.toString(),
            "--public",
            publicFile.toString(),
            "--private",
            backup.toString(),
            "--passphrase-file",
            pass.toString()
        };
        assertThat(CliRun.run(restore).exit())
                .as("without --replace the damaged store blocks the import")
                .isEqualTo(1);
        String[] replace = java.util.Arrays.copyOf(restore, restore.length + 1);
        replace[restore.length] = "--replace";
        assertThat(ok(replace).out())
                .contains("restored the key file " + keyFile)
                .contains("restored the key of node FRA-HQ from its backup");
        ok("keys", "check", fra.toString(), "--passphrase-file", pass.toString());
        assertThat(Files.readString(keyFile)).startsWith("{");
    }

    @Test
    void importReplaceRestoresANodeOverADamagedIdentityInsideAnOlderPicture() throws Exception {
        Path picture = dir.resolve("ita-v7.gpkg");
        Files.copy(
                Path.of("src/test/resources/trust/picture-v7-with-key.gpkg"),
                picture,
                StandardCopyOption.REPLACE_EXISTING);
        Path publicFile = Path.of("src/test/resources/trust/ita.paxkey");
        Path backup = dir.resolve("ita-backup.json");
        Path v7pass = Files.setPosixFilePermissions(
                Files.writeString(dir.resolve("v7.txt"), "correct horse battery staple\n"),
                PosixFilePermissions.fromString("rw-------"));
        String envelope;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + picture);
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT private_key FROM paxmap_identity")) {
                envelope = rs.getString(1);
            }
            s.execute("UPDATE paxmap_identity SET public_key = 'not a key at all'");
        }
        Files.writeString(backup, envelope);
        CliRun blocked = CliRun.run("keys", "show", picture.toString());
        assertThat(blocked.exit()).isEqualTo(1);
        assertThat(blocked.err()).contains("paxmap_identity is damaged");

        assertThat(ok(
                                "keys",
                                "import",
                                picture.toString(),
                                "--public",
                                publicFile.toString(),
                                "--private",
                                backup.toString(),
                                "--passphrase-file",
                                v7pass.toString(),
                                "--replace")
                        .out())
                .contains("removed the identity kept inside the picture")
                .contains("restored the key of node ITA-BN from its backup");
        ok("keys", "check", picture.toString(), "--passphrase-file", v7pass.toString());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + picture);
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'paxmap_identity'")) {
            assertThat(rs.getInt(1)).as("no identity table left").isZero();
        }
        String bytes = new String(Files.readAllBytes(picture), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(bytes)
                .doesNotContain(
                        envelope.substring(envelope.indexOf("ciphertext") + 13, envelope.indexOf("ciphertext") + 53));
    }
}
