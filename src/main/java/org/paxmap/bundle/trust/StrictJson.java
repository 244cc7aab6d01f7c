package org.paxmap.bundle.trust;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.paxmap.bytes.Base64Url;

/**
 * Strict reading of the small JSON documents of this package (key files, encrypted keys, policy tables): duplicate
 * members, trailing content, unknown and missing members and wrongly typed values are refused with the source and the
 * dotted field path. Thread-safe (the mapper is configured once and only read).
 *
 * <p>This is deliberately not the reader of the bundle manifest ({@code org.paxmap.bundle.format.ManifestJson}),
 * although both refuse duplicates and trailing content. The manifest arrives from a partner inside a hostile file:
 * it must be the RFC 8785 canonical form of itself (so numbers, spacing and member order are fixed), is parsed under
 * tight Jackson limits, caps every string, and refuses as a {@code BundleException} of a {@code BundleRefusal} kind
 * naming the bundle. These documents are the node's own or typed in by an analyst (pretty-printed, any member order),
 * are size-checked by their callers where they come from a file, and refuse as a {@link TrustException} naming the
 * file. The two share what is really the same, strict base64url ({@link org.paxmap.bytes.Base64Url}); folding the
 * rest would change one side's rules or messages. The format package must not depend on this one either.
 */
final class StrictJson {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private StrictJson() {}

    /** The names in this order, so that the first missing member reported is always the same one. */
    static Set<String> ordered(String... names) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(names)));
    }

    /** Parses {@code text} as one JSON object, or refuses naming {@code source}. */
    static ObjectNode object(String text, String source) throws TrustException {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new TrustException(source + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (node == null || !node.isObject()) {
            throw new TrustException(source + ": expected a JSON object");
        }
        return (ObjectNode) node;
    }

    /** Refuses members of {@code node} other than {@code allowed}, and missing ones among {@code required}. */
    static void members(ObjectNode node, Set<String> allowed, Set<String> required, JsonPlace where)
            throws TrustException {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new TrustException(where.file() + ": unknown field '" + where.field(name) + "'");
            }
        }
        for (String name : required) {
            if (!node.has(name)) {
                throw new TrustException(where.file() + ": field '" + where.field(name) + "' is missing");
            }
        }
    }

    /**
     * Parses {@code text} as one object with exactly the members {@code members} (all required) whose {@code format}
     * is {@code format}, or refuses naming {@code source} and the field.
     */
    static ObjectNode document(String text, String source, Set<String> members, String format) throws TrustException {
        JsonPlace where = JsonPlace.of(source);
        ObjectNode node = object(text, source);
        members(node, members, members, where);
        String actual = text(node, "format", where);
        if (!actual.equals(format)) {
            throw new TrustException(source + ": field 'format' is '" + actual + "', expected '" + format + "'");
        }
        return node;
    }

    /** A required, non-blank string member. */
    static String text(ObjectNode node, String field, JsonPlace where) throws TrustException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new TrustException(where.file() + ": field '" + where.field(field) + "' must be a string");
        }
        if (value.textValue().isBlank()) {
            throw new TrustException(where.file() + ": field '" + where.field(field) + "' is empty");
        }
        return value.textValue();
    }

    /** A required object member. */
    static ObjectNode object(ObjectNode node, String field, JsonPlace where) throws TrustException {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw new TrustException(where.file() + ": field '" + where.field(field) + "' must be a JSON object");
        }
        return (ObjectNode) value;
    }

    /** A required array of non-blank strings, duplicates removed, order kept. */
    static List<String> strings(ObjectNode node, String field, JsonPlace where) throws TrustException {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new TrustException(where.file() + ": field '" + where.field(field) + "' must be an array of strings");
        }
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode item : value) {
            if (!item.isTextual() || item.textValue().isBlank()) {
                throw new TrustException(
                        where.file() + ": field '" + where.field(field) + "' must hold non-empty strings");
            }
            out.add(item.textValue());
        }
        return new ArrayList<>(out);
    }

    /** A required positive integer member. */
    static int positiveInt(ObjectNode node, String field, JsonPlace where) throws TrustException {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() <= 0) {
            throw new TrustException(where.file() + ": field '" + where.field(field) + "' must be a positive integer");
        }
        return value.intValue();
    }

    /** A required RFC 3339 UTC time. */
    static Instant instant(ObjectNode node, String field, JsonPlace where) throws TrustException {
        String text = text(node, field, where);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new TrustException(
                    where.file() + ": field '" + where.field(field) + "' is not an RFC 3339 UTC time: " + text, e);
        }
    }

    /**
     * Decodes unpadded base64url strictly ({@link Base64Url#decode}), naming the field when it is refused.
     *
     * @throws TrustException "is not unpadded base64url" or "is not canonical base64url"
     */
    static byte[] base64url(String text, String field, JsonPlace where) throws TrustException {
        try {
            return Base64Url.decode(text);
        } catch (Base64Url.Malformed e) {
            throw new TrustException(where.file() + ": field '" + where.field(field) + "' is not "
                    + (e.canonicalOnly() ? "canonical base64url" : "unpadded base64url"));
        }
    }
}
