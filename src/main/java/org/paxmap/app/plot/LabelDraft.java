package org.paxmap.app.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.paxmap.bundle.trust.PolicyTable;
import org.paxmap.bundle.trust.ReleasePolicy;
import org.paxmap.edit.FieldProblems;
import org.paxmap.model.ReleaseLabel;

/**
 * A release label as typed in the label editor, checked against the picture's release policy table: the policy must
 * be in the table, the classification one of that policy's, every REL TO code a code or group the policy knows (or
 * {@value ReleasePolicy#ALL}), each caveat a plain code, and the originator present. REL TO and caveats are typed
 * comma-separated; codes are upper-cased, and a code typed twice counts once. Problems are keyed by the {@code FIELD_…}
 * names and say in words what to change, naming the code at fault. An immutable value; thread-safe.
 *
 * @param policy the policy name chosen, or {@code null}
 * @param classification the classification chosen, or {@code null}
 * @param releasableTo the REL TO codes as typed, comma-separated
 * @param caveats the caveats as typed, comma-separated
 * @param originator the originator as typed
 */
record LabelDraft(String policy, String classification, String releasableTo, String caveats, String originator) {
    static final String FIELD_POLICY = "policy";
    static final String FIELD_CLASSIFICATION = "classification";
    static final String FIELD_REL_TO = "releasableTo";
    static final String FIELD_CAVEATS = "caveats";
    static final String FIELD_ORIGINATOR = "originator";

    private static final Pattern CAVEAT = Pattern.compile("[A-Z0-9][A-Z0-9 ._-]{0,39}");
    private static final Pattern ORIGINATOR = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** Blank text stands for nothing typed. */
    LabelDraft {
        releasableTo = releasableTo == null ? "" : releasableTo;
        caveats = caveats == null ? "" : caveats;
        originator = originator == null ? "" : originator.strip();
    }

    /** The draft of {@code label}: its values as the editor shows them. */
    static LabelDraft of(ReleaseLabel label) {
        return new LabelDraft(
                label.policy(),
                label.classification(),
                String.join(", ", label.releasableTo()),
                String.join(", ", label.caveats()),
                label.originator());
    }

    /**
     * Where the editor starts: the values of {@code start}, the label chosen in the form (or nothing when none is).
     * The originator is kept when {@code editing} an existing feature (it owns the information); a label written for
     * a new feature is originated by this node's {@code organisation} when the node has a key, else by the chosen
     * label's originator (the picture's, as the forms' default label has), else by {@code nodeId}.
     */
    static LabelDraft startingFrom(ReleaseLabel start, boolean editing, Optional<String> organisation, String nodeId) {
        if (start == null) {
            return new LabelDraft(null, null, "", "", organisation.orElse(nodeId));
        }
        LabelDraft draft = of(start);
        String by = editing ? start.originator() : organisation.orElse(start.originator());
        return new LabelDraft(draft.policy, draft.classification, draft.releasableTo, draft.caveats, by);
    }

    /** What is wrong with the draft under {@code table}, field by field; {@link FieldProblems#NONE} when nothing. */
    FieldProblems problems(PolicyTable table) {
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<ReleasePolicy> known = table.policy(policy);
        if (policy == null || policy.isBlank()) {
            problems.put(FIELD_POLICY, "choose a release policy");
        } else if (known.isEmpty()) {
            problems.put(FIELD_POLICY, "policy " + policy + " is not in the picture's policy table");
        }
        if (classification == null || classification.isBlank()) {
            problems.put(
                    FIELD_CLASSIFICATION,
                    known.map(p -> "choose a classification of policy " + p.name())
                            .orElse("choose a classification"));
        } else if (known.isPresent() && known.get().rank(classification).isEmpty()) {
            problems.put(
                    FIELD_CLASSIFICATION,
                    classification + " is not a classification of policy "
                            + known.get().name());
        }
        relToProblem(known).ifPresent(m -> problems.put(FIELD_REL_TO, m));
        caveatProblem().ifPresent(m -> problems.put(FIELD_CAVEATS, m));
        if (originator.isEmpty()) {
            problems.put(FIELD_ORIGINATOR, "the originator is empty");
        } else if (!ORIGINATOR.matcher(originator).matches()) {
            problems.put(
                    FIELD_ORIGINATOR,
                    "'" + originator + "' is not an originator code: use letters, digits, '.', '-' or '_' (at most"
                            + " 64), e.g. FRA or a node id");
        }
        return FieldProblems.of(problems);
    }

    /** The label the draft describes, or empty while it has a problem under {@code table}. */
    Optional<ReleaseLabel> label(PolicyTable table) {
        if (!problems(table).isEmpty()) {
            return Optional.empty();
        }
        ReleasePolicy known = table.policy(policy).orElseThrow();
        String level = known.classifications().get(known.rank(classification).getAsInt());
        return Optional.of(new ReleaseLabel(known.name(), level, codes(releasableTo), codes(caveats), originator));
    }

    /**
     * The display form of what is typed so far, e.g. {@code NATO RESTRICTED // REL TO FRA, ITA}, shown before the
     * label is valid (unknown codes included as typed); "—" when no classification is chosen.
     */
    String displayForm() {
        if (classification == null || classification.isBlank()) {
            return "—";
        }
        List<String> rel = codes(releasableTo);
        List<String> cav = codes(caveats);
        StringBuilder sb = new StringBuilder(classification.strip().toUpperCase(Locale.ROOT));
        cav.forEach(c -> sb.append(" // ").append(c));
        if (!rel.isEmpty()) {
            sb.append(" // REL TO ").append(String.join(", ", rel));
        }
        return sb.toString();
    }

    /**
     * What a valid label means for release that the analyst should know (not problems): no REL TO means releasable
     * to no one outside; caveats mean it is never released to partners. Empty when there is nothing to say.
     */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (codes(releasableTo).isEmpty()) {
            notes.add("No REL TO: releasable to no one outside this node.");
        }
        if (!codes(caveats).isEmpty()) {
            notes.add("A label with caveats is never released to partners (no release rule handles caveats).");
        }
        return notes;
    }

    /** The codes in comma-separated {@code text}, trimmed, upper-cased, each once, blanks dropped, in typed order. */
    static List<String> codes(String text) {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        for (String part : text.split(",", -1)) {
            String code = part.strip().toUpperCase(Locale.ROOT);
            if (!code.isEmpty()) {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }

    private Optional<String> relToProblem(Optional<ReleasePolicy> known) {
        List<String> codes = codes(releasableTo);
        for (String code : codes) {
            if (code.chars().anyMatch(Character::isWhitespace)) {
                return Optional.of("'" + code + "' is not one code: separate REL TO codes with commas");
            }
        }
        if (known.isEmpty()) {
            return Optional.empty();
        }
        List<String> unknown = codes.stream().filter(c -> !known.get().knows(c)).toList();
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((unknown.size() == 1
                        ? "code " + unknown.get(0) + " is"
                        : "codes " + String.join(", ", unknown) + " are")
                + " not known to policy " + known.get().name() + " (a nation, group or ALL)");
    }

    private Optional<String> caveatProblem() {
        for (String caveat : codes(caveats)) {
            if (!CAVEAT.matcher(caveat).matches()) {
                return Optional.of("caveat '" + caveat + "' may hold only letters, digits, spaces, '.', '-' and '_'"
                        + " (at most 40)");
            }
        }
        return Optional.empty();
    }
}
