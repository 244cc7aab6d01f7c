package org.paxmap.brief;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.paxmap.bundle.trust.PolicyTable;
import org.paxmap.bundle.trust.ReleasePolicy;
import org.paxmap.model.ReleaseLabel;

/**
 * The banner of a briefing's slide, computed from the labels of the features actually shown (high-water mark), and
 * its level for the banner's colour. Immutable.
 *
 * <p>The highest classification is the one of highest {@link MarkingLevel}; within one policy the higher {@link
 * ReleasePolicy#rank} wins; classifications of different policies at the same level are all named, joined by
 * {@code " / "} (ranks of different policies are not comparable). The texts:
 *
 * <p>When the highest content is exercise content (level {@link MarkingLevel#EXERCISE}) its classification is
 * prefixed {@value #EXERCISE}, as the window's banner does: {@code EXERCISE — UNCLASSIFIED // REL TO ITA}.
 *
 * <ul>
 *   <li>For an audience: {@code <highest> // REL TO <code>}, e.g. {@code NATO SECRET // REL TO FRA} (a partner's
 *       code is its organisation). With nothing shown: {@value #NOTHING_SHOWN_FOR} {@code // REL TO <code>}, level
 *       {@link MarkingLevel#UNCLASSIFIED} — only the base map is on screen.
 *   <li>For local use (no audience), never readable as releasable: {@code <highest>[ + }{@value #UNKNOWN}{@code ][ //
 *       <caveats>] // }{@value #LOCAL_USE}, where {@value #UNKNOWN} stands for any shown label the policy table does
 *       not know (unmarked imports included), so the banner never reads lower than content it cannot rank; with only
 *       such labels the text starts with {@value #UNKNOWN} and the level is {@link MarkingLevel#NONE}. With nothing
 *       shown: {@value #NOTHING_SHOWN_LOCAL}{@code  // }{@value #LOCAL_USE}, level {@link MarkingLevel#NONE}.
 * </ul>
 *
 * @param text the banner text
 * @param level the banner's level
 */
public record Marking(String text, MarkingLevel level) {
    /** The last part of a local-use marking. */
    public static final String LOCAL_USE = "LOCAL USE ONLY — NOT RELEASABLE";

    /** The prefix of a marking whose highest content is exercise content. */
    public static final String EXERCISE = "EXERCISE — ";

    /** What stands for shown labels the policy table does not know, in a local-use marking. */
    public static final String UNKNOWN = "UNMARKED CONTENT";

    /** The classification of an audience's marking when nothing of the picture is shown. */
    public static final String NOTHING_SHOWN_FOR = "UNCLASSIFIED";

    /** The first part of a local-use marking when nothing of the picture is shown. */
    public static final String NOTHING_SHOWN_LOCAL = "NO PICTURE CONTENT";

    /** Requires both. */
    public Marking {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(level, "level");
    }

    /**
     * The marking for {@code audience} of these shown labels, every one of which the filter released (so known and
     * without caveats).
     */
    public static Marking forAudience(Audience audience, Collection<ReleaseLabel> shown, PolicyTable table) {
        HighWater top = HighWater.of(shown, table);
        String rel = " // REL TO " + audience.releaseCode();
        return top.classification.isEmpty()
                ? new Marking(NOTHING_SHOWN_FOR + rel, MarkingLevel.UNCLASSIFIED)
                : new Marking(top.classification.get() + rel, top.level);
    }

    /** The local-use marking of these shown labels. */
    public static Marking local(Collection<ReleaseLabel> shown, PolicyTable table) {
        if (shown.isEmpty()) {
            return new Marking(NOTHING_SHOWN_LOCAL + " // " + LOCAL_USE, MarkingLevel.NONE);
        }
        HighWater top = HighWater.of(shown, table);
        StringBuilder text = new StringBuilder(top.classification.orElse(""));
        if (top.unknown) {
            text.append(text.length() == 0 ? UNKNOWN : " + " + UNKNOWN);
        }
        TreeSet<String> caveats = new TreeSet<>();
        shown.forEach(l -> caveats.addAll(l.caveats()));
        caveats.forEach(c -> text.append(" // ").append(c));
        return new Marking(text.append(" // ").append(LOCAL_USE).toString(), top.level);
    }

    /** The highest known classification(s) of some labels, their level, and whether any label is unknown. */
    private static final class HighWater {
        Optional<String> classification = Optional.empty();
        MarkingLevel level = MarkingLevel.NONE;
        boolean unknown;

        static HighWater of(Collection<ReleaseLabel> labels, PolicyTable table) {
            HighWater top = new HighWater();
            Map<String, Integer> rankByPolicy = new TreeMap<>();
            Map<String, String> highestByPolicy = new TreeMap<>();
            for (ReleaseLabel label : labels) {
                Optional<ReleasePolicy> policy = table.policy(label.policy());
                if (policy.isEmpty()
                        || policy.get().rank(label.classification()).isEmpty()) {
                    top.unknown = true;
                    continue;
                }
                MarkingLevel level = MarkingLevel.of(policy.get(), label.classification());
                if (level.compareTo(top.level) > 0) {
                    top.level = level;
                    rankByPolicy.clear();
                    highestByPolicy.clear();
                }
                if (level == top.level) {
                    int rank = policy.get().rank(label.classification()).getAsInt();
                    String name = policy.get().name();
                    if (rank >= rankByPolicy.getOrDefault(name, -1)) {
                        rankByPolicy.put(name, rank);
                        highestByPolicy.put(name, policy.get().classifications().get(rank));
                    }
                }
            }
            if (!highestByPolicy.isEmpty()) {
                String words = String.join(" / ", new TreeSet<>(highestByPolicy.values()));
                // exercise content is marked as such, as the window's banner does, so no one takes it for real
                top.classification = Optional.of(
                        top.level == MarkingLevel.EXERCISE && !words.startsWith(EXERCISE) ? EXERCISE + words : words);
            }
            return top;
        }
    }
}
