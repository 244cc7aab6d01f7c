package org.paxmap.brief;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Strict reading of one JSON object of a slide's state: it must have exactly the expected members, each of the
 * expected type; every refusal is a {@link BriefException} naming the place (briefing and slide) and the field path.
 * Immutable.
 */
final class JsonFields {
    private final String where;
    private final String path;
    private final ObjectNode node;

    private JsonFields(String where, String path, ObjectNode node) {
        this.where = where;
        this.path = path;
        this.node = node;
    }

    /**
     * The fields of {@code node}, which must be an object with exactly {@code members}.
     *
     * @param where the place named first in messages, e.g. {@code briefing 'Morning', slide 2}
     */
    static JsonFields of(JsonNode node, String where, String path, Set<String> members) throws BriefException {
        if (node == null || !node.isObject()) {
            throw new BriefException(where + ": " + (path.isEmpty() ? "the slide state" : "field '" + path + "'")
                    + " must be a JSON object");
        }
        JsonFields fields = new JsonFields(where, path, (ObjectNode) node);
        Set<String> present = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!members.contains(name)) {
                throw fields.refuse(name, "is an unknown field");
            }
            present.add(name);
        }
        for (String name : members) {
            if (!present.contains(name)) {
                throw fields.refuse(name, "is missing");
            }
        }
        return fields;
    }

    /** The nested object {@code name}, with exactly {@code members}. */
    JsonFields object(String name, Set<String> members) throws BriefException {
        return of(node.get(name), where, at(name), members);
    }

    /** A string member; {@code null} only if {@code nullable} and the member is JSON null. */
    String text(String name, boolean nullable) throws BriefException {
        JsonNode v = node.get(name);
        if (v.isNull() && nullable) {
            return null;
        }
        if (!v.isTextual()) {
            throw refuse(name, nullable ? "must be a string or null" : "must be a string");
        }
        return v.textValue();
    }

    /** A finite number member. */
    double number(String name) throws BriefException {
        JsonNode v = node.get(name);
        if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
            throw refuse(name, "must be a number");
        }
        return v.doubleValue();
    }

    /** An integer member. */
    int integer(String name) throws BriefException {
        JsonNode v = node.get(name);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw refuse(name, "must be a whole number");
        }
        return v.intValue();
    }

    /** A boolean member. */
    boolean bool(String name) throws BriefException {
        JsonNode v = node.get(name);
        if (!v.isBoolean()) {
            throw refuse(name, "must be true or false");
        }
        return v.booleanValue();
    }

    /** The elements of an array member. */
    List<JsonNode> array(String name) throws BriefException {
        JsonNode v = node.get(name);
        if (!v.isArray()) {
            throw refuse(name, "must be an array");
        }
        List<JsonNode> out = new ArrayList<>();
        v.forEach(out::add);
        return out;
    }

    /** The strings of an array member. */
    List<String> strings(String name) throws BriefException {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array(name)) {
            if (!v.isTextual()) {
                throw refuse(name, "must be an array of strings");
            }
            out.add(v.textValue());
        }
        return out;
    }

    /** The path of member {@code name}, e.g. {@code filter.labels[0]}. */
    String at(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** The place named first in messages. */
    String where() {
        return where;
    }

    /** A refusal of member {@code name}: {@code <where>: field '<path>' <reason>}. */
    BriefException refuse(String name, String reason) {
        return new BriefException(where + ": field '" + at(name) + "' " + reason);
    }
}
