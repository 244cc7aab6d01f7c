package org.paxmap.bundle.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.PictureStore;

/** What may go to which partner, and what a bundle may carry to us, decided by the policy table — failing closed. */
class ReleasePolicyTest {
    static final String US = "FRA-HQ";
    final PolicyTable table = PolicyTable.defaults();
    final Partner italy = partner("ITA-BDE", "ITA", Map.of("NATO", "NATO RESTRICTED", "EXERCISE", "UNCLASSIFIED"));

    static Partner partner(String node, String org, Map<String, String> channels) {
        NodeIdentity id = new NodeIdentity(
                node, node, org, PublicKeyJwk.of(NodeKeys.generate().getPublic()), Instant.now());
        return new Partner(
                id, "Capt. Moreau", Instant.now(), channels, List.of("UN"), PartnerStatus.ACTIVE, Instant.now());
    }

    static ReleaseLabel nato(String classification, String... rel) {
        return new ReleaseLabel("NATO", classification, List.of(rel), List.of(), "FRA");
    }

    @Test
    void theExerciseLabelOfTheSamplePictureIsReleasedToAnyPartnerWhoseChannelCarriesIt() {
        assertThat(table.decide(ReleaseLabel.exercise("FRA"), US, italy, US).releasable())
                .isTrue();
        Partner noExercise = partner("DEU-BN", "DEU", Map.of("NATO", "NATO SECRET"));
        assertThat(table.decide(ReleaseLabel.exercise("FRA"), US, noExercise, US)
                        .reason())
                .isEqualTo("the channel to partner DEU-BN carries nothing under policy EXERCISE");
    }

    @Test
    void releasabilityTakesGroupsIntoAccount() {
        assertThat(table.decide(nato("NATO RESTRICTED", "NATO"), US, italy, US).releasable())
                .isTrue();
        assertThat(table.decide(nato("NATO RESTRICTED", "FRA", "ITA"), US, italy, US)
                        .releasable())
                .isTrue();
        assertThat(table.decide(nato("NATO RESTRICTED", "EU"), US, italy, US).releasable())
                .isTrue();
        assertThat(table.decide(nato("NATO RESTRICTED", "UN"), US, italy, US).releasable())
                .as("italy holds UN")
                .isTrue();
        ReleaseDecision deu = table.decide(nato("NATO RESTRICTED", "FRA", "DEU"), US, italy, US);
        assertThat(deu.releasable()).isFalse();
        assertThat(deu.reason()).isEqualTo("partner ITA-BDE is not within REL TO FRA, DEU");
        assertThat(table.decide(nato("NATO RESTRICTED"), US, italy, US).reason())
                .contains("no REL TO");
    }

    @Test
    void aClassificationAboveTheChannelIsWithheld() {
        ReleaseDecision d = table.decide(nato("NATO CONFIDENTIAL", "NATO"), US, italy, US);
        assertThat(d.releasable()).isFalse();
        assertThat(d.reason())
                .isEqualTo(
                        "NATO CONFIDENTIAL is above NATO RESTRICTED, the most the channel to partner ITA-BDE may carry");
        assertThat(table.decide(nato("NATO UNCLASSIFIED", "NATO"), US, italy, US)
                        .releasable())
                .isTrue();
    }

    @Test
    void unknownPoliciesClassificationsCodesAndCaveatsFailClosed() {
        ReleaseLabel local = new ReleaseLabel("LOCAL", "UNMARKED", List.of("ALL"), List.of(), "FRA");
        assertThat(table.decide(local, US, italy, US).reason()).startsWith("policy LOCAL is not in the policy table");
        assertThat(table.decide(nato("NATO VERY SECRET", "ALL"), US, italy, US).reason())
                .isEqualTo("classification NATO VERY SECRET is not known to policy NATO");
        assertThat(table.decide(nato("NATO RESTRICTED", "XYZ"), US, italy, US).reason())
                .isEqualTo("releasability code XYZ is not known to policy NATO");
        ReleaseLabel caveat = new ReleaseLabel("NATO", "NATO RESTRICTED", List.of("ALL"), List.of("EYES ONLY"), "FRA");
        assertThat(table.decide(caveat, US, italy, US).releasable()).isFalse();
    }

    @Test
    void thirdPartyDataIsNotReExportedButThePartnersOwnDataMayGoBack() {
        ReleaseLabel label = ReleaseLabel.exercise("ESP");
        assertThat(table.decide(label, "ESP-BN", italy, US).reason())
                .isEqualTo("it originated with node ESP-BN, a third party, and third-party data is not re-exported");
        assertThat(table.decide(label, "ITA-BDE", italy, US).releasable()).isTrue();
    }

    @Test
    void nothingIsReleasedToASuspendedPartner() {
        assertThat(table.decide(ReleaseLabel.exercise("FRA"), US, italy.withStatus(PartnerStatus.SUSPENDED), US)
                        .reason())
                .isEqualTo("partner ITA-BDE is suspended");
    }

    @Test
    void onImportALabelMustReleaseToUsAndTheBundleLabelMustCoverEachFeature() {
        assertThat(table.releasableTo(nato("NATO RESTRICTED", "NATO"), Set.of("FRA"))
                        .releasable())
                .isTrue();
        ReleaseDecision over = table.releasableTo(nato("NATO RESTRICTED", "DEU", "ITA"), Set.of("FRA"));
        assertThat(over.releasable()).isFalse();
        assertThat(over.reason()).contains("not within REL TO DEU, ITA");

        ReleaseLabel bundle = nato("NATO RESTRICTED", "FRA", "ITA");
        assertThat(table.covers(bundle, nato("NATO UNCLASSIFIED", "NATO")).releasable())
                .isTrue();
        assertThat(table.covers(bundle, nato("NATO RESTRICTED", "FRA", "ITA", "DEU"))
                        .releasable())
                .isTrue();
        assertThat(table.covers(bundle, nato("NATO CONFIDENTIAL", "NATO")).reason())
                .isEqualTo("the feature's classification NATO CONFIDENTIAL is above the bundle's NATO RESTRICTED");
        assertThat(table.covers(bundle, nato("NATO RESTRICTED", "FRA")).reason())
                .isEqualTo("the bundle is releasable to ITA but the feature is only releasable to FRA");
        assertThat(table.covers(nato("NATO RESTRICTED", "NATO"), nato("NATO RESTRICTED", "FRA", "ITA"))
                        .releasable())
                .isFalse();
        assertThat(table.covers(nato("NATO RESTRICTED", "ALL"), nato("NATO RESTRICTED", "NATO"))
                        .releasable())
                .isFalse();
        assertThat(table.covers(bundle, ReleaseLabel.exercise("FRA")).reason())
                .contains("differs from the bundle's policy");
    }

    @Test
    void theUserEditedTableIsKeptInThePictureAndExportsAndImportsAsJson(@TempDir Path dir) throws Exception {
        ReleasePolicy national = new ReleasePolicy(
                "FRA", List.of("NON PROTEGE", "DIFFUSION RESTREINTE"), Set.of("FRA", "ITA"), Map.of());
        PolicyTable edited = table.without("UN").with(national);
        String json = edited.toJson();
        PolicyTable back = PolicyTable.fromJson(json, "policies.json");
        assertThat(back.policies()).isEqualTo(edited.policies());
        assertThat(back.policies().get("NATO").groups().get("NATO")).hasSize(32).contains("ITA", "USA");

        try (PictureStore store = PictureStore.create(dir.resolve("p.gpkg"), US)) {
            assertThat(PolicyTable.load(store).policies()).isEqualTo(table.policies());
            edited.save(store);
        }
        try (PictureStore store = PictureStore.open(dir.resolve("p.gpkg"))) {
            PolicyTable loaded = PolicyTable.load(store);
            assertThat(loaded.policies().keySet()).containsExactly("EXERCISE", "FRA", "NATO");
            assertThat(loaded.policies()).isEqualTo(edited.policies());
        }
        assertThatThrownBy(
                        () -> PolicyTable.fromJson(json.replace("\"classifications\"", "\"levels\""), "policies.json"))
                .isInstanceOf(TrustException.class)
                .hasMessageStartingWith("policies.json: unknown field 'policies[0].levels'");
    }
}
