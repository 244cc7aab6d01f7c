package org.paxmap.edit;

/**
 * Thrown when an edit is refused before anything is written: a draft with invalid fields, or a geometry edit that
 * would leave an invalid geometry (a ring with fewer than three corners, an outline crossing itself, a position off
 * the globe). {@link #problems()} says what, field by field; the message joins them. Immutable.
 */
public final class InvalidEditException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient FieldProblems problems;

    /** A refusal for {@code problems} (not empty). */
    public InvalidEditException(FieldProblems problems) {
        super(problems.toString());
        this.problems = problems;
    }

    /** A refusal of one field. */
    public InvalidEditException(String field, String message) {
        this(FieldProblems.of(java.util.Map.of(field, message)));
    }

    /** What is wrong, field by field. */
    public FieldProblems problems() {
        return problems;
    }
}
