package org.paxmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paxmap.cli.CliRun.ok;
import static org.paxmap.cli.CliRun.run;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.store.StoreChecksum;

/**
 * {@code keys rotate} and {@code keys revoke} on the command line: FRA-HQ rotates, its next (encrypted) bundle moves
 * ITA-BN to the new key, and a revocation of the old key reaches ITA-BN the same way; the current key cannot be
 * revoked, and a bad {@code --since} is one line with the store unchanged.
 */
@Tag("slow")
class KeyRotationCommandTest {
    @TempDir
    Path dir;

    private static String thumbprint(CliRun show) {
        return show.out()
                .lines()
                .filter(l -> l.startsWith("thumbprint:"))
                .findFirst()
                .orElseThrow()
                .substring("thumbprint:".length())
                .trim();
    }

    @Test
    void aRotatedNodesNextBundleMovesThePartnerToItsNewKeyAndARevocationFollows() throws Exception {
        CliNodes nodes = CliNodes.create(dir, false);
        String fra = nodes.fra().toString();
        String ita = nodes.ita().toString();
        String pass = nodes.pass().toString();
        String oldKid = thumbprint(ok("keys", "show", fra));

        CliRun rotated = ok("keys", "rotate", fra, "--passphrase-file", pass);
        String newKid = thumbprint(ok("keys", "show", fra));
        assertThat(newKid).isNotEqualTo(oldKid);
        assertThat(rotated.out())
                .contains("rotated the key of node FRA-HQ: " + oldKid + " -> " + newKid
                        + " (statement 1, signed by the old key)")
                .as("FRA-HQ holds no root certificate: nothing to certify again")
                .doesNotContain("certificate");
        assertThat(ok("partners", "list", ita).out()).contains(oldKid).doesNotContain(newKid);

        CliRun imported = ok(
                "bundle",
                "import",
                nodes.exportEncrypted(nodes.fra(), "ITA-BN").toString(),
                "--picture",
                ita,
                "--passphrase-file",
                pass);
        assertThat(imported.out())
                .containsPattern("key change: FRA-HQ moved to a new key on \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC,"
                        + " signed by its old key: new fingerprint (\\d{5} ){11}\\d{5}; bundles its old key signs after"
                        + " that are refused");
        assertThat(ok("partners", "list", ita).out()).contains(newKid).doesNotContain(oldKid);

        String before = StoreChecksum.of(nodes.fra());
        CliRun current = run("keys", "revoke", fra, "--key", newKid, "--passphrase-file", pass);
        assertThat(current.exit()).isEqualTo(1);
        assertThat(current.err())
                .contains("is this node's current key: make a new one first with 'paxmap keys rotate'");
        CliRun badTime = run("keys", "revoke", fra, "--key", oldKid, "--since", "yesterday", "--passphrase-file", pass);
        assertThat(badTime.exit()).isEqualTo(1);
        assertThat(badTime.err()).contains("--since yesterday is not a UTC time like 2026-11-30T00:00:00Z");
        assertThat(StoreChecksum.of(nodes.fra())).isEqualTo(before);

        assertThat(ok(
                                "keys",
                                "revoke",
                                fra,
                                "--key",
                                oldKid,
                                "--since",
                                "2026-11-30T00:00:00Z",
                                "--passphrase-file",
                                pass)
                        .out())
                .contains("revoked key " + oldKid + " of node FRA-HQ from 2026-11-30T00:00:00Z (statement 2)");
        CliRun revoked = ok(
                "bundle",
                "import",
                nodes.exportEncrypted(nodes.fra(), "ITA-BN").toString(),
                "--picture",
                ita,
                "--passphrase-file",
                pass);
        assertThat(revoked.out())
                .contains("key change: FRA-HQ revoked its key " + oldKid + " from 2026-11-30 00:00 UTC: bundles that"
                        + " key signs after that are refused");
        try (var store = org.paxmap.store.PictureStore.open(nodes.ita())) {
            var history = org.paxmap.bundle.trust.KeyHistory.load(store, "FRA-HQ");
            assertThat(history.version()).isEqualTo(2);
            assertThat(history.ended()).singleElement().satisfies(e -> {
                assertThat(e.kid()).isEqualTo(oldKid);
                assertThat(e.how()).isEqualTo("revoked");
                assertThat(e.notAfter()).hasToString("2026-11-30T00:00:00Z");
            });
        }
    }
}
