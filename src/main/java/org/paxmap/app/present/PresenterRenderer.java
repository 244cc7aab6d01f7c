package org.paxmap.app.present;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.paxmap.app.map.RasterBuffer;
import org.paxmap.brief.BriefException;
import org.paxmap.brief.Briefing;
import org.paxmap.brief.Slide;
import org.paxmap.brief.TimeWindow;
import org.paxmap.brief.present.BaseMaps;
import org.paxmap.brief.present.ComposedSlide;
import org.paxmap.brief.present.Playback;
import org.paxmap.brief.present.PreparedSlide;
import org.paxmap.brief.present.SlideComposer;
import org.paxmap.render.RasterParts;
import org.paxmap.render.SlideLayout;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;

/**
 * Presenter mode's drawing, on a thread of its own: reads each slide once for the audience ({@link SlideComposer},
 * kept while presenting), composes it at the time asked for and paints it with the one slide renderer into one of
 * three screen-sized buffers, handed to the FX thread as a {@link PresenterFrame}. Requests coalesce: only the newest
 * waiting one is drawn, so a held key or a fast playback never queues stale frames.
 *
 * <p>A playback's steps are known in advance: a request that names the {@linkplain Request#next() step after it} has
 * that step drawn ahead once its own frame is handed over (while the step is held on screen), so that when the ticker
 * asks for it the finished frame is handed over at once. Any other request drops the frame drawn ahead.
 *
 * <p>{@link #request} and {@link #release} may be called from any thread (the FX thread does); everything else runs on
 * the render thread.
 */
final class PresenterRenderer implements AutoCloseable {
    /**
     * What to draw: slide {@code index} at {@code at} ({@code null}: its own window), with the grid or not, asked for
     * at {@code nanos} ({@link System#nanoTime()}); {@code next}, if not {@code null}, is the window a playback will
     * ask for next, to be drawn ahead.
     */
    record Request(int index, TimeWindow.Period at, boolean grid, long nanos, TimeWindow.Period next) {
        /** A request with no step known to follow. */
        Request(int index, TimeWindow.Period at, boolean grid, long nanos) {
            this(index, at, grid, nanos, null);
        }

        /** Whether a frame drawn for {@code other} shows what this one asks for. */
        boolean sameFrameAs(Request other) {
            return index == other.index && grid == other.grid && java.util.Objects.equals(at, other.at);
        }
    }

    /** A frame drawn for a request not yet made (render thread). */
    private record Ahead(Request expected, PresenterFrame frame) {}

    private static final System.Logger LOG = System.getLogger(PresenterRenderer.class.getName());

    private final PictureStore store;
    private final Briefing briefing;
    private final List<Slide> slides;
    private final Path mapsFolder;
    private final int width;
    private final int height;
    private final Consumer<PresenterFrame> onFrame;
    private final Consumer<String> onFailure;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "paxmap-presenter");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Request> waiting = new AtomicReference<>();
    private final BlockingQueue<RasterBuffer> free = new ArrayBlockingQueue<>(3);
    private final Map<Integer, PreparedSlide> prepared = new HashMap<>(); // render thread
    private SlideComposer composer; // render thread
    private Ahead ahead; // render thread
    private final java.util.concurrent.atomic.AtomicInteger drawn = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * A renderer of {@code slides} (of {@code briefing}, or the live view when it is {@code null}) at {@code width ×
     * height} pixels; frames go to {@code onFrame}, refusals (a base map gone) to {@code onFailure}, both called on
     * the render thread.
     */
    PresenterRenderer(
            PictureStore store,
            Briefing briefing,
            List<Slide> slides,
            Path mapsFolder,
            int width,
            int height,
            Consumer<PresenterFrame> onFrame,
            Consumer<String> onFailure) {
        this.store = store;
        this.briefing = briefing;
        this.slides = List.copyOf(slides);
        this.mapsFolder = mapsFolder;
        this.width = width;
        this.height = height;
        this.onFrame = onFrame;
        this.onFailure = onFailure;
        for (int i = 0; i < 3; i++) {
            free.add(new RasterBuffer(width, height));
        }
    }

    /** Asks for a frame; replaces any request not yet started. Any thread. */
    void request(Request request) {
        if (waiting.getAndSet(request) == null) {
            thread.execute(this::drawWaiting);
        }
    }

    /** Gives back a buffer the FX thread no longer shows (two pulses after it was replaced). Any thread. */
    void release(RasterBuffer buffer) {
        free.offer(buffer);
    }

    /**
     * The playback of slide {@code index}: its own window's length (a week when it has none) sliding a day a step
     * from the picture's first incident to its last; empty when the picture has no incidents. Render thread, through
     * {@code then} on that thread.
     */
    void playback(int index, Consumer<Optional<Playback>> then) {
        thread.execute(() -> {
            try {
                then.accept(playbackOf(index));
            } catch (StoreException | BriefException | RuntimeException e) {
                onFailure.accept("Cannot play the slide through time: " + e.getMessage());
            }
        });
    }

    private Optional<Playback> playbackOf(int index) throws StoreException, BriefException {
        Optional<Instant> oldest = store.briefings().oldestIncident();
        Optional<Instant> newest = store.briefings().newestIncident();
        if (oldest.isEmpty() || newest.isEmpty()) {
            return Optional.empty();
        }
        TimeWindow.Period own = prepared(index).window();
        Duration length =
                own.from() != null && own.to() != null ? Duration.between(own.from(), own.to()) : Duration.ofDays(7);
        Instant start = oldest.get().truncatedTo(ChronoUnit.DAYS);
        Instant end = newest.get().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
        if (!end.isAfter(start.plus(Duration.ofDays(1)))) {
            end = start.plus(Duration.ofDays(2));
        }
        return Optional.of(new Playback(start, end, Duration.ofDays(1), length));
    }

    private void drawWaiting() {
        Request request = waiting.getAndSet(null);
        if (request == null) {
            return;
        }
        try {
            PresenterFrame frame;
            if (ahead != null && ahead.expected().sameFrameAs(request)) {
                frame = ahead.frame().handedOver(request.nanos(), System.nanoTime());
                ahead = null;
            } else {
                dropAhead();
                frame = draw(request);
            }
            onFrame.accept(frame);
            if (request.next() != null && waiting.get() == null) {
                Request expected = new Request(request.index(), request.next(), request.grid(), System.nanoTime());
                ahead = new Ahead(expected, draw(expected));
            }
        } catch (BriefException | StoreException e) {
            onFailure.accept(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "presenter frame not drawn", e);
            onFailure.accept("The slide could not be drawn: " + e);
        }
    }

    // Composes and paints what request asks for into a free buffer (waiting for one the FX thread gives back); the
    // buffer goes back if the frame cannot be drawn.
    private PresenterFrame draw(Request request) throws BriefException, StoreException, InterruptedException {
        RasterBuffer buffer = free.take();
        long start = System.nanoTime();
        PreparedSlide slide;
        ComposedSlide composed;
        try {
            slide = prepared(request.index());
            slide.grid(request.grid());
            composed = (request.at() == null ? slide.compose() : slide.compose(request.at())).readyForParts();
            // the top and bottom halves at once, on this thread and a helper (the machine's second core)
            RasterParts.draw(buffer.awt(), true, g -> composed.paint(g, true));
        } catch (BriefException | StoreException | RuntimeException e) {
            free.offer(buffer);
            throw e;
        }
        long end = System.nanoTime();
        drawn.incrementAndGet();
        return new PresenterFrame(
                buffer,
                buffer.drawnAgain(),
                request.index(),
                request.at() == null ? slide.window() : request.at(),
                composed.frame().title(),
                composed.marking().text(),
                composed.withheld(),
                request.nanos(),
                end,
                end - start);
    }

    /** How many frames were composed and painted, ahead or not (tests). Any thread. */
    int framesDrawn() {
        return drawn.get();
    }

    private void dropAhead() {
        if (ahead != null) {
            free.offer(ahead.frame().buffer());
            ahead = null;
        }
    }

    private PreparedSlide prepared(int index) throws BriefException, StoreException {
        PreparedSlide slide = prepared.get(index);
        if (slide == null) {
            if (prepared.size() >= 3) {
                prepared.clear(); // a few slides' features at a time, however long the briefing
            }
            slide = composer()
                    .prepare(
                            slides.get(index),
                            new SlideLayout(width, height),
                            briefing == null ? "" : (index + 1) + " / " + slides.size(),
                            where(index))
                    .onScreen();
            prepared.put(index, slide);
        }
        return slide;
    }

    private SlideComposer composer() throws BriefException, StoreException {
        if (composer == null) {
            Instant now = Instant.now();
            composer = briefing == null
                    ? SlideComposer.forAudience(store, null, store.nodeId(), new BaseMaps(mapsFolder), now)
                    : SlideComposer.forBriefing(store, briefing, null, new BaseMaps(mapsFolder), now);
        }
        return composer;
    }

    private String where(int index) {
        Slide slide = slides.get(index);
        String title = slide.title().isEmpty() ? "" : " '" + slide.title() + "'";
        return briefing == null
                ? "the view"
                : "slide " + (index + 1) + title + " of briefing '" + briefing.name() + "'";
    }

    /** Stops the thread and closes the base maps (on the render thread, after any frame in progress). */
    @Override
    public void close() {
        thread.execute(() -> {
            if (composer != null) {
                composer.close();
            }
        });
        thread.shutdown();
    }
}
