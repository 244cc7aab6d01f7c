package org.paxmap.bundle.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.paxmap.geojson.CanonicalJson;

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

    private Certificates() {}

    /** The entry's bytes for {@code items} (canonical JSON). */
    public static byte[] bytes(List<String> items) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        items.forEach(array::add);
        return CanonicalJson.bytes(array);
    }

    /**
     * Parses the entry (or a certificate or revocation file of the same form) strictly: a JSON array of at most
     * {@value #MAX_ITEMS} strings.
     *
     * @param bundle the bundle or file named in messages
     * @throws BundleException {@link BundleRefusal#CERTIFICATE_INVALID} naming the entry
     */
    public static List<String> parse(byte[] bytes, String bundle) throws BundleException {
        if (bytes.length > MAX_BYTES) {
            throw refuse(bundle, "larger than " + MAX_BYTES + " bytes");
        }
        JsonNode root;
        try {
            root = ManifestJson.STRICT.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw refuse(bundle, "not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw refuse(bundle, String.valueOf(e.getMessage()));
        }
        if (root == null || !root.isArray() || root.size() > MAX_ITEMS) {
            throw refuse(bundle, "not an array of at most " + MAX_ITEMS + " certificates and revocation lists");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode n : root) {
            if (!n.isTextual()) {
                throw refuse(bundle, "item " + (out.size() + 1) + " is not a string");
            }
            out.add(n.textValue());
        }
        return List.copyOf(out);
    }

    private static BundleException refuse(String bundle, String reason) {
        return new BundleException(BundleRefusal.CERTIFICATE_INVALID, bundle, ENTRY, reason);
    }
}
