package org.paxmap.render.output;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds a TrueType file on this machine for a {@link java.awt.Font}, so a PDF can embed it and its text stays text.
 * The font is matched by kind (sans, serif, monospaced: Java's logical fonts and any family whose name says so) and
 * style, to DejaVu (Linux, and what Java's logical fonts are there), Liberation, or Arial/Times/Courier (Windows,
 * macOS); the folders are looked through once. Thread-safe.
 */
final class FontFiles {
    private FontFiles() {}

    private enum Kind {
        SANS,
        SERIF,
        MONO
    }

    /** Candidate file names by kind, in the order regular, bold, italic, bold italic; the first found wins. */
    private static final Map<Kind, List<List<String>>> CANDIDATES = Map.of(
            Kind.SANS,
            List.of(
                    List.of("DejaVuSans.ttf", "LiberationSans-Regular.ttf", "arial.ttf", "Arial.ttf"),
                    List.of("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf", "arialbd.ttf", "Arial Bold.ttf"),
                    List.of("DejaVuSans-Oblique.ttf", "LiberationSans-Italic.ttf", "ariali.ttf", "Arial Italic.ttf"),
                    List.of(
                            "DejaVuSans-BoldOblique.ttf",
                            "LiberationSans-BoldItalic.ttf",
                            "arialbi.ttf",
                            "Arial Bold Italic.ttf")),
            Kind.SERIF,
            List.of(
                    List.of("DejaVuSerif.ttf", "LiberationSerif-Regular.ttf", "times.ttf", "Times New Roman.ttf"),
                    List.of(
                            "DejaVuSerif-Bold.ttf",
                            "LiberationSerif-Bold.ttf",
                            "timesbd.ttf",
                            "Times New Roman Bold.ttf"),
                    List.of(
                            "DejaVuSerif-Italic.ttf",
                            "LiberationSerif-Italic.ttf",
                            "timesi.ttf",
                            "Times New Roman Italic.ttf"),
                    List.of(
                            "DejaVuSerif-BoldItalic.ttf",
                            "LiberationSerif-BoldItalic.ttf",
                            "timesbi.ttf",
                            "Times New Roman Bold Italic.ttf")),
            Kind.MONO,
            List.of(
                    List.of("DejaVuSansMono.ttf", "LiberationMono-Regular.ttf", "cour.ttf", "Courier New.ttf"),
                    List.of("DejaVuSansMono-Bold.ttf", "LiberationMono-Bold.ttf", "courbd.ttf", "Courier New Bold.ttf"),
                    List.of(
                            "DejaVuSansMono-Oblique.ttf",
                            "LiberationMono-Italic.ttf",
                            "couri.ttf",
                            "Courier New Italic.ttf"),
                    List.of(
                            "DejaVuSansMono-BoldOblique.ttf",
                            "LiberationMono-BoldItalic.ttf",
                            "courbi.ttf",
                            "Courier New Bold Italic.ttf")));

    /** The font files found on this machine, by lower-case file name; filled on first use. */
    private static final class Index {
        static final Map<String, Path> FILES = scan();
    }

    /** The TrueType file to embed for {@code font}, if this machine has one of its kind. */
    static Optional<Path> forFont(Font font) {
        String family = font.getFamily(Locale.ROOT).toLowerCase(Locale.ROOT);
        String name = font.getFontName(Locale.ROOT).toLowerCase(Locale.ROOT);
        Kind kind = kindOf(family);
        boolean bold = font.isBold() || name.contains("bold");
        boolean italic = font.isItalic() || name.contains("italic") || name.contains("oblique");
        int style = (bold ? 1 : 0) + (italic ? 2 : 0);
        for (String candidate : CANDIDATES.get(kind).get(style)) {
            Path file = Index.FILES.get(candidate.toLowerCase(Locale.ROOT));
            if (file != null) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    private static Kind kindOf(String family) {
        if (family.contains("mono") || family.contains("courier") || family.equals("dialoginput")) {
            return Kind.MONO;
        }
        if ((family.contains("serif") && !family.contains("sans")) || family.contains("times")) {
            return Kind.SERIF;
        }
        return Kind.SANS;
    }

    private static Map<String, Path> scan() {
        Map<String, Path> files = new HashMap<>();
        String home = System.getProperty("user.home", ".");
        String windows = System.getenv("WINDIR");
        Stream.of(
                        Path.of("/usr/share/fonts"),
                        Path.of("/usr/local/share/fonts"),
                        Path.of(home, ".local", "share", "fonts"),
                        Path.of(home, ".fonts"),
                        Path.of(windows != null ? windows : "C:\\Windows", "Fonts"),
                        Path.of("/Library/Fonts"),
                        Path.of("/System/Library/Fonts/Supplemental"),
                        Path.of(System.getProperty("java.home", "."), "lib", "fonts"))
                .filter(Files::isDirectory)
                .forEach(folder -> {
                    try (Stream<Path> found = Files.walk(folder, 4)) {
                        found.filter(Files::isRegularFile)
                                .forEach(file -> files.putIfAbsent(
                                        file.getFileName().toString().toLowerCase(Locale.ROOT), file));
                    } catch (IOException | RuntimeException unreadable) {
                        // a folder we may not read holds no font we can embed
                    }
                });
        return Map.copyOf(files);
    }
}
