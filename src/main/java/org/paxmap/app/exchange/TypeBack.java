package org.paxmap.app.exchange;

import java.util.List;

/**
 * What a user types back, as the key's holder reads out its fingerprint, before the key is trusted: some groups of a
 * partner's fingerprint ({@link GroupTypeBack}) or the whole fingerprint of a root ({@link WholeTypeBack}). One
 * implementation per check; immutable, any thread.
 */
interface TypeBack {
    /** The sentence asking for the digits. */
    String ask();

    /** The prompt of each field the digits are typed in, in order (the dialog makes one field per prompt). */
    List<String> prompts();

    /**
     * What stands between {@code typed} (one text per field, in order) and trusting the key, in words; empty when the
     * digits match. Spaces and dashes are ignored.
     */
    String problem(List<String> typed);

    /** Whether {@code problem} is a refusal (digits typed that differ), not merely a prompt to type more. */
    static boolean isRefusal(String problem) {
        return problem.startsWith("Group ") || problem.startsWith("The fingerprint ");
    }

    /**
     * The refusal of a group the user typed that differs from the key file's, naming the group, both digits and what
     * to do; {@code holder} is who reads it out ("the partner", "the root's holder").
     */
    static String mismatch(int index, String typed, String expected, String holder) {
        return "Group " + (index + 1) + " does not match: you typed " + typed + ", the key file gives " + expected
                + ". Do not trust this key: ask " + holder + " to read it again, and if it still differs the file was"
                + " swapped or damaged on the way.";
    }

    /** {@code typed} without spaces and dashes ("" for null). */
    static String digits(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "");
    }
}
