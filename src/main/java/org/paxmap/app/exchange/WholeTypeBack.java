package org.paxmap.app.exchange;

import java.util.List;
import org.paxmap.bundle.trust.Fingerprint;

/**
 * A root's fingerprint typed back in full, all twelve groups in one field: a root vouches for every node it
 * certifies, so every group is compared ({@link Fingerprint#confirmedInFull}, the check {@code paxmap roots trust
 * --fingerprint} makes). The first complete group that differs is named as it is typed. Immutable; any thread.
 *
 * @param fingerprint the fingerprint of the root key file being trusted
 */
record WholeTypeBack(Fingerprint fingerprint) implements TypeBack {
    private static final int DIGITS = 5 * Fingerprint.GROUPS;

    @Override
    public String ask() {
        return "As the root's holder reads out its fingerprint, type all " + Fingerprint.GROUPS + " groups here"
                + " (a root vouches for every node it certifies, so every group is compared):";
    }

    @Override
    public List<String> prompts() {
        return List.of("all " + Fingerprint.GROUPS + " groups of 5 digits, e.g. 12345 67890 …");
    }

    @Override
    public String problem(List<String> typed) {
        String text = typed.isEmpty() ? "" : TypeBack.digits(typed.get(0));
        if (!text.matches("[0-9]*")) {
            return "The fingerprint is digits only (12 groups of 5); spaces and dashes may separate them.";
        }
        List<String> groups = fingerprint.groups();
        for (int i = 0; i < Fingerprint.GROUPS && (i + 1) * 5 <= text.length(); i++) {
            String group = text.substring(i * 5, i * 5 + 5);
            if (!group.equals(groups.get(i))) {
                return TypeBack.mismatch(i, group, groups.get(i), "the root's holder");
            }
        }
        if (text.length() > DIGITS) {
            return "The fingerprint is " + DIGITS + " digits; you typed " + text.length() + ".";
        }
        if (!fingerprint.confirmedInFull(typed.get(0))) {
            return "Type all " + Fingerprint.GROUPS + " groups as the root's holder reads them out ("
                    + text.length() / 5 + " of " + Fingerprint.GROUPS + " typed).";
        }
        return "";
    }
}
