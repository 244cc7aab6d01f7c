package org.paxmap.render;

/**
 * A classification strip as a slide shows it, top and bottom: its text and colours. Immutable.
 *
 * @param text the marking, e.g. {@code NATO SECRET // REL TO FRA}
 * @param fill the strip's colour
 * @param ink the text's colour
 */
public record Banner(String text, Ink fill, Ink ink) {}
