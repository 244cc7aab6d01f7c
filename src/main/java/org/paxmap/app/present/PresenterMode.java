package org.paxmap.app.present;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;
import org.paxmap.app.map.RasterBuffer;
import org.paxmap.brief.Briefing;
import org.paxmap.brief.Slide;
import org.paxmap.brief.TimeWindow;
import org.paxmap.brief.present.Playback;
import org.paxmap.store.PictureStore;

/**
 * Presenter mode: a full-screen window with nothing but the slide — banners, title, map and marginalia as {@link
 * org.paxmap.render.SlidePainter} draws them for the briefing's audience (no menus, toolbars, tables or handles) — and
 * the presenter's keys: → / PgDn / Space next, ← / PgUp previous, Home / End first and last, {@code P} play or pause
 * time (the slide's window slides a day a step through the picture; map, legend counts and the window's date-time
 * groups follow), {@code G} grid on or off, Esc back to the window. Slides are drawn off the FX thread ({@link
 * PresenterRenderer}, which reads the store there: reads are thread-safe); the FX thread only shows finished frames. FX
 * thread.
 */
public final class PresenterMode {
    /** How long a playback step is shown. */
    static final Duration STEP = Duration.millis(400);

    /** Frame latencies kept for the benchmark and tests. */
    private static final int KEPT_TIMES = 4096;

    private final Stage stage;
    private final ImageView image = new ImageView();
    private final Label message = new Label();
    private final PresenterRenderer renderer;
    private final List<Slide> slides;
    private final Map<Integer, Boolean> grid = new HashMap<>();
    private final Runnable onClosed;
    private final ArrayDeque<long[]> stepNanos = new ArrayDeque<>();
    private final List<Pending> pending = new ArrayList<>();
    private final AnimationTimer pulses;
    private Timeline ticker;
    private List<TimeWindow.Period> steps = List.of();
    private int step;
    private int index;
    private RasterBuffer shown;
    private PresenterFrame last;
    private boolean closed;

    /** A buffer replaced on screen, given back after two more pulses (the pipeline may still read it). */
    private static final class Pending {
        final RasterBuffer buffer;
        int pulses = 2;

        Pending(RasterBuffer buffer) {
            this.buffer = buffer;
        }
    }

    private PresenterMode(
            Window owner,
            PictureStore store,
            Briefing briefing,
            List<Slide> slides,
            int start,
            Path mapsFolder,
            Runnable onClosed,
            Rectangle2D bounds,
            boolean fullScreen) {
        this.slides = slides;
        this.index = Math.max(0, Math.min(start, slides.size() - 1));
        this.onClosed = onClosed;
        int w = (int) Math.round(bounds.getWidth());
        int h = (int) Math.round(bounds.getHeight());
        renderer = new PresenterRenderer(
                store,
                briefing,
                slides,
                mapsFolder,
                w,
                h,
                frame -> Platform.runLater(() -> show(frame)),
                text -> Platform.runLater(() -> fail(text)));
        message.setId("presenterMessage");
        message.setTextFill(Color.WHITE);
        message.setWrapText(true);
        message.setMaxWidth(w * 0.7);
        message.setStyle("-fx-font-size: 18px;");
        message.setVisible(false);
        image.setId("presenterSlide");
        StackPane root = new StackPane(image, message);
        root.setStyle("-fx-background-color: black;");
        Scene scene = new Scene(root, w, h, Color.BLACK);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stage = new Stage(StageStyle.UNDECORATED);
        stage.initOwner(owner);
        stage.setTitle(briefing == null ? "Paxmap — presenter" : "Paxmap — " + briefing.name());
        stage.setScene(scene);
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setFullScreenExitHint("");
        stage.setFullScreen(fullScreen);
        stage.setOnHidden(e -> close());
        pulses = new AnimationTimer() {
            @Override
            public void handle(long now) {
                for (int i = pending.size() - 1; i >= 0; i--) {
                    if (--pending.get(i).pulses <= 0) {
                        renderer.release(pending.remove(i).buffer);
                    }
                }
            }
        };
        pulses.start();
    }

    /**
     * Opens presenter mode full screen on the screen of {@code owner}: {@code briefing}'s slides from {@code start}
     * (from 0), or, with no briefing, {@code live} — the window's current view as an unsaved slide, for local use.
     *
     * @param mapsFolder where slides' base maps are looked up
     * @param onClosed run on the FX thread when presenter mode closes
     * @return the presenter mode shown
     */
    public static PresenterMode open(
            Window owner,
            PictureStore store,
            Briefing briefing,
            int start,
            Slide live,
            Path mapsFolder,
            Runnable onClosed) {
        Rectangle2D screen = Screen.getScreensForRectangle(
                        owner.getX(), owner.getY(), Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight()))
                .stream()
                .findFirst()
                .orElse(Screen.getPrimary())
                .getBounds();
        return open(owner, store, briefing, start, live, mapsFolder, onClosed, screen, true);
    }

    /**
     * As {@link #open(Window, PictureStore, Briefing, int, Slide, Path, Runnable)}, in a window of {@code bounds},
     * full screen or not (tests and benchmarks).
     */
    static PresenterMode open(
            Window owner,
            PictureStore store,
            Briefing briefing,
            int start,
            Slide live,
            Path mapsFolder,
            Runnable onClosed,
            Rectangle2D bounds,
            boolean fullScreen) {
        List<Slide> slides = briefing == null || briefing.slides().isEmpty() ? List.of(live) : briefing.slides();
        PresenterMode mode = new PresenterMode(
                owner,
                store,
                briefing == null || briefing.slides().isEmpty() ? null : briefing,
                slides,
                start,
                mapsFolder,
                onClosed,
                bounds,
                fullScreen);
        mode.stage.show();
        mode.stage.toFront();
        mode.draw(null);
        return mode;
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case RIGHT, PAGE_DOWN, SPACE, DOWN -> go(index + 1);
            case LEFT, PAGE_UP, BACK_SPACE, UP -> go(index - 1);
            case HOME -> go(0);
            case END -> go(slides.size() - 1);
            case P -> playOrPause();
            case G -> {
                grid.put(index, !gridOn());
                if (playing() || step > 0) {
                    drawStep();
                } else {
                    draw(null);
                }
            }
            case ESCAPE -> stage.close();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Shows slide {@code target} at its own time window (stops a playback). */
    void go(int target) {
        int to = Math.max(0, Math.min(target, slides.size() - 1));
        if (to == index && !playing() && steps.isEmpty()) {
            return;
        }
        stop();
        steps = List.of();
        step = 0;
        index = to;
        draw(null);
    }

    /** Starts or pauses playing the current slide through time. */
    void playOrPause() {
        if (playing()) {
            ticker.pause();
            return;
        }
        if (ticker != null && !steps.isEmpty() && step < steps.size() - 1) {
            ticker.play();
            return;
        }
        int playingIndex = index;
        renderer.playback(index, plan -> Platform.runLater(() -> startPlaying(playingIndex, plan)));
    }

    private void startPlaying(int playingIndex, Optional<Playback> plan) {
        if (closed || playingIndex != index) {
            return;
        }
        if (plan.isEmpty()) {
            fail("The picture has no incidents to play through.");
            return;
        }
        steps = plan.get().windows();
        step = 0;
        stop();
        ticker = new Timeline(new KeyFrame(STEP, e -> advance()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        drawStep();
        ticker.play();
    }

    private void advance() {
        if (step >= steps.size() - 1) {
            stop();
            return;
        }
        step++;
        drawStep();
    }

    // The playback's current step, the one after it drawn ahead while this one is held.
    private void drawStep() {
        message.setVisible(false);
        TimeWindow.Period next = step + 1 < steps.size() ? steps.get(step + 1) : null;
        renderer.request(new PresenterRenderer.Request(index, steps.get(step), gridOn(), System.nanoTime(), next));
    }

    private boolean playing() {
        return ticker != null && ticker.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    private void stop() {
        if (ticker != null) {
            ticker.stop();
        }
    }

    private boolean gridOn() {
        Boolean on = grid.get(index);
        return on != null ? on : slides.get(index).grid();
    }

    private void draw(TimeWindow.Period at) {
        message.setVisible(false);
        renderer.request(new PresenterRenderer.Request(index, at, gridOn(), System.nanoTime()));
    }

    private void show(PresenterFrame frame) {
        if (closed) {
            renderer.release(frame.buffer());
            return;
        }
        if (frame.redrawn()) {
            frame.buffer().changed();
        }
        image.setImage(frame.buffer().fx());
        if (shown != null) {
            pending.add(new Pending(shown));
        }
        shown = frame.buffer();
        last = frame;
        if (stepNanos.size() >= KEPT_TIMES) {
            stepNanos.removeFirst();
        }
        stepNanos.addLast(new long[] {System.nanoTime() - frame.requestedNanos(), frame.drawingNanos()});
    }

    private void fail(String text) {
        if (closed) {
            return;
        }
        stop();
        message.setText(text + "\n\nEsc returns to the window.");
        message.setVisible(true);
    }

    private void close() {
        if (closed) {
            return;
        }
        closed = true;
        stop();
        pulses.stop();
        // every buffer goes back, so a frame the render thread is waiting to draw can finish and the thread end
        pending.forEach(p -> renderer.release(p.buffer));
        pending.clear();
        if (shown != null) {
            renderer.release(shown);
            shown = null;
        }
        renderer.close();
        onClosed.run();
    }

    /** The last frame shown, if any (tests). */
    Optional<PresenterFrame> lastFrame() {
        return Optional.ofNullable(last);
    }

    /** The slide shown, from 0. */
    int index() {
        return index;
    }

    /** Whether a playback is running. */
    boolean isPlaying() {
        return playing();
    }

    /** Nanoseconds from each frame's request to its showing, oldest first (the last {@value #KEPT_TIMES}). */
    long[] frameNanos() {
        return stepNanos.stream().mapToLong(a -> a[0]).toArray();
    }

    /**
     * Nanoseconds each frame took to compose and paint on the render thread, oldest first: part of {@link #frameNanos}
     * for a frame drawn when asked for, none of it for a playback step drawn ahead while the step before was held.
     */
    long[] drawNanos() {
        return stepNanos.stream().mapToLong(a -> a[1]).toArray();
    }

    /** The stage (tests). */
    Stage stage() {
        return stage;
    }
}
