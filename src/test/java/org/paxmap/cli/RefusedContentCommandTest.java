package org.paxmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.paxmap.cli.CliRun.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.model.Incident;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreChecksum;
import org.paxmap.testing.HostileBundle;
import org.paxmap.testing.PlotFeatures;

/**
 * Refusals through {@code paxmap bundle import}, each one line and the picture unchanged: a partner's bundle,
 * re-signed with its real key, whose incident happened in the year 1,000,000,000 is refused naming the file, the
 * feature and the field — not "internal error (DateTimeException)" from the apply; a bundle from a partner suspended
 * in the trust list is refused as from a suspended partner, not as from an unknown signer.
 */
@Tag("slow")
class RefusedContentCommandTest {
    @TempDir
    Path dir;

    /** FRA-HQ's incident "Device at Naqoura", releasable to ITA, saved in its picture. */
    private static Incident fraIncident(CliNodes nodes) throws Exception {
        try (PictureStore store = PictureStore.open(nodes.fra())) {
            return (Incident) store.saveAll(
                            List.of(PlotFeatures.incident("FRA-HQ", "Device at Naqoura", ReleaseLabel.exercise("ITA"))))
                    .get(0);
        }
    }

    @Test
    void anIncidentInTheYearOneBillionIsRefusedWithOneLineNamingTheField() throws Exception {
        CliNodes nodes = CliNodes.create(dir, false);
        Incident incident = fraIncident(nodes);
        HostileBundle b = HostileBundle.of(nodes.export(nodes.fra(), "ITA-BN"));
        String path = "data/incidents.geojson";
        String when = incident.occurredAt().toString();
        assertThat(b.text(path)).contains(when);
        byte[] hostile =
                b.text(path).replace(when, "+1000000000-09-01T08:00:00Z").getBytes(StandardCharsets.UTF_8);
        Path file = b.replaceSigned(path, hostile, b.manifest().sender().kid(), CliNodes.key(nodes.fra()))
                .write(dir.resolve("far-future.paxb"));

        String before = StoreChecksum.of(nodes.ita());
        for (String command : List.of("inspect", "import")) {
            CliRun r = run(
                    "bundle", command, file.toString(), "--picture", nodes.ita().toString());
            assertEquals(1, r.exit(), r.out() + r.err());
            assertThat(r.err())
                    .startsWith("paxmap: far-future.paxb: " + path + ": feature 1 (id \"" + incident.id() + "\"),"
                            + " field properties.occurred_at: ")
                    .contains("outside the times a picture holds (1900-01-01T00:00:00Z to 2200-01-01T00:00:00Z)")
                    .doesNotContain("internal error")
                    .doesNotContain("Exception");
            assertThat(r.err().strip()).doesNotContain("\n");
        }
        assertEquals(before, StoreChecksum.of(nodes.ita()), "the picture is unchanged");
    }

    @Test
    void aTombstoneCarryingItsLastContentIsRefusedWithOneLineNamingTheField() throws Exception {
        CliNodes nodes = CliNodes.create(dir, false);
        Incident incident = fraIncident(nodes);
        CliRun.ok(
                "bundle",
                "import",
                nodes.export(nodes.fra(), "ITA-BN").toString(),
                "--picture",
                nodes.ita().toString());
        try (PictureStore store = PictureStore.open(nodes.fra())) {
            store.delete(incident.id());
        }
        HostileBundle b = HostileBundle.of(nodes.export(nodes.fra(), "ITA-BN"));
        String path = "data/incidents.geojson";
        String layerOnly = "\"properties\":{\"layer\":\"incidents\"}";
        assertThat(b.text(path)).contains(layerOnly).doesNotContain("Device at Naqoura");
        byte[] hostile = b.text(path)
                .replace(layerOnly, "\"properties\":{\"layer\":\"incidents\",\"title\":\"Device at Naqoura\"}")
                .getBytes(StandardCharsets.UTF_8);
        Path file = b.replaceSigned(path, hostile, b.manifest().sender().kid(), CliNodes.key(nodes.fra()))
                .write(dir.resolve("talkative-tombstone.paxb"));

        String before = StoreChecksum.of(nodes.ita());
        CliRun r = run(
                "bundle", "import", file.toString(), "--picture", nodes.ita().toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertThat(r.err())
                .startsWith("paxmap: talkative-tombstone.paxb: " + path + ": feature 1 (id \"" + incident.id()
                        + "\"), field properties.title: a tombstone (deleted: true) carries only its layer")
                .doesNotContain("Exception");
        assertThat(r.err().strip()).doesNotContain("\n");
        assertEquals(before, StoreChecksum.of(nodes.ita()), "the picture is unchanged");
    }

    @Test
    void aBundleFromASuspendedPartnerIsRefusedAsFromASuspendedPartner() throws Exception {
        CliNodes nodes = CliNodes.create(dir, false);
        Path bundle = nodes.export(nodes.fra(), "ITA-BN");
        CliRun.ok("partners", "suspend", nodes.ita().toString(), "FRA-HQ");
        String before = StoreChecksum.of(nodes.ita());
        CliRun r = run(
                "bundle", "import", bundle.toString(), "--picture", nodes.ita().toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertThat(r.err())
                .contains("the bundle is from a suspended partner: FRA-HQ")
                .doesNotContain("not in the trust list");
        assertEquals(before, StoreChecksum.of(nodes.ita()), "the picture is unchanged");
    }
}
