package org.paxmap.brief;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A briefing as loaded from the picture: its name, its audience and its slides in order. Immutable.
 *
 * @param id the briefing's id
 * @param name its name, unique in the picture (ignoring case)
 * @param audience the audience code as stored (a partner node id, a nation or organisation code, or a group), or
 *     {@code null} for local use; {@link Briefings#filter} resolves it against the picture
 * @param author who made it
 * @param unit the unit it is for
 * @param slides the slides, in order
 */
public record Briefing(UUID id, String name, String audience, String author, String unit, List<Slide> slides) {
    /** Copies the slides. */
    public Briefing {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        slides = List.copyOf(slides);
    }

    /** The slide with this id. */
    public Optional<Slide> slide(UUID slideId) {
        return slides.stream().filter(s -> s.id().equals(slideId)).findFirst();
    }

    /** The position of the slide with this id from 0, or -1. */
    public int indexOf(UUID slideId) {
        for (int i = 0; i < slides.size(); i++) {
            if (slides.get(i).id().equals(slideId)) {
                return i;
            }
        }
        return -1;
    }
}
