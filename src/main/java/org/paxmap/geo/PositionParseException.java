package org.paxmap.geo;

/**
 * Thrown by {@link PositionParser} when text is not a position. The message names the part that is wrong and why, in
 * words an analyst can act on ("minutes 61 must be below 60", "MGRS grid zone 61 does not exist"); {@link #input()}
 * is the text as given. Immutable.
 */
public final class PositionParseException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String input;

    /** A refusal of {@code input} for the reason {@code message}. */
    public PositionParseException(String input, String message) {
        super(message);
        this.input = input;
    }

    /** The text that was refused, as given. */
    public String input() {
        return input;
    }
}
