package org.paxmap.interop;

/**
 * Finds the local name of the root element at the start of an XML text, skipping the declaration, processing
 * instructions, comments and a DOCTYPE, without parsing (and so without expanding anything). Stateless.
 */
final class XmlRoot {
    private XmlRoot() {}

    /** The marker {@link #name} returns for a document that has a DOCTYPE before its root. */
    static final String DOCTYPE = "!DOCTYPE";

    /**
     * The root element's local name (prefix dropped), {@link #DOCTYPE} if a document type declaration comes first
     * (Paxmap refuses DTDs in imported XML), or {@code null} if it is not found in {@code text}.
     */
    static String name(String text) {
        int i = 0;
        while (i < text.length()) {
            int lt = text.indexOf('<', i);
            if (lt < 0 || lt + 1 >= text.length()) {
                return null;
            }
            char c = text.charAt(lt + 1);
            if (c == '?') {
                i = after(text, lt, "?>");
            } else if (text.startsWith("<!--", lt)) {
                i = after(text, lt, "-->");
            } else if (c == '!') {
                return DOCTYPE;
            } else {
                int end = lt + 1;
                while (end < text.length() && " \t\r\n/>".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                if (end == text.length() || end == lt + 1) {
                    return null;
                }
                String qname = text.substring(lt + 1, end);
                return qname.substring(qname.indexOf(':') + 1);
            }
            if (i < 0) {
                return null;
            }
        }
        return null;
    }

    private static int after(String text, int from, String end) {
        int at = text.indexOf(end, from);
        return at < 0 ? -1 : at + end.length();
    }
}
