package org.paxmap.interop;

/**
 * Why one foreign thing cannot become a feature (an invalid coordinate, a time out of range). Internal to reading:
 * {@link ItemProblems} turns it into a refusal of the file, or a skip when the user asked to skip invalid things.
 */
final class ItemProblem extends Exception {
    private static final long serialVersionUID = 1L;

    ItemProblem(String reason) {
        super(reason, null, false, false);
    }
}
