package org.paxmap.edit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.paxmap.model.Feature;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;

/**
 * One undoable change of one feature, remembered as its content before and after: create (no before), update, move or
 * reshape (both), delete (no after). Applying writes the after-content, reverting the before-content, each in one
 * {@link PictureStore} transaction; absent content is written as a tombstone ({@link PictureStore#delete}).
 *
 * <p>Content is written with the feature's <em>current</em> synchronisation metadata read from the store, so the
 * store increments the local node's counter from where it stands: undo and redo restore the geometry and properties
 * exactly, while the version vector only ever grows (a sync system cannot rewind a vector; a partner that saw the
 * edit sees the undo as a newer version). An immutable value; thread-safe, though the store writes are serialised by
 * the store.
 */
public final class EditCommand {
    private final String description;
    private final UUID featureId;
    private final Feature before;
    private final Feature after;

    EditCommand(String description, UUID featureId, Feature before, Feature after) {
        this.description = description;
        this.featureId = featureId;
        this.before = before;
        this.after = after;
    }

    /** What the command does, for "Undo …" menus, e.g. {@code Move route 'BLUE 3'}. */
    public String description() {
        return description;
    }

    /** The feature changed. */
    public UUID featureId() {
        return featureId;
    }

    /** The content before the command; empty for a create. */
    public Optional<Feature> before() {
        return Optional.ofNullable(before);
    }

    /** The content after the command; empty for a delete. */
    public Optional<Feature> after() {
        return Optional.ofNullable(after);
    }

    /** Writes the after-content; returns the feature as stored. */
    Feature apply(PictureStore store) throws StoreException {
        return write(store, after);
    }

    /** Writes the before-content; returns the feature as stored. */
    Feature revert(PictureStore store) throws StoreException {
        return write(store, before);
    }

    private Feature write(PictureStore store, Feature content) throws StoreException {
        if (content == null) {
            return store.delete(featureId);
        }
        Optional<Feature> current = store.find(featureId);
        Feature toSave = current.isPresent() ? content.withSync(current.get().sync()) : content;
        return store.saveAll(List.of(toSave)).get(0);
    }

    @Override
    public String toString() {
        return description;
    }
}
