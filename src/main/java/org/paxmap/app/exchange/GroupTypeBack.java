package org.paxmap.app.exchange;

import java.util.List;
import java.util.random.RandomGenerator;
import org.paxmap.bundle.trust.Fingerprint;

/**
 * The check that makes a fingerprint comparison a check: the user types back two groups of the fingerprint, chosen
 * at random each time so that nobody learns to read only the first, as the partner reads them out, and the key is
 * trusted only when both match. Immutable; any thread.
 *
 * @param fingerprint the fingerprint of the key file being added
 * @param first the index (0 … 11) of the first group asked for
 * @param second the index of the second group asked for, greater than {@code first}
 */
record GroupTypeBack(Fingerprint fingerprint, int first, int second) implements TypeBack {
    /** Checks that the two indexes are distinct groups in order. */
    GroupTypeBack {
        if (first < 0 || first >= second || second >= Fingerprint.GROUPS) {
            throw new IllegalArgumentException("groups " + first + " and " + second + " of " + Fingerprint.GROUPS);
        }
    }

    /** Two distinct groups of {@code fingerprint} picked with {@code random}. */
    static GroupTypeBack random(Fingerprint fingerprint, RandomGenerator random) {
        int a = random.nextInt(Fingerprint.GROUPS);
        int b = (a + 1 + random.nextInt(Fingerprint.GROUPS - 1)) % Fingerprint.GROUPS;
        return new GroupTypeBack(fingerprint, Math.min(a, b), Math.max(a, b));
    }

    /** The 1-based number of the first group asked for, as the user counts them. */
    int firstNumber() {
        return first + 1;
    }

    /** The 1-based number of the second group asked for. */
    int secondNumber() {
        return second + 1;
    }

    @Override
    public String ask() {
        return "As the partner reads out their fingerprint, type groups " + firstNumber() + " and " + secondNumber()
                + " here:";
    }

    @Override
    public List<String> prompts() {
        return List.of("group " + firstNumber(), "group " + secondNumber());
    }

    @Override
    public String problem(List<String> typed) {
        return problem(typed.isEmpty() ? "" : typed.get(0), typed.size() < 2 ? "" : typed.get(1));
    }

    /**
     * What stands between the typed groups and trusting the key, in words; empty when both groups match. Spaces and
     * dashes in what was typed are ignored.
     */
    String problem(String typedFirst, String typedSecond) {
        List<String> groups = fingerprint.groups();
        String a = TypeBack.digits(typedFirst);
        String b = TypeBack.digits(typedSecond);
        for (int i = 0; i < 2; i++) {
            String typed = i == 0 ? a : b;
            int index = i == 0 ? first : second;
            if (typed.length() > 5 || !typed.matches("[0-9]*")) {
                return "Group " + (index + 1) + " is five digits.";
            }
            if (typed.length() == 5 && !typed.equals(groups.get(index))) {
                return TypeBack.mismatch(index, typed, groups.get(index), "the partner");
            }
        }
        if (a.length() < 5 || b.length() < 5) {
            return "Ask the partner to read out groups " + (first + 1) + " and " + (second + 1)
                    + " of their fingerprint and type them in.";
        }
        return "";
    }
}
