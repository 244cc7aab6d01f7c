package org.paxmap.text;

/**
 * The one function through which every string that came from a file is shown, on the console and in the window:
 * key ids, node names, organisations, titles and names of features, entry names, and messages that quote them.
 * Stateless and thread-safe.
 *
 * <p>{@link #visible} replaces each <em>hidden</em> code point ({@link #isHidden}) by its escape <code>&#92;u{HEX}</code>
 * (upper-case hex, no leading zeros: ESC is <code>&#92;u{1B}</code>, RIGHT-TO-LEFT OVERRIDE <code>&#92;u{202E}</code>) and leaves every
 * other character as it is. Hidden are:
 *
 * <ul>
 *   <li>the control characters (general category Cc): C0 {@code U+0000–U+001F} including tab, line feed and carriage
 *       return, DEL {@code U+007F}, and C1 {@code U+0080–U+009F} (a terminal obeys CSI {@code U+009B} as it obeys
 *       {@code ESC [});
 *   <li>the format characters (Cf): the bidi marks, embeddings, overrides and isolates ({@code U+200E/F, U+202A–E,
 *       U+2066–9, U+061C}), zero-width characters, the soft hyphen, the byte order mark, tag characters;
 *   <li>the line and paragraph separators {@code U+2028} and {@code U+2029};
 *   <li>unpaired surrogates (a string that is not valid UTF-16).
 * </ul>
 *
 * <p>So a string shown through this function cannot move the cursor, erase or hide a line, start a new one, or reorder
 * the text around it. The result contains no hidden code point, so the function is idempotent: a message that already
 * quotes outside text through it may pass through it again whole.
 */
public final class OutsideText {
    private OutsideText() {}

    /** {@code text} with every hidden code point escaped as <code>&#92;u{HEX}</code>; {@code null} gives {@code "null"}. */
    public static String visible(String text) {
        if (text == null) {
            return "null";
        }
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isHidden(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isHidden(cp)) {
                appendEscape(out, cp);
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** {@link #visible} of {@code String.valueOf(value)}: for ids and other objects whose text came from a file. */
    public static String visible(Object value) {
        return visible(String.valueOf(value));
    }

    /** Whether {@code codePoint} is hidden (see the class comment): control, format, separator or lone surrogate. */
    public static boolean isHidden(int codePoint) {
        switch (Character.getType(codePoint)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SURROGATE:
                return true;
            default:
                return false;
        }
    }

    /** Appends the escape of {@code codePoint}: <code>&#92;u{HEX}</code>. */
    public static void appendEscape(StringBuilder out, int codePoint) {
        out.append("\\u{")
                .append(Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT))
                .append('}');
    }
}
