package org.paxmap.brief;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.paxmap.bundle.trust.Partner;
import org.paxmap.bundle.trust.PolicyTable;
import org.paxmap.bundle.trust.ReleasePolicy;

/**
 * Who a briefing is for: a partner node from the picture's trust list, a nation or organisation code known to the
 * release policies ({@code ITA}, {@code UN}, or {@code ALL} for a public audience), or a group of the policies
 * ({@code NATO}, {@code EU}). Immutable.
 *
 * @param kind which of the three
 * @param code the partner's node id, or the code or group, upper-case
 * @param partner the partner, for {@link Kind#PARTNER}; {@code null} otherwise
 */
public record Audience(Kind kind, String code, Partner partner) {
    /** The kinds of audience. */
    public enum Kind {
        /** A partner node: the release rules of a bundle export to it apply (channel, held codes, third parties). */
        PARTNER,
        /** A nation or organisation code. */
        CODE,
        /** A group: what is shown must be releasable to every member. */
        GROUP
    }

    /** Checks that a partner audience has its partner and the others none. */
    public Audience {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        if ((kind == Kind.PARTNER) != (partner != null)) {
            throw new IllegalArgumentException("a partner audience, and only one, has a partner");
        }
    }

    /**
     * The audience {@code text} names: a partner node id first (exactly, then ignoring case), then a group, then a
     * code any policy knows.
     *
     * @param picture the picture's file name, for the message
     * @throws BriefException naming the text and listing what is known, if nothing matches
     */
    public static Audience parse(String text, PolicyTable table, List<Partner> partners, String picture)
            throws BriefException {
        String t = text == null ? "" : text.strip();
        for (Partner p : partners) {
            if (p.nodeId().equals(t)) {
                return new Audience(Kind.PARTNER, p.nodeId(), p);
            }
        }
        for (Partner p : partners) {
            if (p.nodeId().equalsIgnoreCase(t)) {
                return new Audience(Kind.PARTNER, p.nodeId(), p);
            }
        }
        String code = t.toUpperCase(Locale.ROOT);
        TreeSet<String> groups = new TreeSet<>();
        TreeSet<String> codes = new TreeSet<>();
        for (ReleasePolicy policy : table.policies().values()) {
            groups.addAll(policy.groups().keySet());
            codes.addAll(policy.codes());
        }
        if (!code.isEmpty() && groups.contains(code)) {
            return new Audience(Kind.GROUP, code, null);
        }
        if (!code.isEmpty() && (codes.contains(code) || code.equals(ReleasePolicy.ALL))) {
            return new Audience(Kind.CODE, code, null);
        }
        codes.add(ReleasePolicy.ALL);
        TreeSet<String> nodes = new TreeSet<>();
        partners.forEach(p -> nodes.add(p.nodeId()));
        throw new BriefException("no partner, nation or group '" + t + "' in the release policies of " + picture
                + "; known: partners " + (nodes.isEmpty() ? "(none)" : String.join(", ", nodes)) + "; groups "
                + String.join(", ", groups) + "; nations and organisations " + String.join(", ", codes));
    }

    /** The code a marking releases to: the partner's organisation, or the code or group itself. */
    public String releaseCode() {
        return kind == Kind.PARTNER ? partner.identity().organisation() : code;
    }

    /** In words, e.g. {@code partner node ITA-BDE (ITA)}, {@code group NATO}, {@code ITA}. */
    public String describe() {
        switch (kind) {
            case PARTNER:
                return "partner node " + code + " (" + releaseCode() + ")";
            case GROUP:
                return "group " + code;
            default:
                return code;
        }
    }
}
