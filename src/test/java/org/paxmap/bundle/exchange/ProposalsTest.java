package org.paxmap.bundle.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.bundle.sync.PlannedFeature;
import org.paxmap.bundle.sync.SyncClass;
import org.paxmap.bundle.sync.SyncEngine;
import org.paxmap.bundle.sync.SyncRefusedException;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.ThreatZone;
import org.paxmap.store.Proposal;
import org.paxmap.store.ProposalStatus;
import org.paxmap.store.StoreChecksum;

/**
 * Our features change only by our hand: a trusted partner's bundle (real keys, real pictures) that deletes one of our
 * zones or edits one of our incidents is recorded as a proposal and changes nothing of the feature until a person
 * accepts it; accepting deletes or applies it, rejecting keeps ours, and either answer travels in the next bundle to
 * the partner so that both pictures agree. A partner allowed to edit our features edits them directly — except that a
 * threat zone's deletion stays a proposal.
 */
@Tag("slow")
class ProposalsTest {
    private final ExchangePair nodes;
    private final ExchangeNode fra;
    private final ExchangeNode ita;
    /** ITA-BN's zone and incident, which FRA-HQ holds. */
    private final ThreatZone minefield;

    private final Incident report;

    ProposalsTest(@TempDir Path dir) throws Exception {
        nodes = ExchangePair.create(dir);
        fra = nodes.fra();
        ita = nodes.ita();
        ReleaseLabel label = ReleaseLabel.exercise("ITA");
        minefield = (ThreatZone)
                ita.store.saveAll(List.of(ita.zone("Minefield North", label))).get(0);
        report = (Incident)
                ita.store.saveAll(List.of(ita.incident("Patrol report", label))).get(0);
        fra.receive(ita.send(fra, nodes.stick(), Manifest.SyncMode.INCREMENTAL));
    }

    @AfterEach
    void close() {
        nodes.close();
    }

    /** FRA deletes ITA's minefield and sends the change; ITA previews it. */
    private ImportPreview fraDeletesTheMinefield() throws Exception {
        fra.store.delete(minefield.id());
        return new BundleImport(ita.store).preview(fra.send(ita, nodes.stick(), Manifest.SyncMode.INCREMENTAL));
    }

    private Proposal onlyOpenProposal() throws Exception {
        List<Proposal> open = ita.store.proposals().open();
        assertEquals(1, open.size(), open.toString());
        return open.get(0);
    }

    /** id → vector, hash and deleted flag of every feature. */
    private static Map<java.util.UUID, String> state(ExchangeNode node) throws Exception {
        Map<java.util.UUID, String> out = new java.util.TreeMap<>();
        for (Feature f : node.store.fullExport().features()) {
            out.put(
                    f.id(),
                    f.sync().versions() + " " + f.sync().contentSha256() + " "
                            + f.sync().deleted());
        }
        return out;
    }

    @Test
    void aPartnersDeletionOfOurZoneIsAProposalAndChangesNothing() throws Exception {
        ImportPreview preview = fraDeletesTheMinefield();
        PlannedFeature planned = preview.plan().features().get(0);
        assertEquals(SyncClass.PROPOSAL, planned.kind());
        assertEquals("FRA-HQ proposes to delete your zone 'Minefield North'", planned.reason());
        Feature before = ita.find(minefield.id());
        String changelog = ita.store.changesSince(0).toString();

        ImportResult result = new BundleImport(ita.store).apply(preview);

        assertEquals(0, result.applied().written());
        assertEquals(1, result.applied().proposalsRecorded());
        Feature after = ita.find(minefield.id());
        assertEquals(before, after, "the zone is as it was, version and all");
        assertFalse(after.sync().deleted());
        assertEquals(changelog, ita.store.changesSince(0).toString(), "nothing in the change log");
        Proposal p = onlyOpenProposal();
        assertEquals("FRA-HQ", p.proposer());
        assertTrue(p.deletion());
        assertEquals(minefield.sync().versions(), p.baseVersions());
    }

    @Test
    void acceptingDeletesTheZoneAndTheNextBundleMakesBothPicturesAgree() throws Exception {
        ita.receive(fraDeletesTheMinefield().bundle().file());
        Proposal p = onlyOpenProposal();

        Feature written = new SyncEngine(ita.store).decide(p.id(), true);

        assertTrue(written.sync().deleted());
        assertTrue(ita.find(minefield.id()).sync().deleted());
        assertEquals(2, written.sync().versions().get("ITA-BN"), "a new version by our hand");
        assertEquals(1, written.sync().versions().get("FRA-HQ"), "that dominates the proposal");
        assertThat(ita.store.proposals().open()).isEmpty();
        assertEquals(
                ProposalStatus.ACCEPTED,
                ita.store.proposals().byId(p.id()).orElseThrow().status());
        assertThat(ita.store.provenance(minefield.id()))
                .anyMatch(v -> v.outcome().equals("PROPOSAL_ACCEPTED")
                        && v.signerNode().equals("FRA-HQ"));

        ImportResult atFra = fra.receive(ita.send(fra, nodes.stick(), Manifest.SyncMode.INCREMENTAL));
        assertEquals(1, atFra.preview().count(SyncClass.UPDATE));
        assertEquals(state(ita), state(fra), "both pictures agree");
    }

    @Test
    void rejectingKeepsTheZoneAndTheNextBundleRestoresItAtThePartner() throws Exception {
        ita.receive(fraDeletesTheMinefield().bundle().file());
        Proposal p = onlyOpenProposal();

        Feature written = new SyncEngine(ita.store).decide(p.id(), false);

        assertFalse(written.sync().deleted());
        assertEquals("Minefield North", ita.find(minefield.id()).name());
        assertEquals(minefield.sync().contentSha256(), written.sync().contentSha256(), "our content");
        assertEquals(
                ProposalStatus.REJECTED,
                ita.store.proposals().byId(p.id()).orElseThrow().status());
        assertThrows(SyncRefusedException.class, () -> new SyncEngine(ita.store).decide(p.id(), true));

        assertTrue(fra.find(minefield.id()).sync().deleted());
        fra.receive(ita.send(fra, nodes.stick(), Manifest.SyncMode.INCREMENTAL));
        assertFalse(fra.find(minefield.id()).sync().deleted(), "our answer restored it at FRA-HQ");
        assertEquals(state(ita), state(fra), "both pictures agree");
    }

    @Test
    void aPartnersEditOfOurIncidentIsAProposalNamingTheFields() throws Exception {
        fra.retitle(report.id(), "Patrol report, rewritten");
        ImportResult result = ita.receive(fra.send(ita, nodes.stick(), Manifest.SyncMode.INCREMENTAL));
        PlannedFeature planned = result.preview().plan().features().get(0);
        assertEquals(SyncClass.PROPOSAL, planned.kind());
        assertEquals("FRA-HQ proposes to change your incident 'Patrol report' (title)", planned.reason());
        assertEquals("Patrol report", ita.find(report.id()).name());

        new SyncEngine(ita.store).decide(onlyOpenProposal().id(), true);
        Feature accepted = ita.find(report.id());
        assertEquals("Patrol report, rewritten", accepted.name());
        assertEquals(2, accepted.sync().versions().get("ITA-BN"));
    }

    @Test
    void theSameProposalAgainIsNotRecordedTwiceAndOurAnswerMakesItStale() throws Exception {
        ita.receive(fraDeletesTheMinefield().bundle().file());
        // FRA-HQ sends everything again: its tombstone, already proposed and still open
        ImportResult again = ita.receive(fra.send(ita, nodes.stick(), Manifest.SyncMode.FULL));
        assertEquals(0, again.preview().count(SyncClass.PROPOSAL));
        assertThat(again.preview().plan().features())
                .anyMatch(f -> f.kind() == SyncClass.UNCHANGED && f.reason().contains("already proposed (open)"));
        new SyncEngine(ita.store).decide(onlyOpenProposal().id(), false);
        // once answered, our newer version dominates the tombstone: it is stale
        ImportResult later = ita.receive(fra.send(ita, nodes.stick(), Manifest.SyncMode.FULL));
        assertEquals(0, later.preview().count(SyncClass.PROPOSAL));
        assertThat(later.preview().plan().features())
                .anyMatch(f -> f.incoming().id().equals(minefield.id()) && f.kind() == SyncClass.STALE);
        assertThat(ita.store.proposals().open()).isEmpty();
        assertFalse(ita.find(minefield.id()).sync().deleted());
    }

    @Test
    void aPartnerAllowedToEditOurFeaturesEditsThemDirectlyButAZoneDeletionStaysAProposal() throws Exception {
        ita.store.proposals().setEditRight("FRA-HQ", true);
        fra.retitle(report.id(), "Patrol report, corrected");
        fra.store.delete(minefield.id());
        ImportResult result = ita.receive(fra.send(ita, nodes.stick(), Manifest.SyncMode.INCREMENTAL));
        assertEquals(1, result.preview().count(SyncClass.UPDATE));
        assertEquals(1, result.preview().count(SyncClass.PROPOSAL));
        assertEquals("Patrol report, corrected", ita.find(report.id()).name());
        assertFalse(ita.find(minefield.id()).sync().deleted(), "a threat zone's deletion is always a proposal");
        ita.store.proposals().setEditRight("FRA-HQ", false);
        assertThat(ita.store.proposals().editRights()).isEmpty();
    }

    @Test
    void thePreviewWritesNothing() throws Exception {
        String before = StoreChecksum.of(ita.store.file());
        fraDeletesTheMinefield();
        assertEquals(before, StoreChecksum.of(ita.store.file()));
        assertNotEquals(0, fra.store.changesSince(0).size());
    }
}
