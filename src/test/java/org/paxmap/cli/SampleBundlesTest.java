package org.paxmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.paxmap.cli.CliRun.ok;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.bundle.trust.PublicKeyFile;
import org.paxmap.samples.PartnerSamples;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.PictureStore;

/**
 * The committed sample nodes of {@code samples/partners/} (TEST ONLY keys): fresh pictures restored from their key
 * files verify and import both committed bundles, and the committed node pictures are what {@link PartnerSamples}
 * generates.
 */
@Tag("slow")
class SampleBundlesTest {
    private static final Path SAMPLES = Path.of("samples", "partners");
    private static final Path PASSPHRASE = SAMPLES.resolve("TEST-ONLY-passphrase.txt");

    @TempDir
    Path dir;

    @Test
    void freshPicturesOfTheSampleNodesVerifyAndImportTheCommittedBundles() throws Exception {
        Path fra = restore("FRA-HQ", "fra-hq");
        Path ita = restore("ITA-BN", "ita-bn");
        String fingerprint = PublicKeyFile.read(SAMPLES.resolve("fra-hq/fra-hq.paxkey"))
                .fingerprint()
                .digits();

        Path toIta = SAMPLES.resolve("bundles/fra-hq-to-ita-bn.paxb");
        Path toFra = SAMPLES.resolve("bundles/ita-bn-to-fra-hq.paxb");
        assertThat(ok("bundle", "verify", toIta.toString(), "--picture", ita.toString())
                        .out())
                .contains("signed by FRA-HQ")
                .contains("fingerprint: " + fingerprint)
                .contains("nothing was altered");
        assertThat(ok("bundle", "import", toIta.toString(), "--picture", ita.toString())
                        .out())
                .contains("15 new, 0 updated")
                .contains("15 features written");
        assertThat(ok("bundle", "import", toFra.toString(), "--picture", fra.toString())
                        .out())
                .contains("signed by ITA-BN")
                .contains("acknowledges: bundle 1 from FRA-HQ")
                .contains("16 new, 0 updated")
                .contains("16 features written");
        try (PictureStore a = PictureStore.open(fra);
                PictureStore b = PictureStore.open(ita)) {
            assertThat(a.query(FeatureQuery.all())).hasSize(16);
            assertThat(b.query(FeatureQuery.all())).hasSize(15);
        }
    }

    @Test
    void theCommittedNodePicturesAreWhatTheGeneratorWrites() throws Exception {
        PartnerSamples.writeInto(dir);
        for (String node : new String[] {"fra-hq", "ita-bn"}) {
            Path file = Path.of(node, PartnerSamples.PICTURE_FILE);
            assertArrayEquals(
                    Files.readAllBytes(dir.resolve(file)),
                    Files.readAllBytes(SAMPLES.resolve(file)),
                    file + " is out of date: regenerate it (samples/partners/README.md)");
        }
    }

    @Test
    void aKeyIsImportedOnlyIntoAPictureOfItsNodeWithItsPassphraseAndOnlyOnce() throws Exception {
        Path fraKey = SAMPLES.resolve("fra-hq/fra-hq.paxkey");
        Path fraPrivate = SAMPLES.resolve("fra-hq/fra-hq.private-key.json");
        Path ita = dir.resolve("ita.gpkg");
        ok("init", ita.toString(), "--node", "ITA-BN", "--sample");
        CliRun foreign = CliRun.run(
                "keys",
                "import",
                ita.toString(),
                "--public",
                fraKey.toString(),
                "--private",
                fraPrivate.toString(),
                "--passphrase-file",
                PASSPHRASE.toString());
        assertThat(foreign.exit()).isEqualTo(1);
        assertThat(foreign.err()).contains("is the key of node FRA-HQ").contains("picture of node ITA-BN");

        Path fra = dir.resolve("fra.gpkg");
        ok("init", fra.toString(), "--node", "FRA-HQ", "--sample");
        Path wrong = Files.setPosixFilePermissions(
                Files.writeString(dir.resolve("wrong.txt"), "not the sample passphrase\n"),
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        CliRun locked = CliRun.run(importKey(fra, fraKey, fraPrivate, wrong));
        assertThat(locked.exit()).isEqualTo(1);
        assertThat(locked.err()).startsWith("paxmap: wrong passphrase for the key of node FRA-HQ");
        assertThat(CliRun.run("keys", "show", fra.toString()).exit())
                .as("nothing was stored")
                .isEqualTo(1);

        ok(importKey(fra, fraKey, fraPrivate, PASSPHRASE));
        ok("keys", "check", fra.toString(), "--passphrase-file", PASSPHRASE.toString());
        Path backup = dir.resolve("backup.json");
        ok("keys", "export-private", fra.toString(), "--out", backup.toString());
        assertThat(Files.readString(backup).strip())
                .isEqualTo(Files.readString(fraPrivate).strip());
        CliRun twice = CliRun.run(importKey(fra, fraKey, fraPrivate, PASSPHRASE));
        assertThat(twice.exit()).isEqualTo(1);
        assertThat(twice.err()).contains("already has a key");
    }

    /** The arguments of {@code paxmap keys import PICTURE --public KEY --private PRIVATE --passphrase-file FILE}. */
    private static String[] importKey(Path picture, Path key, Path privateKey, Path passphrase) {
        return new String[] {
            "keys",
            "import",
            picture.toString(),
            "--public",
            key.toString(),
            "--private",
            privateKey.toString(),
            "--passphrase-file",
            passphrase.toString()
        };
    }

    /** A fresh, empty picture of the sample node, with its committed key (the passphrase must unlock it). */
    private Path restore(String node, String folder) {
        Path picture = dir.resolve(folder + ".gpkg");
        ok("init", picture.toString(), "--node", node, "--sample");
        CliRun key = ok(
                "keys",
                "import",
                picture.toString(),
                "--public",
                SAMPLES.resolve(folder).resolve(folder + ".paxkey").toString(),
                "--private",
                SAMPLES.resolve(folder).resolve(folder + ".private-key.json").toString(),
                "--passphrase-file",
                PASSPHRASE.toString());
        assertThat(key.out()).contains("imported the key of node " + node);
        String other = node.equals("FRA-HQ") ? "ita-bn" : "fra-hq";
        ok(
                "partners",
                "add",
                picture.toString(),
                SAMPLES.resolve(other).resolve(other + ".paxkey").toString(),
                "--fingerprint",
                CliNodes.fingerprint(SAMPLES.resolve(other).resolve(other + ".paxkey")),
                "--verified-by",
                "SampleBundlesTest",
                "--channel",
                "EXERCISE=UNCLASSIFIED");
        return picture;
    }
}
