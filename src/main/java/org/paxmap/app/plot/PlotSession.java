package org.paxmap.app.plot;

import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.paxmap.edit.EditCommand;
import org.paxmap.edit.EditSession;
import org.paxmap.edit.FieldProblems;
import org.paxmap.edit.InvalidEditException;
import org.paxmap.model.Feature;
import org.paxmap.store.PictureStore;

/**
 * The window's editing session: an {@link EditSession} over the open picture, used only on the window's store thread
 * ({@code io}, a single thread), with its undo/redo state mirrored into FX properties. Each call runs one small edit
 * transaction on that thread and reports back on the FX thread: the feature as stored, the field problems of a
 * refused edit (nothing written), or a failure message. Calls are queued in order, so an undo pressed right after an
 * edit undoes that edit.
 *
 * <p>FX-thread only (the methods, the properties and the callbacks); the session itself lives on {@code io}.
 */
public final class PlotSession {
    /** One session call, run on the store thread. */
    @FunctionalInterface
    public interface Call {
        Feature run(EditSession session) throws Exception;
    }

    /** What a caller is told when a call ends. Every method is called on the FX thread; defaults do nothing. */
    public interface Outcome {
        /** The change was written and acknowledged by the store. */
        default void stored(Feature feature) {}

        /** The edit was refused before anything was written. */
        default void refused(FieldProblems problems) {}

        /** The store failed; {@code message} says why in words. */
        default void failed(String message) {}
    }

    private final PictureStore store;
    private final EditSession session;
    private final Executor io;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");
    private final ReadOnlyStringWrapper lastMessage = new ReadOnlyStringWrapper("");
    private final BiConsumer<Feature, Outcome> onChange;

    /**
     * A session over {@code store}, whose calls run on {@code io} (one thread); {@code onChange} is told on the FX
     * thread of every feature written (done, undone or redone) with the outcome of the call that wrote it, before
     * that outcome is told.
     */
    public PlotSession(PictureStore store, Executor io, BiConsumer<Feature, Outcome> onChange) {
        this.store = store;
        this.session = new EditSession(store);
        this.io = io;
        this.onChange = onChange;
    }

    /** The picture the session edits. */
    public PictureStore store() {
        return store;
    }

    /** Runs {@code call} on the store thread; {@code action} names it in the message shown afterwards. */
    public void run(String action, Call call, Outcome outcome) {
        io.execute(() -> {
            try {
                Feature stored = call.run(session);
                State state = State.of(session);
                Platform.runLater(() -> {
                    apply(state);
                    lastMessage.set("Saved — " + (action.contains("'") ? action : action + " " + describe(stored)));
                    onChange.accept(stored, outcome);
                    outcome.stored(stored);
                });
            } catch (InvalidEditException e) {
                Platform.runLater(() -> {
                    lastMessage.set("Not saved — " + e.getMessage());
                    outcome.refused(e.problems());
                });
            } catch (Exception | Error e) {
                String message = action + " failed: " + Messages.reason(e);
                Platform.runLater(() -> {
                    lastMessage.set(message);
                    outcome.failed(message);
                });
            }
        });
    }

    /**
     * Runs {@code work}, a read that writes nothing and leaves the history alone, on the store thread, after the calls
     * already queued; on the FX thread, {@code done} is given its result or {@code failed} is told in words why
     * {@code action} failed.
     */
    public <T> void read(
            String action,
            java.util.concurrent.Callable<T> work,
            java.util.function.Consumer<T> done,
            java.util.function.Consumer<String> failed) {
        io.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> done.accept(result));
            } catch (Exception | Error e) {
                String message = action + " failed: " + Messages.reason(e);
                Platform.runLater(() -> failed.accept(message));
            }
        });
    }

    /** Undoes the last change, if there is one. */
    public void undo() {
        if (canUndo.get()) {
            run(undoText.get(), EditSession::undo, new Outcome() {});
        }
    }

    /** Redoes the last undone change, if there is one. */
    public void redo() {
        if (canRedo.get()) {
            run(redoText.get(), EditSession::redo, new Outcome() {});
        }
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo Move route 'BLUE 3'", or "Undo" when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** "Redo …", or "Redo". */
    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** What the last call did or why it failed, for the details panel's status line. */
    public ReadOnlyStringProperty lastMessageProperty() {
        return lastMessage.getReadOnlyProperty();
    }

    /** E.g. {@code route 'BLUE 3'}. */
    static String describe(Feature f) {
        String noun;
        switch (f.layer()) {
            case INCIDENTS:
                noun = "incident";
                break;
            case ROUTES:
                noun = "route";
                break;
            default:
                noun = "zone";
                break;
        }
        return noun + " '" + f.name() + "'";
    }

    private void apply(State state) {
        canUndo.set(state.undo != null);
        canRedo.set(state.redo != null);
        undoText.set(state.undo == null ? "Undo" : "Undo " + state.undo);
        redoText.set(state.redo == null ? "Redo" : "Redo " + state.redo);
    }

    /** The history's ends, read on the store thread. */
    private record State(String undo, String redo) {
        static State of(EditSession session) {
            return new State(
                    session.nextUndo().map(EditCommand::description).orElse(null),
                    session.nextRedo().map(EditCommand::description).orElse(null));
        }
    }
}
