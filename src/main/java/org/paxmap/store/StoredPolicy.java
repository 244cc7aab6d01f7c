package org.paxmap.store;

import java.util.Objects;

/**
 * One release policy as kept in {@code paxmap_policies}: its name and its definition as JSON text, which the store
 * keeps without interpreting it. Immutable.
 *
 * @param name the policy name, e.g. {@code NATO} (unique)
 * @param definition the policy as JSON (classifications, codes, groups)
 */
public record StoredPolicy(String name, String definition) {
    /** Requires both fields. */
    public StoredPolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
    }
}
