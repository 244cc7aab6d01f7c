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

    private KeyStatements() {}

    /** The entry's bytes for {@code statements} (canonical JSON). */
    public static byte[] bytes(List<String> statements) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        statements.forEach(array::add);
        return CanonicalJson.bytes(array);
    }

    /**
     * Parses the entry strictly: a JSON array of at most {@value #MAX_STATEMENTS} strings.
     *
     * @throws BundleException {@link BundleRefusal#KEY_STATEMENT_INVALID} naming the entry
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
        if (root == null || !root.isArray() || root.size() > MAX_STATEMENTS) {
            throw refuse(bundle, "not an array of at most " + MAX_STATEMENTS + " statements");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode n : root) {
            if (!n.isTextual()) {
                throw refuse(bundle, "statement " + (out.size() + 1) + " is not a string");
            }
            out.add(n.textValue());
        }
        return List.copyOf(out);
    }

    private static BundleException refuse(String bundle, String reason) {
        return new BundleException(BundleRefusal.KEY_STATEMENT_INVALID, bundle, ENTRY, reason);
    }
}
