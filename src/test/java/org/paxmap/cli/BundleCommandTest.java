package org.paxmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.paxmap.cli.CliRun.bundles;
import static org.paxmap.cli.CliRun.ok;
import static org.paxmap.cli.CliRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.model.Feature;
import org.paxmap.model.ThreatZone;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.PictureStore;
import org.paxmap.testing.HostileBundle;

/**
 * Two field teams exchange their pictures through the command line only: pictures, keys and partners made with
 * {@code paxmap}, bundles exported to a folder standing for the USB stick, verified, inspected and imported, an edit
 * sent back. Also: dry runs write nothing, an altered bundle is refused with the reason, a replay changes nothing, and
 * a conflict exits 3 until {@code paxmap conflicts resolve} settles it.
 */
@Tag("slow")
class BundleCommandTest {
    @TempDir
    Path dir;

    CliNodes nodes;
    Path fra;
    Path ita;
    Path pass;
    Path stick;

    @BeforeEach
    void twoNodesThatTrustEachOther() throws Exception {
        nodes = CliNodes.create(dir, true);
        fra = nodes.fra();
        ita = nodes.ita();
        pass = nodes.pass();
        stick = nodes.stick();
    }

    @Test
    void aRoundTripThroughTheCommandLineLeavesBothNodesWithTheSameFeaturesAndVersions() throws Exception {
        CliRun dry = ok("bundle", "export", "--picture", fra.toString(), "--to", "ITA-BN", "--dry-run");
        assertThat(dry.out())
                .contains("export to ITA-BN")
                .contains("incremental: 15 features, 0 tombstones, 2 withheld")
                .containsPattern("incidents: +12 features")
                .contains("withheld: incidents")
                .contains("partner ITA-BN is not within REL TO FRA")
                .contains("policy LOCAL is not in the policy table")
                .contains("dry run: nothing written");
        try (PictureStore store = PictureStore.open(fra)) {
            assertThat(store.lastExport("ITA-BN"))
                    .as("a dry run records no export")
                    .isEmpty();
        }

        Path bundle = exportTo(fra, "ITA-BN");
        CliRun verify = ok("bundle", "verify", bundle.toString(), "--picture", ita.toString());
        assertThat(verify.out())
                .contains("signed by FRA-HQ (FRA-HQ staff, FRA)")
                .containsPattern("fingerprint: (\\d{5} ){11}\\d{5}\\n")
                .contains("nothing was altered");
        CliRun inspect = ok("bundle", "inspect", bundle.toString(), "--picture", ita.toString());
        assertThat(inspect.out())
                .contains("recipients:   ITA-BN")
                .contains("stream:       FRA-HQ -> ITA-BN bundle 1 (the first)")
                .contains("sync:         incremental")
                .contains("acknowledges: nothing")
                .contains("label:        UNCLASSIFIED // REL TO ITA")
                .containsPattern("data/zones.geojson +1 features, 0 tombstones")
                .contains("15 new, 0 updated, 0 unchanged, 0 stale, 0 conflicts, 0 merged, 0 proposals, 0 refused")
                .contains("EXERCISE — Minefield, Blue Line at Labbouneh': is new");

        int before = count(ita);
        CliRun dryImport = ok("bundle", "import", bundle.toString(), "--picture", ita.toString(), "--dry-run");
        assertThat(dryImport.out()).contains("15 new").contains("dry run: nothing imported");
        assertEquals(before, count(ita), "a dry-run import writes nothing");

        CliRun imported = ok("bundle", "import", bundle.toString(), "--picture", ita.toString());
        assertThat(imported.out())
                .contains("from FRA-HQ: 15 features written, 0 conflicts opened, 0 conflicts cleared")
                .contains("FRA-HQ acknowledged none of our bundles");
        assertEquals(before + 15, count(ita));

        CliRun again = run("bundle", "import", bundle.toString(), "--picture", ita.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("was already imported at").contains("nothing changed");
        assertEquals(before + 15, count(ita));

        UUID zone;
        try (PictureStore store = PictureStore.open(ita)) {
            ThreatZone z = fraZone(store);
            zone = z.id();
            store.saveAll(List.of(renamed(z, "EXERCISE — Minefield Bravo")));
        }
        Path back = exportTo(ita, "FRA-HQ");
        // the two nodes work as one team: FRA-HQ lets ITA-BN edit its features directly (else a proposal)
        ok("partners", "allow-edits", fra.toString(), "ITA-BN", "on");
        CliRun home = ok("bundle", "import", back.toString(), "--picture", fra.toString());
        assertThat(home.out())
                .contains("acknowledges: bundle 1 from FRA-HQ")
                .contains("16 new, 1 updated")
                .contains("17 features written")
                .contains("ITA-BN acknowledged our bundle 1");

        try (PictureStore a = PictureStore.open(fra);
                PictureStore b = PictureStore.open(ita)) {
            Map<UUID, Feature> onFra = byId(a.query(FeatureQuery.all()));
            Map<UUID, Feature> onIta = byId(b.query(FeatureQuery.all()));
            assertThat(onIta).hasSize(31);
            onIta.forEach((id, f) -> {
                assertEquals(f, onFra.get(id), "same feature on both nodes");
                assertEquals(f.sync().versions(), onFra.get(id).sync().versions());
            });
            assertThat(onFra.keySet()).hasSize(33).containsAll(onIta.keySet());
            assertEquals("EXERCISE — Minefield Bravo", onFra.get(zone).name());
        }
        CliRun provenance = ok("provenance", zone.toString(), "--picture", fra.toString());
        assertThat(provenance.out())
                .contains("origin FRA-HQ")
                .contains("signed by ITA-BN")
                .contains("UPDATE");

        CliRun nothing = ok("bundle", "export", "--picture", fra.toString(), "--to", "ITA-BN", "--dry-run");
        assertThat(nothing.out())
                .as("ITA-BN acknowledged everything; its own versions are not sent back")
                .contains("incremental: 0 features")
                .contains("nothing to send");
    }

    @Test
    void anAlteredBundleIsRefusedWithTheEntryAndTheReasonAndNothingIsImported() throws Exception {
        Path bundle = exportTo(fra, "ITA-BN");
        Path altered = dir.resolve("altered.paxb");
        HostileBundle.alter(bundle, altered, "data/zones.geojson", text -> text.replace("Labbouneh", "Labbounex"));
        int before = count(ita);
        for (String command : List.of("verify", "inspect", "import")) {
            CliRun r = run("bundle", command, altered.toString(), "--picture", ita.toString());
            assertThat(r.exit()).as(command).isEqualTo(1);
            assertThat(r.err().strip())
                    .startsWith("paxmap: " + altered.getFileName() + ": data/zones.geojson: ")
                    .contains("SHA-256")
                    .doesNotContain("\n")
                    .doesNotContain("Exception");
        }
        assertEquals(before, count(ita));

        byte[] bytes = Files.readAllBytes(bundle);
        bytes[bytes.length / 2] ^= 0x20;
        Path flipped = Files.write(dir.resolve("flipped.paxb"), bytes);
        CliRun r = run("bundle", "import", flipped.toString(), "--picture", ita.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("paxmap: flipped.paxb: ").doesNotContain("\n");
        assertEquals(before, count(ita));
        assertThat(r.out()).doesNotContain("imported bundle");
    }

    @Test
    void refusalsAndWrongUsageHaveTheirOwnExitCodes() throws Exception {
        Path bundle = exportTo(fra, "ITA-BN");
        CliRun wrongNode = run("bundle", "import", bundle.toString(), "--picture", fra.toString());
        assertThat(wrongNode.exit()).isEqualTo(1);
        assertThat(wrongNode.err())
                .contains("is not in the trust list: the bundle is signed by a key this picture does not trust");

        Path wrong = Files.setPosixFilePermissions(
                Files.writeString(dir.resolve("wrong.txt"), "not the passphrase at all\n"),
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Path other = Files.createDirectories(dir.resolve("other"));
        CliRun locked = run(
                "bundle",
                "export",
                "--picture",
                fra.toString(),
                "--to",
                "ITA-BN",
                "--out",
                other.toString(),
                "--passphrase-file",
                wrong.toString());
        assertThat(locked.exit()).isEqualTo(1);
        assertThat(locked.err().strip())
                .startsWith("paxmap: wrong passphrase for the key of node FRA-HQ")
                .doesNotContain("\n");
        assertThat(bundles(other)).isEmpty();

        CliRun unknown = run("bundle", "export", "--picture", fra.toString(), "--to", "DEU-BDE", "--dry-run");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("No partner DEU-BDE");
        CliRun noPolicy =
                run("bundle", "export", "--picture", fra.toString(), "--to", "ITA-BN", "--policy", "OTAN", "--dry-run");
        assertThat(noPolicy.exit()).isEqualTo(1);
        assertThat(noPolicy.err())
                .startsWith("paxmap: No release policy OTAN in ")
                .contains("its policies are");
        CliRun un =
                ok("bundle", "export", "--picture", fra.toString(), "--to", "ITA-BN", "--policy", "UN", "--dry-run");
        assertThat(un.out())
                .contains("incremental: 0 features")
                .containsPattern(
                        "withheld +\\d+: policy EXERCISE travels in a bundle of its own; this bundle carries UN");

        assertThat(run("bundle", "import", bundle.toString()).exit())
                .as("no --picture")
                .isEqualTo(2);
        assertThat(run("bundle", "export", "--picture", fra.toString(), "--to", "ITA-BN")
                        .exit())
                .as("neither --out nor --dry-run")
                .isEqualTo(2);
        assertThat(run("conflicts", "resolve", UUID.randomUUID().toString(), "--picture", ita.toString())
                        .exit())
                .as("neither --mine nor --theirs")
                .isEqualTo(2);
        assertThat(run("bundle").exit()).isEqualTo(2);
        assertThat(run("help", "bundle").out()).contains("Exit codes:").contains("3  imported, but conflicts");
    }

    @Test
    void aConflictExitsThreeIsListedAndIsClearedByResolve() throws Exception {
        ok("bundle", "import", exportTo(fra, "ITA-BN").toString(), "--picture", ita.toString());
        UUID zone;
        try (PictureStore a = PictureStore.open(fra);
                PictureStore b = PictureStore.open(ita)) {
            ThreatZone onIta = fraZone(b);
            zone = onIta.id();
            b.saveAll(List.of(renamed(onIta, "EXERCISE — Minefield Bravo")));
            a.saveAll(List.of(renamed((ThreatZone) a.find(zone).orElseThrow(), "EXERCISE — Minefield Charlie")));
        }
        ok("partners", "allow-edits", fra.toString(), "ITA-BN", "on"); // one team: edits conflict, not proposals
        CliRun imported = run("bundle", "import", exportTo(ita, "FRA-HQ").toString(), "--picture", fra.toString());
        assertThat(imported.exit()).as(imported.out() + imported.err()).isEqualTo(BundleCommand.CONFLICTS);
        assertThat(imported.out())
                .contains("1 conflicts")
                .contains("1 conflicts opened")
                .contains("conflicts list");

        CliRun list = ok("conflicts", "list", "--picture", fra.toString());
        assertThat(list.out()).startsWith(zone + "\tzones\t").contains("Minefield");
        CliRun resolve = ok("conflicts", "resolve", zone.toString(), "--theirs", "--picture", fra.toString());
        assertThat(resolve.out()).contains("kept theirs").containsPattern("new version \\{FRA-HQ=\\d+, ITA-BN=1}");
        assertThat(ok("conflicts", "list", "--picture", fra.toString()).out()).isEqualTo("no conflicts\n");
        try (PictureStore a = PictureStore.open(fra)) {
            assertEquals(
                    "EXERCISE — Minefield Bravo", a.find(zone).orElseThrow().name());
        }
        CliRun again = run("conflicts", "resolve", zone.toString(), "--mine", "--picture", fra.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("is not in conflict");

        CliRun settled = ok("bundle", "import", exportTo(fra, "ITA-BN").toString(), "--picture", ita.toString());
        assertThat(settled.out()).contains("1 updated").contains("0 conflicts opened");
        try (PictureStore a = PictureStore.open(fra);
                PictureStore b = PictureStore.open(ita)) {
            assertEquals(a.find(zone), b.find(zone), "the partner takes the resolution");
        }
    }

    @Test
    void aBundleMadeAMonthAheadOfOurClockIsImportedWithAClockSkewWarning() throws Exception {
        Instant ahead = Instant.now().plus(java.time.Duration.ofDays(30));
        Path file = HostileBundle.of(exportTo(fra, "ITA-BN"))
                .resign(m -> HostileBundle.createdAt(m, ahead), kid(fra), CliNodes.key(fra))
                .write(dir.resolve("ahead.paxb"));
        CliRun imported = ok("bundle", "import", file.toString(), "--picture", ita.toString());
        assertThat(imported.out())
                .contains("warning: the bundle says FRA-HQ made it at " + ahead)
                .contains("ahead of this computer's clock")
                .contains("15 features written");
    }

    private static String kid(Path picture) throws Exception {
        try (PictureStore store = PictureStore.open(picture)) {
            return org.paxmap.bundle.trust.LocalIdentity.require(store).kid();
        }
    }

    private Path exportTo(Path picture, String partner) throws Exception {
        return nodes.export(picture, partner);
    }

    private static int count(Path picture) throws Exception {
        try (PictureStore store = PictureStore.open(picture)) {
            return store.query(FeatureQuery.all()).size();
        }
    }

    private static ThreatZone fraZone(PictureStore store) throws Exception {
        return store.zones(FeatureQuery.all()).stream()
                .filter(z -> z.sync().origin().equals("FRA-HQ"))
                .findFirst()
                .orElseThrow();
    }

    private static ThreatZone renamed(ThreatZone z, String name) {
        return org.paxmap.testing.PlotFeatures.named(z, name);
    }

    private static Map<UUID, Feature> byId(List<Feature> features) {
        return features.stream().collect(Collectors.toMap(Feature::id, Function.identity()));
    }
}
