/**
 * The briefing's output writers, independent of what is drawn: {@link org.paxmap.render.output.PngExport} (one
 * picture), {@link org.paxmap.render.output.PdfExport} (one page per slide, shapes as PDF paths, text as real text,
 * map tiles JPEG-compressed and embedded once) and {@link org.paxmap.render.output.VideoExport} (H.264 MP4, or an
 * animated GIF). What is drawn is a {@link org.paxmap.render.output.PageArt}: a callback that paints one page onto a
 * {@code java.awt.Graphics2D}, so the slide renderer draws the same code for every format.
 *
 * <p>Every writer runs on the calling thread: call it from a worker thread, never from the JavaFX application thread.
 * It reports progress and polls for cancellation through {@link org.paxmap.render.output.ExportProgress}, writes
 * under a temporary name in the target folder and renames into place only when complete; on failure or cancel it
 * leaves nothing behind and throws an {@link org.paxmap.render.output.ExportException} whose message names the file
 * and the reason, fit to show to a user. No JavaFX here.
 */
package org.paxmap.render.output;
