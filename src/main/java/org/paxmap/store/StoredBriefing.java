package org.paxmap.store;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One briefing as kept in {@code paxmap_briefings}: its id, unique name, audience and who made it. The store keeps the
 * audience as the text the user chose (a partner node id, a nation or organisation code, or a group) without
 * interpreting it; {@code org.paxmap.brief} gives it meaning. Immutable.
 *
 * @param id the briefing's id
 * @param name its name, unique in the picture (ignoring case)
 * @param audience the audience code, or {@code null} for local use
 * @param author who made it
 * @param unit the unit it is for
 * @param createdAt when it was created
 * @param modifiedAt when it or one of its slides last changed
 */
public record StoredBriefing(
        UUID id, String name, String audience, String author, String unit, Instant createdAt, Instant modifiedAt) {
    /** Requires every field but the audience; an empty audience is {@code null}. */
    public StoredBriefing {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        audience = audience == null || audience.isBlank() ? null : audience.strip();
    }
}
