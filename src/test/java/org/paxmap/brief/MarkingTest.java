package org.paxmap.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paxmap.bundle.trust.PolicyTable;
import org.paxmap.model.ReleaseLabel;

/** The high-water marking of what is shown, for an audience and for local use, with the built-in policies. */
class MarkingTest {
    static final PolicyTable TABLE = PolicyTable.defaults();
    static final Audience ITA = new Audience(Audience.Kind.CODE, "ITA", null);

    static ReleaseLabel label(String policy, String classification, String... rel) {
        return new ReleaseLabel(policy, classification, List.of(rel), List.of(), "ITA");
    }

    @Test
    void theHighestClassificationWinsWithinAPolicyByRankAndAcrossPoliciesByLevel() {
        assertThat(Marking.forAudience(
                        ITA,
                        List.of(
                                label("NATO", "NATO RESTRICTED", "ITA"),
                                label("NATO", "NATO CONFIDENTIAL", "ITA"),
                                label("EXERCISE", "UNCLASSIFIED", "ALL")),
                        TABLE))
                .isEqualTo(new Marking("NATO CONFIDENTIAL // REL TO ITA", MarkingLevel.CONFIDENTIAL));
        assertThat(Marking.forAudience(
                        ITA,
                        List.of(label("NATO", "NATO SECRET", "ITA"), label("NATO", "COSMIC TOP SECRET", "ITA")),
                        TABLE))
                .isEqualTo(new Marking("COSMIC TOP SECRET // REL TO ITA", MarkingLevel.SECRET));
        assertThat(Marking.forAudience(
                                ITA,
                                List.of(
                                        label("UN", "UN CONFIDENTIAL", "ITA"),
                                        label("NATO", "NATO CONFIDENTIAL", "ITA")),
                                TABLE)
                        .text())
                .as("ranks of different policies are not compared: both are named")
                .isEqualTo("NATO CONFIDENTIAL / UN CONFIDENTIAL // REL TO ITA");
        assertThat(Marking.forAudience(
                        ITA,
                        List.of(label("EXERCISE", "UNCLASSIFIED", "ALL"), label("UN", "UNCLASSIFIED", "ALL")),
                        TABLE))
                .as("real unclassified content outranks exercise content")
                .isEqualTo(new Marking("UNCLASSIFIED // REL TO ITA", MarkingLevel.UNCLASSIFIED));
    }

    @Test
    void nothingShownReadsUnclassifiedForAnAudienceAndNoContentLocally() {
        assertThat(Marking.forAudience(ITA, List.of(), TABLE))
                .isEqualTo(new Marking("UNCLASSIFIED // REL TO ITA", MarkingLevel.UNCLASSIFIED));
        assertThat(Marking.local(List.of(), TABLE))
                .isEqualTo(new Marking("NO PICTURE CONTENT // LOCAL USE ONLY — NOT RELEASABLE", MarkingLevel.NONE));
    }

    @Test
    void aLocalMarkingNeverReadsLowerThanContentItCannotRank() {
        ReleaseLabel unmarked = label("LOCAL", "UNMARKED");
        assertThat(Marking.local(List.of(unmarked), TABLE))
                .isEqualTo(new Marking("UNMARKED CONTENT // LOCAL USE ONLY — NOT RELEASABLE", MarkingLevel.NONE));
        assertThat(Marking.local(List.of(unmarked, label("NATO", "NATO RESTRICTED", "ITA")), TABLE))
                .isEqualTo(new Marking(
                        "NATO RESTRICTED + UNMARKED CONTENT // LOCAL USE ONLY — NOT RELEASABLE",
                        MarkingLevel.RESTRICTED));
        assertThat(Marking.local(List.of(label("NATO", "NATO BANANA", "ITA")), TABLE)
                        .text())
                .as("a classification the policy does not know is unknown")
                .startsWith("UNMARKED CONTENT");
    }

    @Test
    void levelsComeFromThePolicyAndTheClassificationsWords() {
        var un = TABLE.policy("UN").orElseThrow();
        assertThat(MarkingLevel.of(un, "UN STRICTLY CONFIDENTIAL")).isEqualTo(MarkingLevel.CONFIDENTIAL);
        assertThat(MarkingLevel.of(un, "UNCLASSIFIED")).isEqualTo(MarkingLevel.UNCLASSIFIED);
        assertThat(MarkingLevel.of(TABLE.policy("EXERCISE").orElseThrow(), "UNCLASSIFIED"))
                .isEqualTo(MarkingLevel.EXERCISE);
        var national = new org.paxmap.bundle.trust.ReleasePolicy(
                "GBR", List.of("OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET"), java.util.Set.of(), java.util.Map.of());
        assertThat(MarkingLevel.of(national, "OFFICIAL")).isEqualTo(MarkingLevel.UNCLASSIFIED);
        assertThat(MarkingLevel.of(national, "OFFICIAL-SENSITIVE"))
                .as("an unnamed level above the lowest is at least restricted")
                .isEqualTo(MarkingLevel.RESTRICTED);
        assertThat(MarkingLevel.SECRET.styleClass()).isEqualTo("banner-secret");
    }
}
