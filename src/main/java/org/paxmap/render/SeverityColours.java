package org.paxmap.render;

import org.paxmap.model.Severity;

/**
 * The colours of the four levels — an incident's severity, a zone's threat level — shared by the map's markers, discs
 * and zone fills and by the review table's severity dots, so that a colour means one thing throughout the window.
 * Immutable; any thread.
 */
public final class SeverityColours {
    /** By level 0–3: low green-grey, moderate amber, high orange-red, critical deep red. */
    static final Ink[] BY_LEVEL = {Ink.web("#7d9a83"), Ink.web("#f2a900"), Ink.web("#ee5a24"), Ink.web("#a4161a")};

    private SeverityColours() {}

    /** The colour of {@code severity}. */
    public static Ink of(Severity severity) {
        return BY_LEVEL[severity.ordinal()];
    }
}
