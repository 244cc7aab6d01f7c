package org.paxmap.interop;

import java.util.Objects;
import org.paxmap.model.Feature;

/**
 * One foreign thing mapped to a picture feature, before it is classified against the picture. Its {@code feature}'s
 * id is {@code id.uuid()}. Immutable.
 *
 * @param feature the picture feature, labelled with the import's default label when the source carries none
 * @param id where it came from
 * @param mapping how it was mapped, in words a specialist checks, e.g. {@code KML Placemark with a Point → incident,
 *     type 'Other' (no type in the file)}; the preview counts identical mappings together, so details that differ per
 *     feature (names, counts of points) do not belong here
 * @param timeDefaulted whether the feature's time(s) came from the import, not the file: a re-import then keeps the
 *     times the picture holds, so importing the same file again changes nothing
 */
public record ForeignFeature(Feature feature, ForeignId id, String mapping, boolean timeDefaulted) {
    /** A feature whose times come from the file. */
    public ForeignFeature(Feature feature, ForeignId id, String mapping) {
        this(feature, id, mapping, false);
    }

    public ForeignFeature {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mapping, "mapping");
    }
}
