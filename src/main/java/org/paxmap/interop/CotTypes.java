package org.paxmap.interop;

/** Words for the affiliation letter of a CoT atom type ({@code a-h-G} → hostile). Stateless. */
final class CotTypes {
    private CotTypes() {}

    /** The affiliation of an {@code a-…} type, or {@code ""} for other types. */
    static String affiliation(String type) {
        if (!type.startsWith("a-") || type.length() < 3) {
            return "";
        }
        return switch (type.charAt(2)) {
            case 'p' -> "pending";
            case 'u' -> "unknown";
            case 'a' -> "assumed friend";
            case 'f' -> "friendly";
            case 'n' -> "neutral";
            case 's' -> "suspect";
            case 'h' -> "hostile";
            case 'j' -> "joker";
            case 'k' -> "faker";
            case 'o' -> "none specified";
            case 'x' -> "other";
            default -> "";
        };
    }
}
