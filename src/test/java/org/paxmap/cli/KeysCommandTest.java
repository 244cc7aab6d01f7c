package org.paxmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two field teams exchange public keys on a stick: each creates its key, exports it, reads the fingerprint to the
 * other, and adds the other as a partner. Bad input gets one line on standard error and exit code 1.
 */
@Tag("slow")
class KeysCommandTest {
    @TempDir
    Path dir;

    @Test
    void twoNodesCreateKeysExchangePublicKeyFilesAndAddEachOtherAsPartners() throws Exception {
        Path fra = dir.resolve("fra.gpkg");
        Path ita = dir.resolve("ita.gpkg");
        Path pass = dir.resolve("pass.txt");
        Files.writeString(pass, "a passphrase for the field\n");
        assertThat(CliRun.run("init", fra.toString(), "--node", "FRA-HQ").exit())
                .isZero();
        assertThat(CliRun.run("init", ita.toString(), "--node", "ITA-BDE").exit())
                .isZero();

        CliRun init = frenchHqKey(fra, pass);
        assertThat(init.out())
                .contains("created the key of node FRA-HQ")
                .containsPattern("fingerprint: +(\\d{5} ){3}\\d{5}");
        assertThat(CliRun.run(
                                "keys",
                                "init",
                                ita.toString(),
                                "--name",
                                "Italian brigade",
                                "--organisation",
                                "ITA",
                                "--passphrase-file",
                                pass.toString())
                        .exit())
                .isZero();

        CliRun show = CliRun.run("keys", "show", ita.toString());
        assertThat(show.exit()).isZero();
        assertThat(show.out())
                .contains("node:         ITA-BDE")
                .contains("organisation: ITA")
                .contains("thumbprint:");
        String itaThumbprint = show.out()
                .lines()
                .filter(l -> l.startsWith("thumbprint:"))
                .findFirst()
                .orElseThrow()
                .substring("thumbprint:".length())
                .trim();

        Path itaKey = dir.resolve("ita.paxkey");
        CliRun export = CliRun.run("keys", "export-public", ita.toString(), "--out", itaKey.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(Files.readString(itaKey))
                .contains("\"nodeId\" : \"ITA-BDE\"")
                .doesNotContain("private");

        String heard = CliNodes.fingerprint(itaKey);
        CliRun misheard = CliRun.run(
                "partners",
                "add",
                fra.toString(),
                itaKey.toString(),
                "--fingerprint",
                heard.substring(0, 6)
                        + (heard.charAt(6) == '9' ? '0' : (char) (heard.charAt(6) + 1))
                        + heard.substring(7, 11),
                "--verified-by",
                "Capt. Moreau");
        assertThat(misheard.exit()).isEqualTo(1);
        assertThat(misheard.err())
                .contains("the fingerprint digits given are not the first groups of the fingerprint of " + itaKey)
                .contains("nothing was trusted");
        CliRun oneGroup = CliRun.run(
                "partners",
                "add",
                fra.toString(),
                itaKey.toString(),
                "--fingerprint",
                heard.substring(0, 5),
                "--verified-by",
                "Capt. Moreau");
        assertThat(oneGroup.exit()).as("one group is not enough").isEqualTo(1);
        assertThat(CliRun.run("partners", "list", fra.toString()).out()).contains("no partners");
        CliRun add = CliRun.run(
                "partners",
                "add",
                fra.toString(),
                itaKey.toString(),
                "--fingerprint",
                heard.substring(0, 11),
                "--verified-by",
                "Capt. Moreau",
                "--channel",
                "NATO=NATO RESTRICTED",
                "--channel",
                "EXERCISE=UNCLASSIFIED",
                "--holds",
                "NATO,UN");
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).contains("added partner ITA-BDE").contains(itaThumbprint);

        CliRun again = CliRun.run(
                "partners",
                "add",
                fra.toString(),
                itaKey.toString(),
                "--fingerprint",
                heard,
                "--verified-by",
                "Capt. Moreau");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err().strip())
                .startsWith("paxmap: cannot add partner ITA-BDE")
                .contains("already a partner")
                .doesNotContain("\n")
                .doesNotContain("Exception");

        CliRun list = CliRun.run("partners", "list", fra.toString());
        assertThat(list.out())
                .contains("ITA-BDE\tactive\tITA\tItalian brigade")
                .contains("verified by: Capt. Moreau")
                .contains("channel:     EXERCISE=UNCLASSIFIED, NATO=NATO RESTRICTED")
                .contains("holds:       ITA, NATO, UN");
        assertThat(CliRun.run("partners", "suspend", fra.toString(), "ITA-BDE").exit())
                .isZero();
        assertThat(CliRun.run("partners", "list", fra.toString()).out()).contains("ITA-BDE\tsuspended");
        assertThat(CliRun.run("partners", "remove", fra.toString(), "ITA-BDE").exit())
                .isZero();
        assertThat(CliRun.run("partners", "list", fra.toString()).out()).contains("no partners");
        CliRun gone = CliRun.run("partners", "suspend", fra.toString(), "ITA-BDE");
        assertThat(gone.exit()).isEqualTo(1);
        assertThat(gone.err()).contains("no partner with node id ITA-BDE");
    }

    @Test
    void aWrongPassphraseAMalformedKeyFileAndAMissingVerifierGetOneClearLine() throws Exception {
        Path pass = passphraseFile();
        Path fra = frenchHqWithKey(pass);
        assertThat(CliRun.run("keys", "check", fra.toString(), "--passphrase-file", pass.toString())
                        .exit())
                .isZero();

        Path wrong = dir.resolve("wrong.txt");
        Files.writeString(wrong, "not the passphrase at all\n");
        Files.setPosixFilePermissions(wrong, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        CliRun check = CliRun.run("keys", "check", fra.toString(), "--passphrase-file", wrong.toString());
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.err())
                .startsWith("paxmap: wrong passphrase for the key of node FRA-HQ")
                .doesNotContain("at org.");

        Path bad = dir.resolve("bad.paxkey");
        Files.writeString(bad, "{\"format\":\"paxmap-public-key/1\",\"nodeId\":\"X\"}");
        CliRun add = CliRun.run(
                "partners",
                "add",
                fra.toString(),
                bad.toString(),
                "--fingerprint",
                "00000 00000",
                "--verified-by",
                "Capt. Moreau");
        assertThat(add.exit()).isEqualTo(1);
        assertThat(add.err().strip()).isEqualTo("paxmap: " + bad + ": field 'name' is missing");

        CliRun unverified = CliRun.run("partners", "add", fra.toString(), bad.toString());
        assertThat(unverified.exit()).isEqualTo(2);
        assertThat(unverified.err()).contains("--verified-by");

        CliRun noKey = CliRun.run("keys", "show", dir.resolve("other.gpkg").toString());
        assertThat(noKey.exit()).isEqualTo(1);
    }

    @Test
    void importingAPrivateKeyFileThatIsMissingOrNotTextNamesTheFile() throws Exception {
        Path pass = passphraseFile();
        Path fra = frenchHqWithKey(pass);
        Path publicKey = dir.resolve("fra.paxkey");
        CliRun.ok("keys", "export-public", fra.toString(), "--out", publicKey.toString());
        Path restored = dir.resolve("restored.gpkg");
        CliRun.ok("init", restored.toString(), "--node", "FRA-HQ");

        Path missing = dir.resolve("fra-private.json");
        CliRun absent = CliRun.run(
                "keys",
                "import",
                restored.toString(),
                "--public",
                publicKey.toString(),
                "--private",
                missing.toString(),
                "--passphrase-file",
                pass.toString());
        assertThat(absent.exit()).isEqualTo(1);
        assertThat(absent.err().strip()).isEqualTo("paxmap: cannot read " + missing + ": no such file");

        Path binary = dir.resolve("fra-private.bin");
        Files.write(binary, new byte[] {'{', (byte) 0xff, (byte) 0xfe, 0, '}'});
        CliRun notText = CliRun.run(
                "keys",
                "import",
                restored.toString(),
                "--public",
                publicKey.toString(),
                "--private",
                binary.toString(),
                "--passphrase-file",
                pass.toString());
        assertThat(notText.exit()).isEqualTo(1);
        assertThat(notText.err().strip()).isEqualTo("paxmap: " + binary + " is not UTF-8 text");
        assertThat(CliRun.run("keys", "show", restored.toString()).err()).contains("has no key for node FRA-HQ yet");
    }

    @Test
    void withoutAPassphraseSourceTheCommandSaysWhereToGiveOne() throws Exception {
        assumeTrue(System.getenv("PAXMAP_PASSPHRASE") == null && System.console() == null, "needs no env, no console");
        Path fra = dir.resolve("fra.gpkg");
        CliRun.run("init", fra.toString(), "--node", "FRA-HQ");
        CliRun init = CliRun.run("keys", "init", fra.toString(), "--name", "French HQ", "--organisation", "FRA");
        assertThat(init.exit()).isEqualTo(1);
        assertThat(init.err().strip())
                .isEqualTo("paxmap: no passphrase: give --passphrase-file FILE or set PAXMAP_PASSPHRASE (there is no"
                        + " console to ask on)");
        assertThat(CliRun.run("keys", "show", fra.toString()).err()).contains("has no key for node FRA-HQ yet");
    }

    @Test
    void aPassphraseFileOthersCanReadIsUsedWithAWarningSayingHowToFixIt() throws Exception {
        Path pass = passphraseFile();
        Path fra = frenchHqWithKey(pass);
        Files.setPosixFilePermissions(pass, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        CliRun open = CliRun.run("keys", "check", fra.toString(), "--passphrase-file", pass.toString());
        assertThat(open.exit()).isZero();
        assertThat(open.err())
                .contains("warning: passphrase file " + pass + " can be read by other users of this computer (mode"
                        + " rw-r--r--)")
                .contains("chmod 600 " + pass);
        Files.setPosixFilePermissions(pass, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        CliRun closed = CliRun.run("keys", "check", fra.toString(), "--passphrase-file", pass.toString());
        assertThat(closed.exit()).isZero();
        assertThat(closed.err()).doesNotContain("warning: passphrase file");
    }

    private Path passphraseFile() throws Exception {
        Path pass = dir.resolve("pass.txt");
        Files.writeString(pass, "a passphrase for the field\n");
        // readable only by its owner, as a passphrase file should be (else a warning comes first on standard error)
        Files.setPosixFilePermissions(pass, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        return pass;
    }

    /** The picture {@code fra.gpkg} of node FRA-HQ with its key, under the passphrase in {@code pass}. */
    private Path frenchHqWithKey(Path pass) {
        Path fra = dir.resolve("fra.gpkg");
        CliRun.ok("init", fra.toString(), "--node", "FRA-HQ");
        frenchHqKey(fra, pass);
        return fra;
    }

    /** Runs {@code keys init} for French HQ on {@code fra}; fails the test unless it succeeds. */
    private static CliRun frenchHqKey(Path fra, Path pass) {
        return CliRun.ok(
                "keys",
                "init",
                fra.toString(),
                "--name",
                "French HQ",
                "--organisation",
                "FRA",
                "--passphrase-file",
                pass.toString());
    }
}
