package org.paxmap.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.paxmap.brief.Audience;
import org.paxmap.brief.AudienceFilter;
import org.paxmap.bytes.AtomicFile;
import org.paxmap.bytes.PrivateFiles;
import org.paxmap.store.Cancellation;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;

/**
 * The export pipeline: scan the picture's features in pages ({@link PictureStore#scan}; memory holds one page), pass
 * each through the audience's release decision ({@link AudienceFilter}, the rules of bundle export and briefings —
 * without an audience everything live is written), and hand what may go to the format's {@link FeatureWriter}. A
 * file is written under a temporary name in the target's folder, created {@code 0600} like bundles, forced to disk and
 * renamed onto the target when complete; on any failure (or a cancellation or interrupt) the temporary file is deleted
 * and the target left as it was. A TAK package export split in several packages writes {@code name-1.zip}, {@code
 * name-2.zip}, … instead: all or none, and never over an existing file (the user chose the target's name, not the
 * parts'). Runs on the calling thread — a worker, never the FX thread. Stateless.
 */
public final class FeatureExport {
    /** Features per page read from the store. */
    static final int PAGE = 1_000;

    private FeatureExport() {}

    /**
     * Exports the features matching {@code query} to {@code target} in {@code format} for {@code filter}'s audience.
     *
     * @throws ExportException naming the file and the reason; nothing is left behind
     */
    public static ExportReport toFile(
            PictureStore store, FeatureQuery query, ExportFormat format, AudienceFilter filter, Path target)
            throws ExportException, StoreException {
        return toFile(store, query, format, filter, target, Cancellation.none(), done -> {});
    }

    /**
     * As {@link #toFile(PictureStore, FeatureQuery, ExportFormat, AudienceFilter, Path)}, telling {@code progress}
     * after each page how many live features have gone through, and stopping when {@code cancellation} is cancelled
     * (from any thread; checked before each page, before the file is completed and before it is renamed) or the
     * thread is interrupted.
     *
     * @throws ExportCancelledException if it was stopped: the temporary file is deleted, a file at {@code target}
     *     is as it was
     */
    public static ExportReport toFile(
            PictureStore store,
            FeatureQuery query,
            ExportFormat format,
            AudienceFilter filter,
            Path target,
            Cancellation cancellation,
            LongConsumer progress)
            throws ExportException, StoreException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException("Cannot write " + target + ": the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new ExportException("Cannot write " + target + ": it is a folder");
        }
        ExportHeader header = header(store, filter);
        Path temp = folder.resolve(".paxmap-export-" + UUID.randomUUID() + ".part");
        List<Path> temps = new ArrayList<>(List.of(temp));
        try {
            PrivateFiles.createFile(temp);
            ExportTally tally;
            try (FeatureWriter writer = format.open(temp, header)) {
                try {
                    tally = new ExportTally(filter, writer, cancellation, progress);
                    store.scan(query, PAGE, tally::page);
                    tally.check();
                    writer.finish();
                } finally {
                    temps.addAll(writer.moreFiles());
                }
            }
            tally.check();
            List<Path> files;
            if (temps.size() == 1) {
                files = List.of(target);
                move(temp, absolute);
            } else {
                files = parts(target, temps.size());
                placeParts(temps, files, target);
            }
            AtomicFile.forceFolder(folder);
            return tally.report(format, target, header.audience(), files);
        } catch (IOException e) {
            if (e instanceof ExportTally.Cancelled
                    || cancellation.requested()
                    || Thread.currentThread().isInterrupted()) {
                throw new ExportCancelledException("Export cancelled: nothing was written to " + target
                        + (Files.exists(absolute) ? "; the file there is as it was" : ""));
            }
            throw new ExportException("Cannot write " + target + ": " + reason(e), e);
        } finally {
            // after a success only the hard-linked names of the parts are left: they go too
            temps.forEach(FeatureExport::deleteQuietly);
        }
    }

    /**
     * Puts the split packages {@code temps} at their names {@code parts}, all or none: a part never replaces a file
     * (the user chose {@code target}'s name, not the parts' names), and if one cannot be placed the parts placed so far
     * are deleted. The temporary files are left for the caller to delete.
     *
     * @throws ExportException naming the part that exists; nothing was written
     */
    static void placeParts(List<Path> temps, List<Path> parts, Path target) throws ExportException, IOException {
        for (Path part : parts) {
            if (Files.exists(part, LinkOption.NOFOLLOW_LINKS)) {
                throw partExists(target, parts.size(), part);
            }
        }
        List<Path> placed = new ArrayList<>();
        try {
            for (int i = 0; i < temps.size(); i++) {
                AtomicFile.placeNew(temps.get(i), parts.get(i).toAbsolutePath());
                placed.add(parts.get(i));
            }
        } catch (FileAlreadyExistsException e) {
            placed.forEach(FeatureExport::deleteQuietly);
            throw partExists(target, parts.size(), parts.get(placed.size()));
        } catch (IOException | RuntimeException e) {
            placed.forEach(FeatureExport::deleteQuietly);
            throw e;
        }
    }

    private static ExportException partExists(Path target, int count, Path part) {
        return new ExportException("Cannot write " + target + ": the export is split in " + count
                + " packages and " + part + " exists (Paxmap replaces only the file you chose); move it away or"
                + " choose another name. Nothing was written");
    }

    /**
     * Exports to a stream (standard output) in a format that {@link ExportFormat#streams()}; does not close it.
     *
     * @throws ExportException naming {@code name} and the reason
     */
    public static ExportReport toStream(
            PictureStore store,
            FeatureQuery query,
            ExportFormat format,
            AudienceFilter filter,
            OutputStream out,
            String name)
            throws ExportException, StoreException {
        ExportHeader header = header(store, filter);
        try (FeatureWriter writer = format.open(out, header)) {
            ExportTally tally = new ExportTally(filter, writer, Cancellation.none(), done -> {});
            store.scan(query, PAGE, tally::page);
            writer.finish();
            out.flush();
            return tally.report(format, Path.of(name), header.audience(), List.of(Path.of(name)));
        } catch (IOException e) {
            throw new ExportException("Cannot write " + name + ": " + reason(e), e);
        }
    }

    /** {@code name-1.zip}, {@code name-2.zip}, … beside {@code target} ({@code name.zip}). */
    static List<Path> parts(Path target, int count) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        List<Path> parts = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            parts.add(target.resolveSibling(stem + "-" + i + extension));
        }
        return parts;
    }

    private static ExportHeader header(PictureStore store, AudienceFilter filter) throws StoreException {
        String file = store.file().getFileName().toString();
        String title = store.setting("title").filter(t -> !t.isBlank()).orElse(file);
        String audience = filter.audience().map(Audience::describe).orElse("");
        return new ExportHeader(title, Instant.now(), audience, store.nodeId());
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The innermost message, e.g. "No space left on device". */
    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        if (t instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the temporary name is hidden; nothing more can be done
        }
    }
}
