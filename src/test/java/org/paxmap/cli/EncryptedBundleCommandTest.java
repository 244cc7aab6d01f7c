package org.paxmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paxmap.cli.CliRun.ok;
import static org.paxmap.cli.CliRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.testing.OutputTools;
import org.paxmap.testing.TemporaryKeyStore;

/**
 * Encrypted bundles through the command line as a user types it: export encrypts by default, import asks for the
 * passphrase only for an encrypted file, {@code --plain} is the explicit way to write one anyone can read (and the
 * import says so), the age identity exported for the reference tool opens the bundle, and a backup restores both keys.
 */
@Tag("slow")
class EncryptedBundleCommandTest {
    @TempDir
    Path dir;

    private TemporaryKeyStore keyStore;
    private CliNodes nodes;

    @BeforeEach
    void twoNodes() throws Exception {
        keyStore = new TemporaryKeyStore(dir.resolve("keys"));
        nodes = CliNodes.create(dir, true);
    }

    @AfterEach
    void restoreKeyStore() {
        keyStore.close();
    }

    @Test
    void anEncryptedBundleImportsWithThePassphraseAndAPlainOneSaysItWasNot() throws Exception {
        CliRun show = ok("keys", "show", nodes.ita().toString());
        assertThat(show.out()).containsPattern("encryption: +X25519, age recipient age1[02-9ac-hj-np-z]{58}");

        Path sealed = nodes.exportEncrypted(nodes.fra(), "ITA-BN");
        CliRun noKey = run(
                "bundle", "import", sealed.toString(), "--picture", nodes.ita().toString());
        assertThat(noKey.exit()).isEqualTo(1);
        assertThat(noKey.err()).contains("no passphrase");
        CliRun imported = ok(
                "bundle",
                "import",
                sealed.toString(),
                "--picture",
                nodes.ita().toString(),
                "--passphrase-file",
                nodes.pass().toString());
        assertThat(imported.out())
                .contains("encrypted to this node's key: it was unreadable to anyone else on the way")
                .doesNotContain("not encrypted");

        Path plain = nodes.export(nodes.ita(), "FRA-HQ");
        CliRun plainImport = ok(
                "bundle", "import", plain.toString(), "--picture", nodes.fra().toString());
        assertThat(plainImport.out())
                .contains("NOT encrypted: anyone who had the file could read it")
                .contains("warning: This bundle was not encrypted: anyone who had the stick or the file could read"
                        + " everything in it.");
    }

    @Test
    void theAgeToolOpensABundleWithTheExportedIdentity() throws Exception {
        Assumptions.assumeTrue(
                OutputTools.onPath("age"), "the reference age tool is not installed (apt-get install age)");
        Path sealed = nodes.exportEncrypted(nodes.fra(), "ITA-BN");
        Path identity = dir.resolve("ita-age-identity.txt");
        ok(
                "keys",
                "export-age-identity",
                nodes.ita().toString(),
                "--out",
                identity.toString(),
                "--passphrase-file",
                nodes.pass().toString());
        assertThat(Files.readString(identity)).startsWith("AGE-SECRET-KEY-1");
        if (org.paxmap.bytes.PrivateFiles.posix(dir)) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(identity)))
                    .isEqualTo("rw-------");
        }
        Path opened = dir.resolve("opened-by-age.paxb");
        OutputTools.run("age", "--decrypt", "-i", identity.toString(), "-o", opened.toString(), sealed.toString());
        CliRun verify = ok(
                "bundle", "verify", opened.toString(), "--picture", nodes.ita().toString());
        assertThat(verify.out()).contains("signed by FRA-HQ").contains("NOT encrypted");
    }

    @Test
    void aBackupRestoresBothKeysOnAnotherMachine() throws Exception {
        Path backup = dir.resolve("ita-backup.json");
        Path publicFile = dir.resolve("ita.paxkey");
        ok("keys", "export-private", nodes.ita().toString(), "--out", backup.toString());
        ok("keys", "export-public", nodes.ita().toString(), "--out", publicFile.toString());
        Path sealed = nodes.exportEncrypted(nodes.fra(), "ITA-BN");
        try (TemporaryKeyStore elsewhere = new TemporaryKeyStore(dir.resolve("another-machine-keys"))) {
            Path restored = dir.resolve("restored.gpkg");
            ok("init", restored.toString(), "--node", "ITA-BN");
            ok(
                    "keys",
                    "import",
                    restored.toString(),
                    "--public",
                    publicFile.toString(),
                    "--private",
                    backup.toString(),
                    "--passphrase-file",
                    nodes.pass().toString());
            ok(
                    "partners",
                    "add",
                    restored.toString(),
                    dir.resolve("fra.paxkey").toString(),
                    "--fingerprint",
                    CliNodes.fingerprint(dir.resolve("fra.paxkey")).substring(0, 11),
                    "--verified-by",
                    "Cap. Rossi",
                    "--channel",
                    "EXERCISE=UNCLASSIFIED",
                    "--channel",
                    "NATO=NATO RESTRICTED");
            CliRun inspect = ok(
                    "bundle",
                    "inspect",
                    sealed.toString(),
                    "--picture",
                    restored.toString(),
                    "--passphrase-file",
                    nodes.pass().toString());
            assertThat(inspect.out()).contains("encrypted to this node's key");
        }
    }
}
