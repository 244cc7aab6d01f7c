package org.paxmap.bundle.format;

import java.util.regex.Pattern;

/** The fixed entry names of a bundle and the pattern every entry name must match. Thread-safe (constants). */
final class BundleEntries {
    static final String MIMETYPE = "mimetype";
    static final String MEDIA_TYPE = "application/vnd.paxmap.bundle+zip";
    static final String MANIFEST = "META-INF/manifest.json";
    static final String SIGNATURE = "META-INF/manifest.jws";

    /**
     * Path segments of ASCII letters, digits, '.', '_' and '-', each starting with a letter or digit (so no "." or
     * ".." segment), joined by '/': no leading or trailing slash, no backslash, colon, space or control character.
     */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*){0,3}");

    static final int MAX_NAME_LENGTH = 128;

    private BundleEntries() {}

    /** Whether {@code name} is an allowed entry name. */
    static boolean allowed(String name) {
        return name.length() <= MAX_NAME_LENGTH && NAME.matcher(name).matches();
    }

    /** {@code name} printable for a message: non-printable and non-ASCII characters as \\uXXXX, at most 160 chars. */
    static String printable(String name) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length() && sb.length() < 160; i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
