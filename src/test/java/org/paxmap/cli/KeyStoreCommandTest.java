package org.paxmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paxmap.cli.CliRun.ok;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.bytes.PrivateFiles;
import org.paxmap.testing.OutputTools;

/**
 * What the command line writes is its owner's alone (pictures, key backups, bundles: 0600; the key store folder 0700,
 * under the umask the tests run with, 022 on a usual system), and an older picture's key moves to the key store with
 * one notice on standard error, never repeated.
 */
@Tag("slow")
class KeyStoreCommandTest {
    @TempDir
    Path dir;

    private org.paxmap.testing.TemporaryKeyStore keyStore;

    @BeforeEach
    void ownKeyStore() {
        keyStore = new org.paxmap.testing.TemporaryKeyStore(dir.resolve("keys"));
    }

    @AfterEach
    void restoreKeyStore() {
        keyStore.close();
    }

    @Test
    void picturesKeyBackupsAndBundlesAreCreatedForTheirOwnerOnly() throws Exception {
        Assumptions.assumeTrue(PrivateFiles.posix(dir), "no POSIX permissions on " + dir);
        String umask = OutputTools.run("sh", "-c", "umask").trim();
        Path plainFile = Files.createFile(dir.resolve("plain.txt"));
        CliNodes nodes = CliNodes.create(dir.resolve("nodes"), false);
        Path backup = nodes.stick().resolve("fra-backup.json");
        ok("keys", "export-private", nodes.fra().toString(), "--out", backup.toString());
        Path bundle = nodes.exportEncrypted(nodes.fra(), "ITA-BN");

        assertThat(mode(nodes.fra())).as("picture, umask " + umask).isEqualTo("rw-------");
        assertThat(mode(backup)).as("key backup, umask " + umask).isEqualTo("rw-------");
        assertThat(mode(bundle)).as("bundle, umask " + umask).isEqualTo("rw-------");
        assertThat(mode(dir.resolve("keys"))).as("key store").isEqualTo("rwx------");
        try (var keyFiles = Files.list(dir.resolve("keys"))) {
            assertThat(keyFiles).hasSize(2).allSatisfy(f -> assertThat(mode(f)).isEqualTo("rw-------"));
        }
        if (!umask.endsWith("77")) {
            assertThat(mode(plainFile))
                    .as("a file made the ordinary way is readable by others")
                    .isNotEqualTo("rw-------");
        }
    }

    @Test
    void anOlderPicturesKeyMovesWithOneNotice() throws Exception {
        Path picture = dir.resolve("ita.gpkg");
        try (InputStream in =
                Objects.requireNonNull(getClass().getResourceAsStream("/trust/picture-v7-with-key.gpkg"))) {
            Files.copy(in, picture);
        }
        CliRun first = ok("keys", "show", picture.toString());
        assertThat(first.out()).contains("node:         ITA-BN");
        assertThat(first.err())
                .contains("The key of node ITA-BN was kept inside the picture")
                .contains("moved to your key store (" + dir.resolve("keys"));
        CliRun second = ok("keys", "show", picture.toString());
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.err()).as("told once").doesNotContain("key store");
    }

    @Test
    void passwdChangesThePassphraseAndKeepsTheKeys() throws Exception {
        Path picture = dir.resolve("fra.gpkg");
        Path old = Files.writeString(dir.resolve("old.txt"), "the old field passphrase\n");
        Path fresh = Files.writeString(dir.resolve("new.txt"), "a brand new field passphrase\n");
        Path shortOne = Files.writeString(dir.resolve("short.txt"), "too short\n");
        ok("init", picture.toString(), "--node", "FRA-HQ");
        ok(
                "keys",
                "init",
                picture.toString(),
                "--name",
                "French HQ",
                "--organisation",
                "FRA",
                "--passphrase-file",
                old.toString());
        String before = ok("keys", "show", picture.toString()).out();

        CliRun tooShort = CliRun.run(
                "keys",
                "passwd",
                picture.toString(),
                "--passphrase-file",
                old.toString(),
                "--new-passphrase-file",
                shortOne.toString());
        assertThat(tooShort.exit()).isEqualTo(1);
        assertThat(tooShort.err()).contains("the new passphrase is too short");
        CliRun wrongOld = CliRun.run(
                "keys",
                "passwd",
                picture.toString(),
                "--passphrase-file",
                fresh.toString(),
                "--new-passphrase-file",
                fresh.toString());
        assertThat(wrongOld.exit()).isEqualTo(1);
        assertThat(wrongOld.err()).contains("wrong passphrase");

        ok(
                "keys",
                "passwd",
                picture.toString(),
                "--passphrase-file",
                old.toString(),
                "--new-passphrase-file",
                fresh.toString());
        assertThat(CliRun.run("keys", "check", picture.toString(), "--passphrase-file", old.toString())
                        .err())
                .contains("wrong passphrase");
        ok("keys", "check", picture.toString(), "--passphrase-file", fresh.toString());
        ok(
                "keys",
                "export-age-identity",
                picture.toString(),
                "--out",
                dir.resolve("age.txt").toString(),
                "--passphrase-file",
                fresh.toString());
        assertThat(ok("keys", "show", picture.toString()).out())
                .as("same keys, same fingerprint")
                .isEqualTo(before);
    }

    private static String mode(Path file) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
