package org.paxmap.bytes;

import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Unpadded base64url (RFC 4648 §5 without padding, as JOSE uses it: RFC 7515 §2), encoded and decoded strictly.
 * Stateless and thread-safe.
 *
 * <p>{@link #decode} accepts only the URL-safe alphabet, no padding and no whitespace, and only the canonical encoding
 * (the unused trailing bits zero), so that one value has exactly one spelling: a signed or hashed document cannot be
 * altered by re-spelling its base64url.
 */
public final class Base64Url {
    private static final Pattern ALPHABET = Pattern.compile("[A-Za-z0-9_-]*");

    private Base64Url() {}

    /** Unpadded base64url of {@code bytes}. */
    public static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Decodes unpadded base64url strictly (see the class comment).
     *
     * @throws Malformed if {@code text} is not unpadded base64url, or is but not the canonical encoding of what it
     *     decodes to ({@link Malformed#canonicalOnly()} tells the two apart)
     */
    public static byte[] decode(String text) throws Malformed {
        if (!ALPHABET.matcher(text).matches() || text.length() % 4 == 1) {
            throw new Malformed(false);
        }
        byte[] bytes = Base64.getUrlDecoder().decode(text);
        if (!encode(bytes).equals(text)) {
            throw new Malformed(true);
        }
        return bytes;
    }

    /**
     * Text refused by {@link #decode}. It carries no message: the caller names the field and says it in its own
     * words.
     */
    public static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        private final boolean canonicalOnly;

        Malformed(boolean canonicalOnly) {
            super(canonicalOnly ? "not canonical base64url" : "not unpadded base64url", null, false, false);
            this.canonicalOnly = canonicalOnly;
        }

        /**
         * Whether the text is unpadded base64url in form, and only its last character has unused bits set (so it is
         * not the canonical spelling).
         */
        public boolean canonicalOnly() {
            return canonicalOnly;
        }
    }
}
