package org.paxmap.app.brief;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.paxmap.brief.BriefException;
import org.paxmap.brief.Briefing;
import org.paxmap.brief.BriefingEdit;
import org.paxmap.brief.Briefings;
import org.paxmap.store.PictureStore;

/**
 * The window's briefings over the open picture: one {@link Briefings} service owned by the window's store thread
 * ({@code io}, a single thread), every call one store transaction queued there in order, and after each call the
 * state the panel shows — the briefings, the chosen one with its slides, what undo and redo would do — handed to the
 * FX thread. Methods are called on the FX thread; the service and the chosen id live on {@code io}.
 */
final class BriefingSession {
    /** One call of the service, run on the store thread. */
    @FunctionalInterface
    interface Call<T> {
        T run(Briefings briefings) throws Exception;
    }

    /**
     * What the panel shows after a call.
     *
     * @param store the picture
     * @param list every briefing, by name
     * @param chosen the chosen briefing with its slides, or {@code null}
     * @param undo what undo would undo, or {@code null}
     * @param redo what redo would redo, or {@code null}
     */
    record State(PictureStore store, List<Briefings.Summary> list, Briefing chosen, String undo, String redo) {}

    private final PictureStore store;
    private final Briefings briefings;
    private final Executor io;
    private final Consumer<State> onState;
    private final Consumer<String> onFailure;
    // written and read on io only
    private UUID chosen;

    /**
     * A session over {@code store} whose calls run on {@code io}; {@code onState} gets the state after each call and
     * {@code onFailure} the reason of a refused or failed call, both on the FX thread.
     */
    BriefingSession(PictureStore store, Executor io, Consumer<State> onState, Consumer<String> onFailure) {
        this.store = store;
        this.briefings = new Briefings(store);
        this.io = io;
        this.onState = onState;
        this.onFailure = onFailure;
    }

    PictureStore store() {
        return store;
    }

    /** Reads the briefings and shows the one with {@code id} (the first one when {@code null} or gone). */
    void choose(UUID id) {
        io.execute(() -> {
            chosen = id;
            publish();
        });
    }

    /** Reads the state again (the picture changed under the briefings, e.g. its newest incident). */
    void refresh() {
        io.execute(this::publish);
    }

    /**
     * Runs {@code call} on the store thread, then shows the state; {@code then} gets the result on the FX thread. A
     * refusal or failure is told to the failure handler, naming {@code action}, and the state is shown all the same.
     */
    <T> void run(String action, Call<T> call, Consumer<T> then) {
        run(action, call, then, reason -> onFailure.accept(action + ": " + reason));
    }

    /** As {@link #run(String, Call, Consumer)}, telling a refusal's reason to {@code refused} instead. */
    <T> void run(String action, Call<T> call, Consumer<T> then, Consumer<String> refused) {
        io.execute(() -> {
            T result;
            try {
                result = call.run(briefings);
            } catch (Exception | Error e) {
                System.getLogger(BriefingSession.class.getName())
                        .log(System.Logger.Level.INFO, action + " refused or failed", e);
                String reason = e.getMessage() == null ? e.toString() : e.getMessage();
                Platform.runLater(() -> refused.accept(reason));
                publish();
                return;
            }
            if (result instanceof Briefing b) {
                chosen = b.id();
            }
            publish();
            Platform.runLater(() -> then.accept(result));
        });
    }

    /** Undoes the last briefing edit and shows the briefing it changed. */
    void undo() {
        run("Undo", b -> choosing(b.history().canUndo() ? b.history().undo() : null), e -> {});
    }

    /** Redoes the last undone briefing edit and shows the briefing it changed. */
    void redo() {
        run("Redo", b -> choosing(b.history().canRedo() ? b.history().redo() : null), e -> {});
    }

    // on io
    private BriefingEdit choosing(BriefingEdit edit) {
        if (edit != null) {
            chosen = edit.briefingId();
        }
        return edit;
    }

    // on io: reads the list and the chosen briefing, hands them to the FX thread
    private void publish() {
        try {
            List<Briefings.Summary> list = briefings.list();
            if (chosen == null || list.stream().noneMatch(s -> s.id().equals(chosen))) {
                chosen = list.isEmpty() ? null : list.get(0).id();
            }
            Briefing loaded = null;
            String problem = null;
            if (chosen != null) {
                try {
                    loaded = briefings.load(chosen);
                } catch (BriefException e) {
                    problem = e.getMessage();
                }
            }
            State state = new State(
                    store,
                    list,
                    loaded,
                    briefings
                            .history()
                            .nextUndo()
                            .map(BriefingEdit::description)
                            .orElse(null),
                    briefings
                            .history()
                            .nextRedo()
                            .map(BriefingEdit::description)
                            .orElse(null));
            String failure = problem;
            Platform.runLater(() -> {
                onState.accept(state);
                if (failure != null) {
                    onFailure.accept(failure);
                }
            });
        } catch (Exception | Error e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            Platform.runLater(() -> onFailure.accept("Reading the briefings: " + reason));
        }
    }
}
