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
 * A bundle entry that is a JSON array of compact JWS strings, read before the manifest's signature is checked (the
 * key statements, {@link KeyStatements}; the certificates, {@link Certificates}): its limits, its refusal and the
 * words its messages use. Immutable; any thread.
 *
 * @param entry the entry's name
 * @param maxBytes larger entries are refused
 * @param maxItems more items are refused
 * @param refusal the refusal of a malformed entry
 * @param items what the items are, in a message ("statements")
 * @param item what one item is called, in a message ("statement")
 */
record JwsListEntry(String entry, int maxBytes, int maxItems, BundleRefusal refusal, String items, String item) {
    /** The entry's bytes for {@code list} (canonical JSON). */
    byte[] bytes(List<String> list) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        list.forEach(array::add);
        return CanonicalJson.bytes(array);
    }

    /**
     * Parses the entry strictly: a JSON array of at most {@link #maxItems} strings.
     *
     * @param bundle the bundle or file named in messages
     * @throws BundleException {@link #refusal} naming the entry
     */
    List<String> parse(byte[] bytes, String bundle) throws BundleException {
        if (bytes.length > maxBytes) {
            throw refuse(bundle, "larger than " + maxBytes + " bytes");
        }
        JsonNode root;
        try {
            root = ManifestJson.STRICT.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw refuse(bundle, "not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw refuse(bundle, String.valueOf(e.getMessage()));
        }
        if (root == null || !root.isArray() || root.size() > maxItems) {
            throw refuse(bundle, "not an array of at most " + maxItems + " " + items);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode n : root) {
            if (!n.isTextual()) {
                throw refuse(bundle, item + " " + (out.size() + 1) + " is not a string");
            }
            out.add(n.textValue());
        }
        return List.copyOf(out);
    }

    private BundleException refuse(String bundle, String reason) {
        return new BundleException(refusal, bundle, entry, reason);
    }
}
