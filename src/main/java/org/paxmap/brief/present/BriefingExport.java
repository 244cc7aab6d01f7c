package org.paxmap.brief.present;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.paxmap.brief.BriefException;
import org.paxmap.brief.Briefing;
import org.paxmap.brief.Slide;
import org.paxmap.brief.TimeWindow;
import org.paxmap.render.output.ExportException;
import org.paxmap.render.output.ExportProgress;
import org.paxmap.render.output.PaperSize;
import org.paxmap.render.output.PdfExport;
import org.paxmap.render.output.PngExport;
import org.paxmap.render.output.VideoExport;
import org.paxmap.render.output.VideoFormat;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;

/**
 * The exports of a briefing or of a view, one pipeline for the window and the command line: each slide composed for
 * the audience ({@link SlideComposer}) and drawn by the one renderer ({@link org.paxmap.render.SlidePainter}) into a
 * PDF (a page per slide), a PNG (one slide) or a playback video. Everything is checked that can be before a byte is
 * written — the audience, every slide's base map — and a file is written under a temporary name and renamed when
 * complete, so a refused or failed export leaves nothing behind and the picture is only read.
 *
 * <p>Runs on the calling thread (never the FX thread): it reads the store and draws.
 */
public final class BriefingExport {
    private final PictureStore store;
    private final Path mapsFolder;
    private final Instant produced;

    /**
     * Exports of {@code store}'s briefings and views.
     *
     * @param mapsFolder where slides' base maps are looked up
     * @param produced the "produced" time the margins carry
     */
    public BriefingExport(PictureStore store, Path mapsFolder, Instant produced) {
        this.store = store;
        this.mapsFolder = mapsFolder;
        this.produced = produced;
    }

    /**
     * Every slide of {@code briefing}, a page each, on {@code paper}, for its audience or {@code audience} if given.
     *
     * @throws BriefException if the briefing has no slides, its audience is unknown or a base map is gone
     */
    public Path pdf(Briefing briefing, String audience, PaperSize paper, Path out, ExportProgress progress)
            throws BriefException, StoreException, ExportException {
        return pdf(briefing, 0, audience, null, paper, out, progress);
    }

    /**
     * Slide {@code number} (from 1; 0: every slide) of {@code briefing}, a page each, on {@code paper}, for its
     * audience or {@code audience} if given, at each slide's own time window or {@code at} if given.
     *
     * @throws BriefException if the briefing has no slides or no such slide, its audience is unknown or a base map is
     *     gone
     */
    public Path pdf(
            Briefing briefing,
            int number,
            String audience,
            TimeWindow.Period at,
            PaperSize paper,
            Path out,
            ExportProgress progress)
            throws BriefException, StoreException, ExportException {
        if (briefing.slides().isEmpty()) {
            throw new BriefException("briefing '" + briefing.name() + "' has no slides to export");
        }
        List<Integer> indexes = new ArrayList<>();
        if (number == 0) {
            for (int i = 0; i < briefing.slides().size(); i++) {
                indexes.add(i);
            }
        } else {
            indexes.add(slideIndex(briefing, number));
        }
        try (SlideComposer composer =
                SlideComposer.forBriefing(store, briefing, audience, new BaseMaps(mapsFolder), produced)) {
            for (int i : indexes) {
                composer.baseMap(briefing.slides().get(i), where(briefing, i));
            }
            PageSpec spec = PageSpec.paper(paper, 72);
            List<SlideArt> pages = new ArrayList<>();
            for (int index : indexes) {
                pages.add(new SlideArt(
                        () -> {
                            PreparedSlide slide = prepareForPage(composer, briefing, index, spec);
                            return at == null ? slide.compose() : slide.compose(at);
                        },
                        composer,
                        false));
            }
            return new PdfExport().write(out, briefing.name(), paper, pages, progress);
        }
    }

    /**
     * Slide {@code number} (from 1) of {@code briefing} as a PNG, at its own time window or {@code at} if given.
     *
     * @throws BriefException if there is no such slide, the audience is unknown or the base map is gone
     */
    public Path png(
            Briefing briefing,
            int number,
            String audience,
            TimeWindow.Period at,
            PageSpec spec,
            Path out,
            ExportProgress progress)
            throws BriefException, StoreException, ExportException {
        int index = slideIndex(briefing, number);
        try (SlideComposer composer =
                SlideComposer.forBriefing(store, briefing, audience, new BaseMaps(mapsFolder), produced)) {
            PreparedSlide slide = prepare(composer, briefing, index, spec);
            return png(slide, composer, at, spec, out, progress);
        }
    }

    /**
     * A view outside any briefing (an unsaved slide) as a PNG for {@code audience} ({@code null}: local use).
     *
     * @throws BriefException if the audience is unknown or the base map is gone
     */
    public Path png(Slide view, String audience, String byline, PageSpec spec, Path out, ExportProgress progress)
            throws BriefException, StoreException, ExportException {
        try (SlideComposer composer =
                SlideComposer.forAudience(store, audience, byline, new BaseMaps(mapsFolder), produced)) {
            PreparedSlide slide = composer.prepare(view, spec.layout(), "", "the view");
            return png(slide, composer, null, spec, out, progress);
        }
    }

    /**
     * A view outside any briefing as a one-page PDF for {@code audience} ({@code null}: local use).
     *
     * @throws BriefException if the audience is unknown or the base map is gone
     */
    public Path pdf(Slide view, String audience, String byline, PaperSize paper, Path out, ExportProgress progress)
            throws BriefException, StoreException, ExportException {
        try (SlideComposer composer =
                SlideComposer.forAudience(store, audience, byline, new BaseMaps(mapsFolder), produced)) {
            PreparedSlide slide =
                    composer.prepare(view, PageSpec.paper(paper, 72).layout(), "", "the view");
            return new PdfExport()
                    .write(out, view.title(), paper, List.of(new SlideArt(slide::compose, composer, false)), progress);
        }
    }

    /**
     * Slide {@code number} (from 1) of {@code briefing} played through {@code playback}, a frame a step at {@code
     * framesPerSecond}, as MP4 (or an animated GIF beside it where MP4 cannot be written).
     */
    public Path playback(
            Briefing briefing,
            int number,
            String audience,
            Playback playback,
            int width,
            int height,
            double framesPerSecond,
            Path out,
            ExportProgress progress)
            throws BriefException, StoreException, ExportException {
        int index = slideIndex(briefing, number);
        PageSpec spec = PageSpec.pixels(width, height);
        try (SlideComposer composer =
                SlideComposer.forBriefing(store, briefing, audience, new BaseMaps(mapsFolder), produced)) {
            PreparedSlide slide = prepare(composer, briefing, index, spec);
            List<TimeWindow.Period> steps = playback.windows();
            VideoFormat format = new VideoFormat(width, height, framesPerSecond, steps.size());
            return new VideoExport()
                    .writeMp4OrGif(
                            out,
                            format,
                            i -> new SlideArt(() -> slide.compose(steps.get(i)), composer, true),
                            progress);
        }
    }

    private Path png(
            PreparedSlide slide,
            SlideComposer composer,
            TimeWindow.Period at,
            PageSpec spec,
            Path out,
            ExportProgress progress)
            throws ExportException {
        SlideArt art = new SlideArt(() -> at == null ? slide.compose() : slide.compose(at), composer, spec.oneToOne());
        return spec.paper() == null
                ? new PngExport().write(out, art, spec.pixelWidth(), spec.pixelHeight(), progress)
                : new PngExport().write(out, art, spec.paper(), spec.dpi(), progress);
    }

    private static PreparedSlide prepare(SlideComposer composer, Briefing briefing, int index, PageSpec spec)
            throws BriefException, StoreException {
        return composer.prepare(
                briefing.slides().get(index),
                spec.layout(),
                (index + 1) + " / " + briefing.slides().size(),
                where(briefing, index));
    }

    // The same, on the writer's thread while a page is drawn: a refusal fails the write with its message.
    private static PreparedSlide prepareForPage(SlideComposer composer, Briefing briefing, int index, PageSpec spec)
            throws IOException {
        try {
            return prepare(composer, briefing, index, spec);
        } catch (BriefException | StoreException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static int slideIndex(Briefing briefing, int number) throws BriefException {
        if (number < 1 || number > briefing.slides().size()) {
            throw new BriefException("briefing '" + briefing.name() + "' has "
                    + briefing.slides().size() + (briefing.slides().size() == 1 ? " slide" : " slides")
                    + ", so there is no slide " + number);
        }
        return number - 1;
    }

    static String where(Briefing briefing, int index) {
        Slide slide = briefing.slides().get(index);
        return "slide " + (index + 1) + (slide.title().isEmpty() ? "" : " '" + slide.title() + "'") + " of briefing '"
                + briefing.name() + "'";
    }
}
