package org.paxmap.bundle.format;

import java.util.List;

/**
 * The certificates entry of a bundle ({@value #ENTRY}): a JSON array of compact JWS strings signed by root keys — the
 * sender's certificate (a root's word that the sender's key is that node's) and the roots' revocation lists the sender
 * carries. Like the key statements ({@link KeyStatements}) it is not listed in the manifest: each item is signed by a
 * root the receiver trusts (or is of no use to it), and it must be read before the manifest's signature is checked,
 * since it may be what makes the signing key known. A bundle without the entry carries none. Stateless.
 */
public final class Certificates {
    /** The entry's name. */
    public static final String ENTRY = "META-INF/certificates.json";
    /** Larger entries are refused. */
    public static final int MAX_BYTES = 64 * 1024;
    /** More items are refused. */
    public static final int MAX_ITEMS = 32;

    private static final JwsListEntry FORM = new JwsListEntry(
            ENTRY,
            MAX_BYTES,
            MAX_ITEMS,
            BundleRefusal.CERTIFICATE_INVALID,
            "certificates and revocation lists",
            "item");

    private Certificates() {}

    /** The entry's bytes for {@code items} (canonical JSON). */
    public static byte[] bytes(List<String> items) {
        return FORM.bytes(items);
    }

    /**
     * Parses the entry (or a certificate or revocation file of the same form) strictly: a JSON array of at most
     * {@value #MAX_ITEMS} strings.
     *
     * @param bundle the bundle or file named in messages
     * @throws BundleException {@link BundleRefusal#CERTIFICATE_INVALID} naming the entry
     */
    public static List<String> parse(byte[] bytes, String bundle) throws BundleException {
        return FORM.parse(bytes, bundle);
    }
}
