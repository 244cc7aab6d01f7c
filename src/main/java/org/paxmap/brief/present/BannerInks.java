package org.paxmap.brief.present;

import org.paxmap.brief.Marking;
import org.paxmap.brief.MarkingLevel;
import org.paxmap.render.Banner;
import org.paxmap.render.Ink;

/**
 * The colours of a classification banner by its level — the usual marking colours, the same as the window's banner
 * styles ({@code banner-*} in {@code paxmap.css}). Stateless; any thread.
 */
public final class BannerInks {
    private BannerInks() {}

    /** The strip's colour for {@code level}. */
    public static Ink fill(MarkingLevel level) {
        switch (level) {
            case EXERCISE:
                return Ink.web("#6a1b9a");
            case UNCLASSIFIED:
                return Ink.web("#2e7d32");
            case RESTRICTED:
                return Ink.web("#ef6c00");
            case CONFIDENTIAL:
                return Ink.web("#1565c0");
            case SECRET:
                return Ink.web("#c62828");
            default:
                return Ink.web("#546e7a");
        }
    }

    /** The banner of {@code marking}: its text in white on its level's colour. */
    public static Banner banner(Marking marking) {
        return new Banner(marking.text(), fill(marking.level()), Ink.WHITE);
    }
}
