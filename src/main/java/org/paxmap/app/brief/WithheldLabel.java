package org.paxmap.app.brief;

import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.paxmap.brief.Briefing;
import org.paxmap.brief.Slide;
import org.paxmap.brief.present.BaseMaps;
import org.paxmap.brief.present.ComposedSlide;
import org.paxmap.brief.present.PageSpec;
import org.paxmap.brief.present.SlideComposer;
import org.paxmap.store.PictureStore;

/**
 * The line under the slide editor saying how many features a slide would show for local use but not for its
 * briefing's audience, with the reasons as its tooltip. Called on the FX thread; the slide is composed on a thread of
 * its own, and only the latest count is shown.
 */
final class WithheldLabel extends Label {
    private final ExecutorService counter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "paxmap-withheld");
        t.setDaemon(true);
        return t;
    });
    private int counting;

    WithheldLabel() {
        setId("slideWithheld");
        setWrapText(true);
    }

    /** Counts what {@code slide} of {@code b} (in {@code store}) withholds; blank when either is null. */
    void count(Slide slide, Briefing b, PictureStore store) {
        int ticket = ++counting;
        if (slide == null || b == null) {
            setText("");
            return;
        }
        if (b.audience() == null) {
            setText("Local use only: nothing is withheld.");
            setTooltip(null);
            return;
        }
        setText("Counting what " + b.audience() + " may not see…");
        int index = b.indexOf(slide.id());
        counter.execute(() -> {
            String text;
            String why = null;
            try (SlideComposer composer = SlideComposer.forBriefing(
                    store, b, null, new BaseMaps(BriefingExports.mapsFolder()), Instant.now())) {
                ComposedSlide composed = composer.prepare(
                                slide,
                                PageSpec.pixels(1280, 720).layout(),
                                "",
                                "slide " + (index + 1) + " '" + slide.title() + "'")
                        .compose();
                int n = composed.withheld();
                text = n == 0
                        ? "Nothing withheld for this audience."
                        : n + (n == 1 ? " feature" : " features") + " withheld for this audience";
                why = composed.withheldReasons().entrySet().stream()
                        .map(e -> e.getValue() + " — " + e.getKey())
                        .collect(Collectors.joining("\n"));
            } catch (Exception | Error e) {
                text = "Cannot count what is withheld: " + e.getMessage();
            }
            String shownText = text;
            String tooltip = why;
            Platform.runLater(() -> {
                if (ticket == counting) {
                    setText(shownText);
                    setTooltip(tooltip == null || tooltip.isEmpty() ? null : new Tooltip(tooltip));
                }
            });
        });
    }
}
