package org.paxmap.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.bundle.trust.NodeIdentity;
import org.paxmap.bundle.trust.NodeKeys;
import org.paxmap.bundle.trust.PublicKeyJwk;
import org.paxmap.bundle.trust.TrustList;
import org.paxmap.model.Feature;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.PictureStore;
import org.paxmap.testing.PlotFeatures;

/**
 * The acceptance case, on a real picture: a {@code NATO SECRET // REL TO FRA, DEU} incident, an exercise
 * {@code UNCLASSIFIED // REL TO ALL} one and an unmarked one, briefed to ITA, FRA, the NATO group, a partner node and
 * no audience.
 */
class AudienceFilterTest {
    static final ReleaseLabel SECRET = new ReleaseLabel("NATO", "NATO SECRET", List.of("FRA", "DEU"), List.of(), "FRA");
    static final ReleaseLabel EXERCISE = ReleaseLabel.exercise("FRA");
    static final ReleaseLabel UNMARKED = new ReleaseLabel("LOCAL", "UNMARKED", List.of(), List.of(), "LOCAL");

    @TempDir
    Path dir;

    PictureStore store;
    Briefings briefings;
    List<Feature> picture;

    @BeforeEach
    void picture() throws Exception {
        store = PictureStore.create(dir.resolve("ops.gpkg"), "FRA-HQ");
        store.saveAll(List.of(
                PlotFeatures.incident("FRA-HQ", "Secret cache", SECRET),
                PlotFeatures.incident("FRA-HQ", "Exercise checkpoint", EXERCISE),
                PlotFeatures.incident("FRA-HQ", "Imported sighting", UNMARKED)));
        picture = store.query(FeatureQuery.all());
        briefings = new Briefings(store);
        new TrustList(store)
                .add(
                        new NodeIdentity(
                                "DEU-BDE",
                                "German brigade",
                                "DEU",
                                PublicKeyJwk.of(NodeKeys.generate().getPublic()),
                                Instant.now()),
                        "Capt. Moreau",
                        Instant.now(),
                        Map.of("NATO", "NATO SECRET", "EXERCISE", "UNCLASSIFIED"),
                        List.of());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private AudienceFilter.Shown<Feature> briefedTo(String audience) throws Exception {
        Briefing b = briefings.create("For " + audience, audience, "Capt. Moreau", "1 BDE");
        return briefings.filter(b).apply(picture);
    }

    private static List<String> titles(AudienceFilter.Shown<Feature> shown) {
        return shown.features().stream().map(Feature::name).sorted().toList();
    }

    @Test
    void italySeesOnlyTheExerciseIncidentMarkedForItaly() throws Exception {
        AudienceFilter.Shown<Feature> ita = briefedTo("ita");
        assertThat(titles(ita)).containsExactly("Exercise checkpoint");
        assertThat(ita.withheld()).isEqualTo(2);
        assertThat(ita.withheldReasons())
                .containsEntry("ITA is not within REL TO FRA, DEU", 1)
                .containsEntry("policy LOCAL is not in the policy table (unknown labels are never released)", 1);
        assertThat(ita.marking())
                .isEqualTo(new Marking("EXERCISE — UNCLASSIFIED // REL TO ITA", MarkingLevel.EXERCISE));
    }

    @Test
    void franceSeesTheSecretIncidentAndTheMarkingSaysSo() throws Exception {
        AudienceFilter.Shown<Feature> fra = briefedTo("FRA");
        assertThat(titles(fra)).containsExactly("Exercise checkpoint", "Secret cache");
        assertThat(fra.withheld()).as("the unmarked incident").isEqualTo(1);
        assertThat(fra.marking()).isEqualTo(new Marking("NATO SECRET // REL TO FRA", MarkingLevel.SECRET));
    }

    @Test
    void theNatoGroupSeesOnlyWhatEveryMemberMaySee() throws Exception {
        AudienceFilter.Shown<Feature> nato = briefedTo("NATO");
        assertThat(titles(nato)).containsExactly("Exercise checkpoint");
        assertThat(nato.withheldReasons()).containsKey("NATO is not within REL TO FRA, DEU");
        assertThat(nato.marking().text()).isEqualTo("EXERCISE — UNCLASSIFIED // REL TO NATO");
    }

    @Test
    void aPartnerNodeIsBriefedByTheRulesOfAnExportToIt() throws Exception {
        AudienceFilter.Shown<Feature> deu = briefedTo("DEU-BDE");
        assertThat(titles(deu)).containsExactly("Exercise checkpoint", "Secret cache");
        assertThat(deu.marking()).isEqualTo(new Marking("NATO SECRET // REL TO DEU", MarkingLevel.SECRET));

        Audience partner = briefings.audience("deu-bde");
        assertThat(partner.kind()).isEqualTo(Audience.Kind.PARTNER);
        AudienceFilter filter = AudienceFilter.of(partner, org.paxmap.bundle.trust.PolicyTable.defaults(), "FRA-HQ");
        assertThat(filter.decide(EXERCISE, "POL-HQ").reason())
                .as("third-party data is not shown to a partner, as it is not exported to one")
                .contains("third party");
        assertThat(AudienceFilter.of(
                                briefings.audience("DEU"), org.paxmap.bundle.trust.PolicyTable.defaults(), "FRA-HQ")
                        .decide(EXERCISE, "POL-HQ")
                        .releasable())
                .as("a nation audience has no channel or origin rule")
                .isTrue();

        new TrustList(store).suspend("DEU-BDE");
        Briefing b = briefings.load("For DEU-BDE");
        AudienceFilter.Shown<Feature> suspended = briefings.filter(b).apply(picture);
        assertThat(suspended.features()).isEmpty();
        assertThat(suspended.marking().text()).isEqualTo("UNCLASSIFIED // REL TO DEU");

        new TrustList(store).remove("DEU-BDE");
        assertThatThrownBy(() -> briefings.filter(b))
                .isInstanceOf(BriefException.class)
                .hasMessageStartingWith("the audience of briefing 'For DEU-BDE' is unknown: no partner, nation or"
                        + " group 'DEU-BDE' in the release policies of ops.gpkg");
    }

    @Test
    void withoutAnAudienceEverythingIsShownAndTheMarkingIsNeverReleasable() throws Exception {
        Briefing local = briefings.create("Local", null, "Capt. Moreau", "1 BDE");
        AudienceFilter.Shown<Feature> all = briefings.filter(local).apply(picture);
        assertThat(all.features()).hasSize(3);
        assertThat(all.withheld()).isZero();
        assertThat(all.marking())
                .isEqualTo(new Marking(
                        "NATO SECRET + UNMARKED CONTENT // LOCAL USE ONLY — NOT RELEASABLE", MarkingLevel.SECRET));
    }

    @Test
    void caveatedLabelsAreWithheldFromEveryAudienceAndDeletedFeaturesFromAll() throws Exception {
        ReleaseLabel caveated = new ReleaseLabel("NATO", "NATO SECRET", List.of("FRA"), List.of("ORCON"), "FRA");
        Feature orcon = store.saveAll(List.of(PlotFeatures.incident("FRA-HQ", "Orcon", caveated)))
                .get(0);
        AudienceFilter fra = briefings.filter(briefings.create("F", "FRA", "a", "u"));
        assertThat(fra.decide(caveated, "FRA-HQ").reason()).contains("caveat ORCON");
        assertThat(fra.shows(orcon)).isFalse();
        Feature deleted = store.delete(orcon.id());
        AudienceFilter local = briefings.filter(briefings.create("L", null, "a", "u"));
        assertThat(local.shows(deleted)).isFalse();
        assertThat(local.marking(List.of(caveated)).text())
                .isEqualTo("NATO SECRET // ORCON // LOCAL USE ONLY — NOT RELEASABLE");
    }

    @Test
    void anUnknownAudienceIsRefusedNamingItAndWhatIsKnown() throws Exception {
        assertThatThrownBy(() -> briefings.create("X", "XYZ", "a", "u"))
                .isInstanceOf(BriefException.class)
                .hasMessageStartingWith("no partner, nation or group 'XYZ' in the release policies of ops.gpkg; known:"
                        + " partners DEU-BDE; groups EU, NATO; nations and organisations ALB, ALL,");
        assertThat(briefings.list()).as("nothing created").isEmpty();
    }
}
