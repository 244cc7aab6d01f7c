package org.paxmap.render;

import org.paxmap.model.EventType;

/**
 * One line of a slide's legend: a symbol drawn by {@link FeaturePainter}, its words and how many features on the
 * slide it stands for. Immutable.
 *
 * @param symbol which kind of sample to draw
 * @param type the event type of an {@link Symbol#INCIDENT_TYPE} sample, else {@code null}
 * @param level the severity or threat level 0–3 of a {@link Symbol#SEVERITY} or {@link Symbol#ZONE} sample
 * @param text what the symbol means
 * @param count how many features shown on the slide it stands for
 */
public record LegendEntry(Symbol symbol, EventType type, int level, String text, int count) {
    /** The kinds of legend sample. */
    public enum Symbol {
        /** An incident marker with the glyph of an event type. */
        INCIDENT_TYPE,
        /** An incident marker of a severity, without a glyph. */
        SEVERITY,
        /** A threat zone fill of a threat level. */
        ZONE,
        /** A patrol route with its direction arrow. */
        ROUTE
    }
}
