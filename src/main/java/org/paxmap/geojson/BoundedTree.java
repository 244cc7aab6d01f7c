package org.paxmap.geojson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Locale;

/**
 * Reads one JSON value from a streaming parser into a {@link JsonNode} tree, as Jackson's {@code readTree} does, but
 * within a budget: at most {@link #MAX_VALUES} values and {@link #MAX_CHARS} characters of strings and member names
 * in one feature. A tree costs some 50 bytes a value (a position {@code [lon, lat]} is three values, 150 bytes), so
 * without a budget one feature of a 128 MiB layer file could take gigabytes before its positions were ever counted;
 * with it a feature's tree stays under about 50 MB, and the reader refuses the rest of such a feature unread.
 *
 * <p>The budget holds what a feature the model can hold needs with room to spare: a corridor has two geometries of
 * at most {@link ContentLimits#MAX_POSITIONS} positions each (600,000 values), a plain file's positions may have an
 * altitude (four values each), and a description holds at most {@link ContentLimits#MAX_LONG_TEXT} characters. Not
 * thread-safe: one instance per read, counting what it has read since {@link #reset}.
 */
final class BoundedTree {
    /** Values (scalars, arrays and objects) in one feature. */
    static final long MAX_VALUES = 8L * ContentLimits.MAX_POSITIONS;

    /** Characters of strings and member names in one feature. */
    static final long MAX_CHARS = 4L << 20;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private long values;
    private long chars;
    private final java.util.ArrayList<String> path = new java.util.ArrayList<>();

    /** The budget exceeded, naming the member of the feature being read. */
    static final class Exceeded extends Exception {
        private static final long serialVersionUID = 1L;
        final String field;
        final String reason;

        Exceeded(String field, String reason) {
            super(field + ": " + reason, null, false, false);
            this.field = field;
            this.reason = reason;
        }
    }

    /** Starts the count of a new feature. */
    void reset() {
        values = 0;
        chars = 0;
    }

    /** Values read since the last {@link #reset}. */
    long values() {
        return values;
    }

    /** Characters read since the last {@link #reset}. */
    long chars() {
        return chars;
    }

    /**
     * Reads the value at the parser's current token (the parser is left on its last token).
     *
     * @param field the name of the value in the feature, for messages ({@code ""} for the feature itself)
     */
    JsonNode read(JsonParser p, String field) throws IOException, Exceeded {
        path.clear();
        if (!field.isEmpty()) {
            path.add(field);
        }
        return value(p, p.currentToken());
    }

    private JsonNode value(JsonParser p, JsonToken t) throws IOException, Exceeded {
        count(1, 0);
        switch (t) {
            case START_OBJECT:
                ObjectNode object = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    count(0, name.length());
                    path.add(name);
                    object.set(name, value(p, p.nextToken()));
                    path.remove(path.size() - 1);
                }
                return object;
            case START_ARRAY:
                ArrayNode array = NODES.arrayNode();
                JsonToken next;
                while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
                    array.add(value(p, next));
                }
                return array;
            case VALUE_STRING:
                String text = p.getText();
                count(0, text.length());
                return NODES.textNode(text);
            case VALUE_NUMBER_INT:
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IOException("unexpected JSON token " + t);
        }
    }

    /** The member being read, at most two names deep (e.g. {@code geometry.coordinates}). */
    private String member() {
        return path.isEmpty() ? "feature" : String.join(".", path.subList(0, Math.min(2, path.size())));
    }

    private void count(long v, long c) throws Exceeded {
        values += v;
        chars += c;
        if (values > MAX_VALUES) {
            throw new Exceeded(
                    member(),
                    String.format(
                            Locale.ROOT,
                            "holds more than %,d JSON values in one feature (a feature has at most %,d positions"
                                    + " in a geometry); the rest of it was not read",
                            MAX_VALUES,
                            ContentLimits.MAX_POSITIONS));
        }
        if (chars > MAX_CHARS) {
            throw new Exceeded(
                    member(),
                    String.format(
                            Locale.ROOT,
                            "holds more than %,d characters of text in one feature (a description has at most"
                                    + " %,d); the rest of it was not read",
                            MAX_CHARS,
                            ContentLimits.MAX_LONG_TEXT));
        }
    }
}
