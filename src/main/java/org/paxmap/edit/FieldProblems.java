package org.paxmap.edit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What is wrong with a draft, field by field: for each field name (the draft's {@code FIELD_…} constants) one message
 * in words an analyst can act on, e.g. {@code "latitude 95 is outside −90…90"} or {@code "the title is empty"}. Fields
 * appear in the order the form shows them. An immutable value; thread-safe.
 */
public final class FieldProblems {
    /** No problem at all. */
    public static final FieldProblems NONE = new FieldProblems(Map.of());

    private final Map<String, String> messages;

    private FieldProblems(Map<String, String> messages) {
        this.messages = messages;
    }

    /** The problems in {@code messages} (field name → message), in iteration order. */
    public static FieldProblems of(Map<String, String> messages) {
        return messages.isEmpty()
                ? NONE
                : new FieldProblems(Collections.unmodifiableMap(new LinkedHashMap<>(messages)));
    }

    /** Whether no field has a problem: only then may the draft be saved. */
    public boolean isEmpty() {
        return messages.isEmpty();
    }

    /** The message for {@code field}, if it has a problem. */
    public Optional<String> message(String field) {
        return Optional.ofNullable(messages.get(field));
    }

    /** Field name → message, in form order; unmodifiable. */
    public Map<String, String> asMap() {
        return messages;
    }

    /** Every problem as {@code field: message}, separated by "; ". */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        messages.forEach((field, message) -> sb.append(sb.length() == 0 ? "" : "; ")
                .append(field)
                .append(": ")
                .append(message));
        return sb.toString();
    }
}
