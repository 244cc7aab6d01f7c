package org.paxmap.app.present;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import javafx.stage.Window;
import org.paxmap.brief.Briefing;
import org.paxmap.brief.Slide;
import org.paxmap.store.PictureStore;

/**
 * Presenter mode: a full-screen window with nothing but the slide — banners, title, map and marginalia as {@link
 * org.paxmap.render.SlidePainter} draws them for the briefing's audience — and the presenter's keys: → / PgDn / Space
 * next, ← / PgUp previous, Home / End, {@code P} play or pause time, {@code G} grid, Esc back to the window. FX thread.
 */
public final class PresenterMode {
    private PresenterMode() {}

    /**
     * Opens presenter mode over {@code owner}: {@code briefing}'s slides from {@code start} (from 0), or, with no
     * briefing, {@code live} — the window's current view as an unsaved slide, for local use. Store reads run on {@code
     * io}; drawing on presenter mode's own thread.
     *
     * @param mapsFolder where slides' base maps are looked up
     * @param onClosed run on the FX thread when presenter mode closes (Esc)
     */
    public static void open(
            Window owner,
            PictureStore store,
            ExecutorService io,
            Briefing briefing,
            int start,
            Slide live,
            Path mapsFolder,
            Runnable onClosed) {
        throw new UnsupportedOperationException("presenter mode is being built");
    }
}
