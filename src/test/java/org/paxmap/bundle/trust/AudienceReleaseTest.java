package org.paxmap.bundle.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paxmap.model.ReleaseLabel;

/** {@link PolicyTable#releasableToAudience}: the release decision for a briefing's nation, organisation or group. */
class AudienceReleaseTest {
    static final PolicyTable TABLE = PolicyTable.defaults();

    static ReleaseLabel nato(String classification, String... rel) {
        return new ReleaseLabel("NATO", classification, List.of(rel), List.of(), "FRA");
    }

    @Test
    void aNationIsReachedByItsCodeAGroupItBelongsToOrAll() {
        assertThat(TABLE.releasableToAudience(nato("NATO SECRET", "FRA", "DEU"), "fra")
                        .releasable())
                .isTrue();
        assertThat(TABLE.releasableToAudience(nato("NATO SECRET", "NATO"), "ITA")
                        .releasable())
                .isTrue();
        assertThat(TABLE.releasableToAudience(nato("NATO SECRET", "ALL"), "CHE").releasable())
                .isTrue();
        assertThat(TABLE.releasableToAudience(nato("NATO SECRET", "FRA", "DEU"), "ITA"))
                .isEqualTo(ReleaseDecision.withheld("ITA is not within REL TO FRA, DEU"));
        assertThat(TABLE.releasableToAudience(nato("NATO SECRET", "EU"), "USA").releasable())
                .isFalse();
    }

    @Test
    void aGroupIsReachedOnlyWhenEveryMemberIs() {
        assertThat(TABLE.releasableToAudience(nato("NATO SECRET", "NATO"), "NATO")
                        .releasable())
                .isTrue();
        assertThat(TABLE.releasableToAudience(nato("NATO SECRET", "FRA", "DEU"), "NATO"))
                .isEqualTo(ReleaseDecision.withheld("NATO is not within REL TO FRA, DEU"));
        assertThat(TABLE.releasableToAudience(
                                nato("NATO SECRET", PolicyTable.NATO_MEMBERS.toArray(String[]::new)), "NATO")
                        .releasable())
                .as("every member listed one by one")
                .isTrue();
        assertThat(TABLE.releasableToAudience(nato("NATO SECRET", "EU"), "NATO").releasable())
                .as("EU does not hold every NATO member")
                .isFalse();
    }

    @Test
    void unknownCaveatedOrUnreleasableLabelsFailClosed() {
        assertThat(TABLE.releasableToAudience(
                                new ReleaseLabel("LOCAL", "UNMARKED", List.of("ALL"), List.of(), "X"), "ITA")
                        .reason())
                .contains("policy LOCAL is not in the policy table");
        assertThat(TABLE.releasableToAudience(nato("NATO BANANA", "ALL"), "ITA").reason())
                .contains("classification NATO BANANA is not known");
        assertThat(TABLE.releasableToAudience(
                                new ReleaseLabel("NATO", "NATO SECRET", List.of("ITA"), List.of("ORCON"), "FRA"), "ITA")
                        .reason())
                .contains("caveat ORCON");
        assertThat(TABLE.releasableToAudience(nato("NATO SECRET"), "ITA").reason())
                .contains("no REL TO");
    }
}
