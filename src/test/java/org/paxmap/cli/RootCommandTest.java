package org.paxmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paxmap.cli.CliRun.ok;
import static org.paxmap.cli.CliRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.bundle.trust.RootKeyFile;
import org.paxmap.store.StoreChecksum;

/**
 * {@code paxmap root}, {@code roots} and {@code keys certificate} on the command line: a French root key made in its
 * own 0600 file, its public key exported, FRA-HQ certified; ITA-BN, which does not know FRA-HQ, refuses its bundle
 * until it trusts the root (wrong fingerprint digits trust nothing), then imports it with the root named in the
 * preview; after the root revokes FRA-HQ and ITA-BN takes the revocation file, FRA-HQ's next bundle is refused with the
 * date. Every refusal leaves ITA's picture unchanged row for row.
 */
@Tag("slow")
class RootCommandTest {
    @TempDir
    Path dir;

    private static CliRun rootInit(Path root, String name, String pass) {
        return run("root", "init", root.toString(), "--organisation", "FRA", "--name", name, "--passphrase-file", pass);
    }

    @Test
    void aRootCertifiesANodeThatAPartnerWhoTrustsTheRootAcceptsUntilTheRootRevokesIt() throws Exception {
        CliNodes nodes = CliNodes.create(dir, false);
        String fra = nodes.fra().toString();
        String ita = nodes.ita().toString();
        String pass = nodes.pass().toString();
        ok("partners", "remove", ita, "FRA-HQ");
        Path root = dir.resolve("fra-root.key");
        Path rootPublic = dir.resolve("fra" + RootKeyFile.PUBLIC_EXTENSION);

        CliRun made = rootInit(root, "French national root", pass);
        assertThat(made.exit()).isZero();
        assertThat(made.out()).contains("created root key " + root).contains("root:         FRA-ROOT");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(root))
                .contains("\"format\" : \"paxmap-root-key/1\"")
                .doesNotContain(CliNodes.PASSPHRASE);
        assertThat(rootInit(root, "again", pass).err())
                .contains(root + " exists: a root key is made once; nothing was written");
        ok("root", "export", root.toString(), "--out", rootPublic.toString());
        String digits = RootKeyFile.readPublic(rootPublic).fingerprint().digits();
        assertThat(ok("root", "show", rootPublic.toString()).out()).contains(digits.substring(0, 23));

        Path fraKey = dir.resolve("fra.paxkey"); // written by CliNodes
        Path cert = dir.resolve("fra-hq.paxcert");
        assertThat(ok(
                                "root",
                                "certify",
                                root.toString(),
                                fraKey.toString(),
                                "--not-after",
                                "2099-01-01T00:00:00Z",
                                "--out",
                                cert.toString(),
                                "--passphrase-file",
                                pass)
                        .out())
                .contains("certified node FRA-HQ (key ")
                .contains(" of FRA from ");
        assertThat(ok("keys", "certificate", fra, cert.toString()).out())
                .contains("is FRA-HQ of FRA")
                .contains("(this picture does not trust that root, so receivers check the signature); the next bundles"
                        + " carry it");
        CliRun foreign = run("keys", "certificate", ita, cert.toString());
        assertThat(foreign.exit()).isEqualTo(1);
        assertThat(foreign.err()).contains("the certificate is for node FRA-HQ").contains("not for this node ITA-BN");

        String before = StoreChecksum.of(nodes.ita());
        Path first = nodes.exportEncrypted(nodes.fra(), "ITA-BN");
        CliRun untrusted = run("bundle", "import", first.toString(), "--picture", ita, "--passphrase-file", pass);
        assertThat(untrusted.exit()).isEqualTo(1);
        assertThat(untrusted.err()).contains("which this picture does not trust");
        CliRun wrongDigits = run(
                "roots",
                "trust",
                ita,
                rootPublic.toString(),
                "--fingerprint",
                "00000 00000",
                "--verified-by",
                "Col. Rossi");
        assertThat(wrongDigits.exit()).isEqualTo(1);
        assertThat(wrongDigits.err()).contains("nothing was trusted");
        CliRun twoGroups = run(
                "roots",
                "trust",
                ita,
                rootPublic.toString(),
                "--fingerprint",
                digits.substring(0, 11),
                "--verified-by",
                "Col. Rossi");
        assertThat(twoGroups.exit())
                .as("a root is trusted on its whole fingerprint only")
                .isEqualTo(1);
        assertThat(twoGroups.err()).contains("all twelve groups are compared; nothing was trusted");
        assertThat(StoreChecksum.of(nodes.ita())).isEqualTo(before);

        assertThat(ok(
                                "roots",
                                "trust",
                                ita,
                                rootPublic.toString(),
                                "--fingerprint",
                                digits,
                                "--verified-by",
                                "Col. Rossi",
                                "--channel",
                                "EXERCISE=UNCLASSIFIED")
                        .out())
                .contains("trusted the FRA root " + digits.substring(0, 11));
        CliRun imported = ok("bundle", "import", first.toString(), "--picture", ita, "--passphrase-file", pass);
        assertThat(imported.out())
                .contains("signed by FRA-HQ (FRA-HQ staff, FRA)")
                .contains("certified by FRA root " + digits.substring(0, 11) + ", which vouches that the key is node"
                        + " FRA-HQ of FRA");
        assertThat(ok("roots", "list", ita).out()).contains("FRA-ROOT\tFRA\tFrench national root");

        Path revocation = dir.resolve("revoked.paxcert");
        assertThat(ok(
                                "root",
                                "revoke",
                                root.toString(),
                                "--node",
                                fraKey.toString(),
                                "--since",
                                "2026-01-01T00:00:00Z",
                                "--out",
                                revocation.toString(),
                                "--passphrase-file",
                                pass)
                        .out())
                .contains("revocation list 1: 1 node key(s) revoked");
        assertThat(ok("roots", "revocations", ita, revocation.toString()).out())
                .contains("recorded revocation list 1 of the FRA root " + digits.substring(0, 11));
        String revoked = StoreChecksum.of(nodes.ita());
        CliRun refused = run(
                "bundle",
                "import",
                nodes.exportEncrypted(nodes.fra(), "ITA-BN").toString(),
                "--picture",
                ita,
                "--passphrase-file",
                pass);
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err())
                .contains("certified by FRA root " + digits.substring(0, 11) + ", which revoked it on"
                        + " 2026-01-01T00:00:00Z; the bundle is dated ")
                .contains(", after the revocation, and is refused");
        assertThat(StoreChecksum.of(nodes.ita())).isEqualTo(revoked);

        assertThat(ok("keys", "rotate", fra, "--passphrase-file", pass).out())
                .as("the certificate was for the old key: the rotation says the node needs a new one")
                .contains("this node needs a new certificate from its root: its root certificate was for the old key")
                .contains("(paxmap root certify ROOTFILE NODE.paxkey --out NODE.paxcert)")
                .contains("(paxmap keys certificate PICTURE NODE.paxcert)");
    }

    @Test
    void aRevocationWhoseOutFileCannotBeWrittenLeavesTheRootFileAsItWas() throws Exception {
        Path pass = Files.writeString(dir.resolve("pass.txt"), CliNodes.PASSPHRASE);
        Path root = dir.resolve("fra-root.key");
        assertThat(rootInit(root, "French national root", pass.toString()).exit())
                .isZero();
        byte[] before = Files.readAllBytes(root);

        Path taken = Files.writeString(dir.resolve("taken.paxcert"), "someone else's file");
        CliRun exists = run(
                "root",
                "revoke",
                root.toString(),
                "--root",
                "--out",
                taken.toString(),
                "--passphrase-file",
                pass.toString());
        assertThat(exists.exit()).isEqualTo(1);
        assertThat(exists.err()).contains(taken + " exists: nothing was written (choose another --out)");
        assertThat(Files.readAllBytes(root))
                .as("the root file keeps no list it did not hand out")
                .isEqualTo(before);
        assertThat(taken).hasContent("someone else's file");

        Path nowhere = dir.resolve("no-such-folder").resolve("revoked.paxcert");
        CliRun noFolder = run(
                "root",
                "revoke",
                root.toString(),
                "--root",
                "--out",
                nowhere.toString(),
                "--passphrase-file",
                pass.toString());
        assertThat(noFolder.exit()).isEqualTo(1);
        assertThat(noFolder.err()).contains("cannot write");
        assertThat(Files.readAllBytes(root)).isEqualTo(before);

        Path out = dir.resolve("revoked.paxcert");
        assertThat(ok(
                                "root",
                                "revoke",
                                root.toString(),
                                "--root",
                                "--out",
                                out.toString(),
                                "--passphrase-file",
                                pass.toString())
                        .out())
                .contains("revocation list 1: 0 node key(s) revoked, the root itself from");
        assertThat(RootKeyFile.read(root).revocations().version()).isEqualTo(1);
    }
}
