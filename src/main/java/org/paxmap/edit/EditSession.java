package org.paxmap.edit;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.locationtech.jts.geom.Coordinate;
import org.paxmap.geojson.FeatureJson;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;
import org.paxmap.model.SyncMeta;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;

/**
 * The editing session of one open picture: every edit the analyst makes goes through here as an {@link EditCommand}
 * written to the store in one transaction, and kept in the session's undo history (at most {@value #HISTORY_LIMIT}
 * commands; the oldest are dropped). A new command clears what could be redone. Undo writes the content the feature
 * had before the command (a tombstone to undo a create), redo the content after it; both restore geometry and
 * properties exactly, and both are new versions for synchronisation (see {@link EditCommand}). The history is the
 * session's, not the picture's: it is not saved, and undo does not merge with changes that arrived from elsewhere in
 * the meantime — it writes the remembered content over them.
 *
 * <p>Nothing is written when a draft or geometry edit is invalid ({@link InvalidEditException}) or the store refuses
 * ({@link StoreException}); the history is then unchanged too. {@link EditListener}s are called after each write.
 *
 * <p>Not thread-safe: one thread (the window's store thread) owns the session. Listeners may be added and removed
 * from any thread.
 */
public final class EditSession {
    /** The most commands the undo history keeps. */
    public static final int HISTORY_LIMIT = 1000;

    /** The field reported when the feature an edit names is missing or deleted. */
    public static final String FIELD_FEATURE = "feature";

    private final PictureStore store;
    private final Deque<EditCommand> undo = new ArrayDeque<>();
    private final Deque<EditCommand> redo = new ArrayDeque<>();
    private final List<EditListener> listeners = new CopyOnWriteArrayList<>();

    /** A session over {@code store}, which the caller keeps open while the session is used. */
    public EditSession(PictureStore store) {
        this.store = store;
    }

    /** Creates the feature a new draft describes; returns it as stored. */
    public Feature create(FeatureDraft draft) throws InvalidEditException, StoreException {
        if (store.find(draft.id()).isPresent()) {
            throw new InvalidEditException(FIELD_FEATURE, "the picture already has a feature " + draft.id());
        }
        Feature created = draft.toFeature(SyncMeta.newLocal(store.nodeId(), "", Instant.now()));
        return perform(new EditCommand("Create " + describe(created), created.id(), null, created));
    }

    /**
     * Saves the fields of a draft made from an existing feature; returns the feature as stored. A draft that changes
     * nothing writes nothing and adds nothing to the history.
     */
    public Feature update(FeatureDraft draft) throws InvalidEditException, StoreException {
        Feature current = live(draft.id());
        Feature updated = draft.toFeature(current.sync());
        if (FeatureJson.contentSha256(updated).equals(current.sync().contentSha256())) {
            return current;
        }
        return perform(new EditCommand("Edit " + describe(updated), updated.id(), current, updated));
    }

    /** Moves a feature by {@code dLon} degrees east and {@code dLat} north ({@link GeometryEdits#translate}). */
    public Feature move(UUID id, double dLon, double dLat) throws InvalidEditException, StoreException {
        Feature current = live(id);
        return perform(new EditCommand(
                "Move " + describe(current), id, current, GeometryEdits.translate(current, dLon, dLat)));
    }

    /** Moves one vertex ({@link GeometryEdits#moveVertex}). */
    public Feature moveVertex(UUID id, VertexRef vertex, Coordinate to) throws InvalidEditException, StoreException {
        Feature current = live(id);
        return perform(new EditCommand(
                "Move a vertex of " + describe(current), id, current, GeometryEdits.moveVertex(current, vertex, to)));
    }

    /** Inserts a vertex on an edge ({@link GeometryEdits#insertVertex}). */
    public Feature insertVertex(UUID id, VertexRef edgeStart, Coordinate at)
            throws InvalidEditException, StoreException {
        Feature current = live(id);
        return perform(new EditCommand(
                "Add a vertex to " + describe(current),
                id,
                current,
                GeometryEdits.insertVertex(current, edgeStart, at)));
    }

    /** Deletes a vertex ({@link GeometryEdits#deleteVertex}). */
    public Feature deleteVertex(UUID id, VertexRef vertex) throws InvalidEditException, StoreException {
        Feature current = live(id);
        return perform(new EditCommand(
                "Delete a vertex of " + describe(current), id, current, GeometryEdits.deleteVertex(current, vertex)));
    }

    /** Gives a circle zone a new radius in metres ({@link GeometryEdits#withRadius}). */
    public Feature setRadius(UUID id, double metres) throws InvalidEditException, StoreException {
        Feature current = live(id);
        return perform(new EditCommand(
                "Change the radius of " + describe(current), id, current, GeometryEdits.withRadius(current, metres)));
    }

    /** Gives a corridor zone a new half width in metres ({@link GeometryEdits#withHalfWidth}). */
    public Feature setHalfWidth(UUID id, double metres) throws InvalidEditException, StoreException {
        Feature current = live(id);
        return perform(new EditCommand(
                "Change the width of " + describe(current), id, current, GeometryEdits.withHalfWidth(current, metres)));
    }

    /** Deletes a feature (a tombstone); returns the tombstone. */
    public Feature delete(UUID id) throws InvalidEditException, StoreException {
        Feature current = live(id);
        return perform(new EditCommand("Delete " + describe(current), id, current, null));
    }

    /** Whether there is a command to undo. */
    public boolean canUndo() {
        return !undo.isEmpty();
    }

    /** Whether there is a command to redo. */
    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The command {@link #undo()} would revert. */
    public Optional<EditCommand> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    /** The command {@link #redo()} would apply again. */
    public Optional<EditCommand> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    /**
     * Reverts the last command; returns the feature as stored after it.
     *
     * @throws IllegalStateException if there is nothing to undo
     */
    public Feature undo() throws StoreException {
        EditCommand command = undo.peek();
        if (command == null) {
            throw new IllegalStateException("nothing to undo");
        }
        Feature stored = command.revert(store);
        undo.pop();
        redo.push(command);
        notifyListeners(new EditEvent(EditEvent.Kind.UNDONE, command, stored));
        return stored;
    }

    /**
     * Applies the last undone command again; returns the feature as stored after it.
     *
     * @throws IllegalStateException if there is nothing to redo
     */
    public Feature redo() throws StoreException {
        EditCommand command = redo.peek();
        if (command == null) {
            throw new IllegalStateException("nothing to redo");
        }
        Feature stored = command.apply(store);
        redo.pop();
        push(command);
        notifyListeners(new EditEvent(EditEvent.Kind.REDONE, command, stored));
        return stored;
    }

    /** Adds a listener told of every change from now on. */
    public void addListener(EditListener listener) {
        listeners.add(listener);
    }

    /** Removes a listener. */
    public void removeListener(EditListener listener) {
        listeners.remove(listener);
    }

    private Feature perform(EditCommand command) throws StoreException {
        Feature stored = command.apply(store);
        redo.clear();
        push(command);
        notifyListeners(new EditEvent(EditEvent.Kind.DONE, command, stored));
        return stored;
    }

    private void push(EditCommand command) {
        undo.push(command);
        while (undo.size() > HISTORY_LIMIT) {
            undo.removeLast();
        }
    }

    private void notifyListeners(EditEvent event) {
        RuntimeException first = null;
        for (EditListener listener : listeners) {
            try {
                listener.pictureEdited(event);
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private Feature live(UUID id) throws InvalidEditException, StoreException {
        Optional<Feature> found = store.find(id);
        if (found.isEmpty()) {
            throw new InvalidEditException(FIELD_FEATURE, "the picture has no feature " + id);
        }
        if (found.get().sync().deleted()) {
            throw new InvalidEditException(
                    FIELD_FEATURE, "the " + noun(found.get().layer()) + " " + id + " has been deleted");
        }
        return found.get();
    }

    private static String describe(Feature f) {
        return noun(f.layer()) + " '" + f.name() + "'";
    }

    private static String noun(Layer layer) {
        String table = layer.tableName();
        return table.substring(0, table.length() - 1).toLowerCase(Locale.ROOT);
    }
}
