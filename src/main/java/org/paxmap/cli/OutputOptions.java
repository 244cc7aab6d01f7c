package org.paxmap.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.paxmap.brief.TimeWindow;
import org.paxmap.brief.present.PageSpec;
import org.paxmap.render.output.PaperSize;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The output options shared by {@code render} and {@code brief export}: the file and its kind, the size (pixels, or
 * paper and DPI) and the audience. Parsed by picocli; a bad size is a usage error naming the value.
 */
final class OutputOptions {
    /** The file to write, exactly one kind. */
    static final class Target {
        @Option(names = "--png", paramLabel = "FILE", description = "write a PNG picture")
        Path png;

        @Option(names = "--pdf", paramLabel = "FILE", description = "write a PDF (vector features and text)")
        Path pdf;

        @Option(
                names = "--mp4",
                paramLabel = "FILE",
                description = "write a playback video (an animated GIF beside it where MP4 cannot be written)")
        Path mp4;
    }

    @ArgGroup(multiplicity = "1")
    Target target;

    @Option(
            names = "--size",
            paramLabel = "WxH",
            converter = SizeConverter.class,
            description = "picture size in pixels (default 1920x1080); not with --paper")
    Size size;

    /** A picture size in pixels. */
    record Size(int width, int height) {}

    @Option(
            names = "--paper",
            paramLabel = "A4|A3",
            converter = PaperConverter.class,
            description = "paper, landscape: A4 or A3 (a PDF is A4 unless told)")
    PaperSize paper;

    @Option(names = "--dpi", paramLabel = "N", description = "resolution of a PNG on paper (default 300)")
    Integer dpi;

    @Option(
            names = "--audience",
            paramLabel = "CODE",
            description = "who sees it: a partner node id, a nation or organisation code (ITA, UN) or a group (NATO);"
                    + " only what the release rules let them see is drawn, and the banner says so")
    String audience;

    /** The page of a PNG. */
    PageSpec pngPage() {
        if (paper != null && size != null) {
            throw new IllegalArgumentException("give either --size or --paper, not both");
        }
        if (paper != null) {
            return PageSpec.paper(paper, dpi == null ? 300 : dpi);
        }
        Size s = size == null ? new Size(1920, 1080) : size;
        return PageSpec.pixels(s.width(), s.height());
    }

    /** The paper of a PDF. */
    PaperSize pdfPaper() {
        if (size != null) {
            throw new IllegalArgumentException("a PDF is printed on paper: give --paper A4 or A3, not --size");
        }
        return paper == null ? PaperSize.A4_LANDSCAPE : paper;
    }

    /** Parses {@code 1920x1080}. */
    static final class SizeConverter implements ITypeConverter<Size> {
        @Override
        public Size convert(String value) {
            String[] parts = value.toLowerCase(Locale.ROOT).split("x", -1);
            try {
                if (parts.length == 2) {
                    int w = Integer.parseInt(parts[0].trim());
                    int h = Integer.parseInt(parts[1].trim());
                    PageSpec.pixels(w, h);
                    return new Size(w, h);
                }
            } catch (NumberFormatException e) {
                // refused below
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("size " + value + ": " + e.getMessage());
            }
            throw new TypeConversionException(
                    "size must be WIDTHxHEIGHT in pixels, e.g. 1920x1080; was '" + value + "'");
        }
    }

    /** Parses {@code A4} or {@code A3}. */
    static final class PaperConverter implements ITypeConverter<PaperSize> {
        @Override
        public PaperSize convert(String value) {
            switch (value.trim().toUpperCase(Locale.ROOT)) {
                case "A4":
                    return PaperSize.A4_LANDSCAPE;
                case "A3":
                    return PaperSize.A3_LANDSCAPE;
                default:
                    throw new TypeConversionException("paper must be A4 or A3; was '" + value + "'");
            }
        }
    }

    /** Parses {@code FROM/TO}, each a date or an RFC 3339 time as {@code query --from/--to} take them. */
    static final class PeriodConverter implements ITypeConverter<TimeWindow.Period> {
        @Override
        public TimeWindow.Period convert(String value) {
            String[] parts = value.split("/", -1);
            if (parts.length != 2) {
                throw new TypeConversionException(
                        "time must be FROM/TO, e.g. 2026-09-01/2026-09-15; was '" + value + "'");
            }
            QueryOptions.TimeConverter times = new QueryOptions.TimeConverter();
            Instant from = times.convert(parts[0]);
            Instant to = times.convert(parts[1]);
            if (!to.isAfter(from)) {
                throw new TypeConversionException("time " + value + " ends before it starts");
            }
            return new TimeWindow.Period(from, to);
        }
    }
}
