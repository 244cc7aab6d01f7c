package org.paxmap.bundle.format;

import java.util.List;

/**
 * The key statements entry of a bundle ({@value #ENTRY}): a JSON array of compact JWS strings, each a statement the
 * sender's node signed about its own keys (a rotation signed by the old key, a revocation). It is not listed in the
 * manifest: each statement is signed by a key the receiver already trusts, and the entry must be read before the
 * manifest's signature is checked, since after a rotation that signature is by the new key. A bundle without the
 * entry (every v1 bundle) carries no statement. Stateless.
 */
public final class KeyStatements {
    /** The entry's name. */
    public static final String ENTRY = "META-INF/key-statements.json";
    /** Larger entries are refused. */
    public static final int MAX_BYTES = 64 * 1024;
    /** More statements are refused. */
    public static final int MAX_STATEMENTS = 64;

    private static final JwsListEntry FORM = new JwsListEntry(
            ENTRY, MAX_BYTES, MAX_STATEMENTS, BundleRefusal.KEY_STATEMENT_INVALID, "statements", "statement");

    private KeyStatements() {}

    /** The entry's bytes for {@code statements} (canonical JSON). */
    public static byte[] bytes(List<String> statements) {
        return FORM.bytes(statements);
    }

    /**
     * Parses the entry strictly: a JSON array of at most {@value #MAX_STATEMENTS} strings.
     *
     * @throws BundleException {@link BundleRefusal#KEY_STATEMENT_INVALID} naming the entry
     */
    public static List<String> parse(byte[] bytes, String bundle) throws BundleException {
        return FORM.parse(bytes, bundle);
    }
}
