package org.paxmap.review;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.IncidentType;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.Severity;
import org.paxmap.model.ThreatZone;

/**
 * What the review shows. Every criterion left {@code null} or empty matches everything. An immutable value; build
 * with {@link #all()} and the {@code with…} methods.
 *
 * <p>Semantics (the same as {@link org.paxmap.store.FeatureQuery}'s where both have the criterion): the time window
 * {@code [from, to)} matches an incident that may have happened in it (its exact time inside it, or any part of the
 * UTC day or week a vaguer time is known to: {@link org.paxmap.model.TimePrecision#overlaps}), a route's planned period
 * or a zone's validity overlapping it; types, severities and grades restrict only incidents; labels (exact {@link ReleaseLabel}s) and text apply to
 * every layer. The text matches when every whitespace-separated word of it occurs, ignoring case, in the feature's
 * searchable text: an incident's title, description and source; a route's name and unit; a zone's name. Tombstones
 * never match.
 *
 * @param from inclusive start of the time window, or {@code null}
 * @param to exclusive end of the time window, or {@code null}
 * @param types incident sub-types, empty for all
 * @param severities incident severities, empty for all
 * @param reliabilities source-reliability letters A–F, empty for all
 * @param credibilities information-credibility digits 1–6, empty for all
 * @param labels release labels, empty for all
 * @param text words to find, or {@code null}
 */
public record PictureFilter(
        Instant from,
        Instant to,
        Set<IncidentType> types,
        Set<Severity> severities,
        Set<Character> reliabilities,
        Set<Integer> credibilities,
        Set<ReleaseLabel> labels,
        String text) {

    /** Copies the sets; checks the window's order. */
    public PictureFilter {
        types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        severities = severities == null || severities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(severities));
        reliabilities = reliabilities == null ? Set.of() : Set.copyOf(reliabilities);
        credibilities = credibilities == null ? Set.of() : Set.copyOf(credibilities);
        labels = labels == null ? Set.of() : Set.copyOf(labels);
        text = text == null || text.isBlank() ? null : text.strip();
        if (from != null && to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("time window end " + to + " is not after its start " + from);
        }
    }

    /** Everything. */
    public static PictureFilter all() {
        return new PictureFilter(null, null, null, null, null, null, null, null);
    }

    /** Only features in {@code [start, end)}; either may be {@code null}. */
    public PictureFilter withTime(Instant start, Instant end) {
        return new PictureFilter(start, end, types, severities, reliabilities, credibilities, labels, text);
    }

    /** Only incidents of these sub-types. */
    public PictureFilter withTypes(Set<IncidentType> newTypes) {
        return new PictureFilter(from, to, newTypes, severities, reliabilities, credibilities, labels, text);
    }

    /** Only incidents of these severities. */
    public PictureFilter withSeverities(Set<Severity> newSeverities) {
        return new PictureFilter(from, to, types, newSeverities, reliabilities, credibilities, labels, text);
    }

    /** Only incidents graded with one of these reliabilities and one of these credibilities (either may be empty). */
    public PictureFilter withGrades(Set<Character> newReliabilities, Set<Integer> newCredibilities) {
        return new PictureFilter(from, to, types, severities, newReliabilities, newCredibilities, labels, text);
    }

    /** Only features with one of these labels. */
    public PictureFilter withLabels(Set<ReleaseLabel> newLabels) {
        return new PictureFilter(from, to, types, severities, reliabilities, credibilities, newLabels, text);
    }

    /** Only features whose searchable text holds every word of {@code newText}. */
    public PictureFilter withText(String newText) {
        return new PictureFilter(from, to, types, severities, reliabilities, credibilities, labels, newText);
    }

    /** This filter without its time window (the timeline's histogram uses it). */
    public PictureFilter withoutTime() {
        return withTime(null, null);
    }

    /** The lower-case words of the text; empty when there is none. */
    List<String> words() {
        return text == null
                ? List.of()
                : Arrays.asList(text.toLowerCase(Locale.ROOT).split("\\s+"));
    }

    /** Whether {@code feature} matches, evaluated directly on the feature (routes and zones use this). */
    public boolean matches(Feature feature) {
        if (feature.sync().deleted()) {
            return false;
        }
        if (!labels.isEmpty() && !labels.contains(feature.label())) {
            return false;
        }
        if (!matchesWords(searchText(feature))) {
            return false;
        }
        if (feature instanceof Incident i) {
            return i.timePrecision()
                            .overlaps(
                                    i.occurredAt().toEpochMilli(),
                                    from == null ? Long.MIN_VALUE : from.toEpochMilli(),
                                    to == null ? Long.MAX_VALUE : to.toEpochMilli())
                    && (types.isEmpty() || types.contains(i.type()))
                    && (severities.isEmpty() || severities.contains(i.severity()))
                    && (reliabilities.isEmpty()
                            || reliabilities.contains(i.grade().reliability()))
                    && (credibilities.isEmpty()
                            || credibilities.contains(i.grade().credibility()));
        }
        if (feature instanceof PatrolRoute r) {
            return (from == null || !r.plannedEnd().isBefore(from))
                    && (to == null || r.plannedStart().isBefore(to));
        }
        ThreatZone z = (ThreatZone) feature;
        return (from == null || z.validUntil() == null || !z.validUntil().isBefore(from))
                && (to == null || z.validFrom().isBefore(to));
    }

    /** Whether every word occurs in {@code lowerCaseText}. */
    boolean matchesWords(String lowerCaseText) {
        return containsAll(lowerCaseText, words());
    }

    /** Whether every one of {@code words} occurs in {@code lowerCaseText} (split the words once, test many texts). */
    static boolean containsAll(String lowerCaseText, List<String> words) {
        for (String word : words) {
            if (!lowerCaseText.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** The searchable text of a feature, lower case. */
    static String searchText(Feature feature) {
        String text;
        if (feature instanceof Incident i) {
            text = i.title() + "\n" + i.description() + "\n" + i.source();
        } else if (feature instanceof PatrolRoute r) {
            text = r.name() + "\n" + r.unit();
        } else {
            text = feature.name();
        }
        return text.toLowerCase(Locale.ROOT);
    }
}
