package org.paxmap.render.output;

/**
 * What a writer tells its caller while it works, and how the caller stops it. Both methods are called on the
 * writer's thread (a worker, not the JavaFX thread): an implementation that updates a window hands the numbers over to
 * the window's thread itself, and {@link #isCancelled()} must be cheap and safe to call from another thread than the
 * one that cancels (a volatile flag).
 */
public interface ExportProgress {
    /** Reports nothing and never cancels. */
    ExportProgress NONE = new ExportProgress() {
        @Override
        public void progress(int done, int total) {}

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} steps (pages, frames, and the final save) are complete. */
    void progress(int done, int total);

    /**
     * Whether the user asked to stop. The writer polls this between steps; once it is true the writer stops, deletes
     * what it wrote, and throws {@link ExportCancelledException}.
     */
    boolean isCancelled();
}
