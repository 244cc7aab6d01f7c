package org.paxmap.app.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.paxmap.bundle.trust.Fingerprint;

class GroupTypeBackTest {
    private static final Fingerprint PRINT = Fingerprint.of("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8");

    @Test
    void onlyBothGroupsAsReadOutLetTheKeyBeTrusted() {
        List<String> groups = PRINT.groups();
        GroupTypeBack check = new GroupTypeBack(PRINT, 2, 9);
        assertEquals(
                "",
                check.problem(
                        groups.get(2),
                        " " + groups.get(9).substring(0, 2) + "-"
                                + groups.get(9).substring(2)));
        assertThat(check.problem(groups.get(2), ""))
                .isEqualTo("Ask the partner to read out groups 3 and 10 of their fingerprint and type them in.");
        String wrong = wrongDigit(groups.get(9));
        assertThat(check.problem(groups.get(2), wrong))
                .startsWith("Group 10 does not match: you typed " + wrong + ", the key file gives " + groups.get(9))
                .contains("Do not trust this key");
        assertThat(check.problem(groups.get(9), groups.get(9))).startsWith("Group 3 does not match");
        assertThat(check.problem("12a45", "")).isEqualTo("Group 3 is five digits.");
    }

    @Test
    void theGroupsAskedForAreTwoDistinctOnesThatVary() {
        SplittableRandom random = new SplittableRandom(11);
        Set<List<Integer>> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            GroupTypeBack check = GroupTypeBack.random(PRINT, random);
            assertThat(check.first()).isLessThan(check.second());
            assertThat(check.second()).isLessThan(Fingerprint.GROUPS);
            seen.add(List.of(check.first(), check.second()));
        }
        assertThat(seen).as("every pair of the 12 groups comes up").hasSize(66);
    }

    private static String wrongDigit(String group) {
        char last = group.charAt(4);
        return group.substring(0, 4) + (last == '9' ? '0' : (char) (last + 1));
    }
}
