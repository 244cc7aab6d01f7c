package org.paxmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paxmap.cli.CliRun.bundles;
import static org.paxmap.cli.CliRun.ok;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.List;
import java.util.UUID;
import org.paxmap.bundle.trust.LocalIdentity;
import org.paxmap.bundle.trust.TestKeys;
import org.paxmap.store.PictureStore;

/**
 * Two field teams made through the command line only: pictures {@code fra} (node FRA-HQ) and {@code ita} (ITA-BN),
 * each with its real key under the passphrase in {@code pass}, each the other's partner over EXERCISE and NATO up to
 * NATO RESTRICTED, and a folder {@code stick} standing for the USB stick. Immutable; the files are the test's.
 */
record CliNodes(Path fra, Path ita, Path pass, Path stick) {
    static final String PASSPHRASE = "a passphrase for the field";
    private static final Path SAMPLES = Path.of("samples", "partners");

    /** Makes both nodes in {@code dir}; with {@code samples}, each imports its sample picture from samples/partners. */
    static CliNodes create(Path dir, boolean samples) throws Exception {
        CliNodes nodes = new CliNodes(
                dir.resolve("fra.gpkg"),
                dir.resolve("ita.gpkg"),
                dir.resolve("pass.txt"),
                Files.createDirectories(dir.resolve("stick")));
        Files.writeString(nodes.pass, PASSPHRASE + "\n");
        nodes.node(nodes.fra, "FRA-HQ", "FRA", samples ? "fra-hq" : null);
        nodes.node(nodes.ita, "ITA-BN", "ITA", samples ? "ita-bn" : null);
        nodes.trust(nodes.fra, nodes.ita, dir.resolve("ita.paxkey"), "Capt. Moreau");
        nodes.trust(nodes.ita, nodes.fra, dir.resolve("fra.paxkey"), "Cap. Rossi");
        return nodes;
    }

    private void node(Path picture, String node, String organisation, String sample) {
        ok("init", picture.toString(), "--node", node);
        // the node's key as `keys init` makes it (KeysCommandTest runs that), under fewer PBKDF2 iterations: every
        // command that signs unlocks it again
        try (PictureStore store = PictureStore.open(picture)) {
            TestKeys.create(store, node + " staff", organisation, PASSPHRASE.toCharArray());
        } catch (Exception e) {
            throw new AssertionError("cannot make the key of " + picture, e);
        }
        if (sample != null) {
            ok(
                    "import-geojson",
                    picture.toString(),
                    SAMPLES.resolve(sample).resolve("picture.geojson").toString());
        }
    }

    private void trust(Path picture, Path other, Path keyFile, String verifiedBy) {
        ok("keys", "export-public", other.toString(), "--out", keyFile.toString());
        ok(
                "partners",
                "add",
                picture.toString(),
                keyFile.toString(),
                "--fingerprint",
                fingerprint(keyFile),
                "--verified-by",
                verifiedBy,
                "--channel",
                "EXERCISE=UNCLASSIFIED",
                "--channel",
                "NATO=NATO RESTRICTED");
    }

    /** The fingerprint of the key in {@code keyFile}, as the partner reads it out. */
    static String fingerprint(Path keyFile) {
        try {
            return org.paxmap.bundle.trust.PublicKeyFile.read(keyFile)
                    .fingerprint()
                    .digits();
        } catch (org.paxmap.bundle.trust.TrustException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Exports an unencrypted bundle ({@code --plain}) from {@code picture} to {@code partner} into a fresh folder on
     * the stick, for tests that take the bundle apart; returns the bundle.
     */
    Path export(Path picture, String partner) throws Exception {
        return export(picture, partner, true);
    }

    /** Exports as the command line does by default, encrypted to the partner; returns the bundle. */
    Path exportEncrypted(Path picture, String partner) throws Exception {
        return export(picture, partner, false);
    }

    private Path export(Path picture, String partner, boolean plain) throws Exception {
        Path folder = Files.createDirectories(stick.resolve(UUID.randomUUID().toString()));
        List<String> args = new java.util.ArrayList<>(List.of(
                "bundle",
                "export",
                "--picture",
                picture.toString(),
                "--to",
                partner,
                "--out",
                folder.toString(),
                "--passphrase-file",
                pass.toString()));
        if (plain) {
            args.add("--plain");
        }
        CliRun export = ok(args.toArray(String[]::new));
        List<Path> written = bundles(folder);
        assertThat(written).hasSize(1);
        assertThat(export.out())
                .contains("wrote " + written.get(0))
                .containsPattern("bundle: +[0-9a-f-]{36}")
                .contains("-> " + partner + " bundle ")
                .contains(plain ? "NOT encrypted (--plain)" : "encrypted to " + partner + " (age v1, X25519)")
                .contains("re-read and verified");
        return written.get(0);
    }

    /** The unlocked private key of the node of {@code picture}, to re-sign hostile bundles with. */
    static PrivateKey key(Path picture) throws Exception {
        try (PictureStore store = PictureStore.open(picture)) {
            return LocalIdentity.unlock(store, PASSPHRASE.toCharArray());
        }
    }
}
