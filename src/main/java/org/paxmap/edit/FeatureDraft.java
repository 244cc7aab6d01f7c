package org.paxmap.edit;

import java.util.UUID;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;
import org.paxmap.model.SyncMeta;

/**
 * A feature being created or edited in a form: field values as the analyst enters them, validated field by field, and
 * turned into a model feature only when every field is valid. Implementations are mutable and not thread-safe; one
 * form owns one draft.
 */
public interface FeatureDraft {
    /** The identity of the feature this draft creates or edits (a fresh one for a new feature). */
    UUID id();

    /** The layer the feature belongs to. */
    Layer layer();

    /** What is wrong with the fields now; {@linkplain FieldProblems#isEmpty() empty} when the draft can be saved. */
    FieldProblems validate();

    /**
     * The feature the fields describe, carrying {@code sync} (the store sets the version, hash and modification on
     * save).
     *
     * @throws InvalidEditException with every field problem if any field is invalid
     */
    Feature toFeature(SyncMeta sync) throws InvalidEditException;
}
