package org.paxmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.paxmap.cli.CliRun.ok;
import static org.paxmap.cli.CliRun.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreChecksum;
import org.paxmap.testing.HostileBundle;
import org.paxmap.testing.PlotFeatures;

/**
 * Proposals through the command line: FRA-HQ deletes ITA-BN's minefield and sends the change; ITA-BN's {@code bundle
 * import} says in plain words that FRA-HQ proposes to delete it, records it, exits 3 and leaves the zone on the map;
 * {@code proposals list}, {@code reject} and {@code accept} answer it; {@code partners list} shows who may edit our
 * features and {@code partners allow-edits} sets it. The same bundle with a forged ITA-BN counter is refused with one
 * line and the picture unchanged.
 */
@Tag("slow")
class ProposalsCommandTest {
    @TempDir
    Path dir;

    CliNodes nodes;
    UUID minefield;
    /** FRA-HQ's bundle to ITA-BN carrying its deletion of ITA-BN's minefield. */
    Path deletion;

    @BeforeEach
    void fraDeletesItasMinefield() throws Exception {
        nodes = CliNodes.create(dir, false);
        try (PictureStore ita = PictureStore.open(nodes.ita())) {
            minefield = ita.saveAll(
                            List.of(PlotFeatures.zone("ITA-BN", "Minefield North", ReleaseLabel.exercise("ITA"))))
                    .get(0)
                    .id();
        }
        ok(
                "bundle",
                "import",
                nodes.export(nodes.ita(), "FRA-HQ").toString(),
                "--picture",
                nodes.fra().toString());
        try (PictureStore fra = PictureStore.open(nodes.fra())) {
            fra.delete(minefield);
        }
        deletion = nodes.export(nodes.fra(), "ITA-BN");
    }

    private boolean deletedAtIta() throws Exception {
        try (PictureStore ita = PictureStore.open(nodes.ita())) {
            return ita.find(minefield).orElseThrow().sync().deleted();
        }
    }

    @Test
    void theImportSaysSoAndAPersonRejectsOrAccepts() throws Exception {
        CliRun imported = run(
                "bundle",
                "import",
                deletion.toString(),
                "--picture",
                nodes.ita().toString());
        assertEquals(BundleCommand.CONFLICTS, imported.exit(), imported.out() + imported.err());
        assertThat(imported.out())
                .contains("0 merged, 1 proposals, 0 refused")
                .contains("proposal   zones " + minefield + " 'Minefield North': FRA-HQ proposes to delete your zone"
                        + " 'Minefield North'")
                .contains("0 features written")
                .contains("1 proposals recorded, nothing of them applied");
        assertThat(deletedAtIta()).as("the zone is still on the map").isFalse();

        CliRun list = ok("proposals", "list", nodes.ita().toString());
        assertThat(list.out())
                .startsWith("1\topen\tzones " + minefield)
                .contains("FRA-HQ proposes to delete your zone");

        CliRun rejected = ok("proposals", "reject", nodes.ita().toString(), "1");
        assertThat(rejected.out()).contains("rejected proposal 1 of FRA-HQ").contains("the next bundle to FRA-HQ");
        assertThat(deletedAtIta()).isFalse();
        assertThat(ok("proposals", "list", nodes.ita().toString()).out()).isEqualTo("no open proposals\n");

        CliRun again = run("proposals", "accept", nodes.ita().toString(), "1");
        assertEquals(1, again.exit());
        assertThat(again.err()).contains("Proposal 1 was already rejected").doesNotContain("Exception");
        CliRun none = run("proposals", "accept", nodes.ita().toString(), "99");
        assertEquals(1, none.exit());
        assertThat(none.err()).contains("There is no proposal 99").doesNotContain("Exception");
    }

    @Test
    void acceptingDeletesTheZone() throws Exception {
        run("bundle", "import", deletion.toString(), "--picture", nodes.ita().toString());
        CliRun accepted = ok("proposals", "accept", nodes.ita().toString(), "1");
        assertThat(accepted.out()).contains("accepted proposal 1 of FRA-HQ").contains("(deleted)");
        assertThat(deletedAtIta()).isTrue();
    }

    @Test
    void thePartnerListShowsTheEditRightAndAllowEditsSetsIt() {
        assertThat(ok("partners", "list", nodes.ita().toString()).out())
                .contains("may edit our features: no (its edits are proposals)");
        assertThat(ok("partners", "allow-edits", nodes.ita().toString(), "FRA-HQ", "on")
                        .out())
                .contains("direct edits of our features allowed to partner FRA-HQ");
        assertThat(ok("partners", "list", nodes.ita().toString()).out())
                .contains("may edit our features: yes (its edits apply directly)");
        CliRun bad = run("partners", "allow-edits", nodes.ita().toString(), "FRA-HQ", "maybe");
        assertEquals(1, bad.exit());
        assertThat(bad.err()).contains("allow-edits takes on or off, not 'maybe'");
        CliRun unknown = run("partners", "allow-edits", nodes.ita().toString(), "DEU-CP", "on");
        assertEquals(1, unknown.exit());
        assertThat(unknown.err()).contains("DEU-CP").doesNotContain("Exception");
    }

    @Test
    void aForgedCounterOfOursIsRefusedEvenFromAPartnerAllowedToEdit() throws Exception {
        ok("partners", "allow-edits", nodes.ita().toString(), "FRA-HQ", "on");
        HostileBundle b = HostileBundle.of(deletion);
        String zones = b.text("data/zones.geojson");
        String forged = zones.replace("\"ITA-BN\":1}", "\"ITA-BN\":7}");
        assertThat(forged).isNotEqualTo(zones);
        try (PictureStore fra = PictureStore.open(nodes.fra())) {
            b.replaceSigned(
                    "data/zones.geojson",
                    forged.getBytes(StandardCharsets.UTF_8),
                    org.paxmap.bundle.trust.LocalIdentity.require(fra).kid(),
                    CliNodes.key(nodes.fra()));
        }
        Path file = b.write(dir.resolve("forged.paxb"));
        String before = StoreChecksum.of(nodes.ita());
        CliRun refused = run(
                "bundle", "import", file.toString(), "--picture", nodes.ita().toString());
        assertEquals(1, refused.exit(), refused.out());
        assertThat(refused.err().lines()).hasSize(1);
        assertThat(refused.err())
                .contains("feature 'Minefield North' (" + minefield + ") claims ITA-BN version 7, but ITA-BN has issued"
                        + " only 1");
        assertEquals(before, StoreChecksum.of(nodes.ita()), "the picture is unchanged");
    }
}
