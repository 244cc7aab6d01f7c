package org.paxmap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pointwise maximum that merges and resolutions take, and the orderings the sync code reads. */
class VersionVectorTest {
    private static final VersionVector FRA3_ITA1 = VersionVector.of(Map.of("FRA", 3L, "ITA", 1L));
    private static final VersionVector FRA2_ITA4_ESP1 = VersionVector.of(Map.of("FRA", 2L, "ITA", 4L, "ESP", 1L));

    @Test
    void theMaximumTakesEveryNodesGreaterCounterAndDominatesBothSides() {
        VersionVector max = FRA3_ITA1.max(FRA2_ITA4_ESP1);
        assertThat(max).isEqualTo(VersionVector.of(Map.of("FRA", 3L, "ITA", 4L, "ESP", 1L)));
        assertThat(FRA2_ITA4_ESP1.max(FRA3_ITA1)).isEqualTo(max);
        assertThat(max.compareTo(FRA3_ITA1)).isEqualTo(VersionVector.Ordering.DOMINATES);
        assertThat(max.compareTo(FRA2_ITA4_ESP1)).isEqualTo(VersionVector.Ordering.DOMINATES);
        assertThat(FRA3_ITA1.compareTo(FRA2_ITA4_ESP1)).isEqualTo(VersionVector.Ordering.CONCURRENT);
    }

    @Test
    void theMaximumOfAVectorWithItselfOrWithNothingNewIsTheVector() {
        assertThat(FRA3_ITA1.max(FRA3_ITA1)).isEqualTo(FRA3_ITA1);
        assertThat(FRA3_ITA1.max(VersionVector.EMPTY)).isEqualTo(FRA3_ITA1);
        assertThat(VersionVector.EMPTY.max(VersionVector.EMPTY)).isSameAs(VersionVector.EMPTY);
    }

    @Test
    void theMaximumOfManyIsTheMaximumOfThemAllAndOfNoneIsEmpty() {
        VersionVector esp5 = VersionVector.of(Map.of("ESP", 5L));
        assertThat(VersionVector.max(List.of(FRA3_ITA1, FRA2_ITA4_ESP1, esp5)))
                .isEqualTo(VersionVector.of(Map.of("FRA", 3L, "ITA", 4L, "ESP", 5L)));
        assertThat(VersionVector.max(List.of())).isSameAs(VersionVector.EMPTY);
        assertThat(VersionVector.max(List.of(FRA3_ITA1, FRA2_ITA4_ESP1, esp5))
                        .increment("FRA")
                        .get("FRA"))
                .isEqualTo(4L);
    }
}
