package org.paxmap.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.paxmap.bytes.PrivateFiles;
import org.paxmap.model.Feature;

/**
 * A TAK data package export of any size: {@link TakPackageWriter}s one after another, a new package started before a
 * feature's events would take the current one past {@value TakPackageWriter#MAX_EVENTS} events, so that no feature is
 * cut in two and each package is one ATAK and WinTAK import on its own (its own manifest and uid; named {@code
 * TITLE, part N} when there are several). The first package is written to the file the export opened; the others to
 * further temporary files beside it ({@link #moreFiles}, each listed before it is created), created {@code 0600},
 * which the export places at new names ({@code name-1.zip}, {@code name-2.zip}, …, all or none) or deletes with the
 * first. One thread.
 */
final class SplitTakPackages implements FeatureWriter {
    private final Path first;
    private final ExportHeader header;
    private final List<Path> more = new ArrayList<>();
    private FileFeatureWriter file;
    private TakPackageWriter tak;

    SplitTakPackages(Path first, ExportHeader header) throws IOException {
        this.first = first;
        this.header = header;
        open(first);
    }

    @Override
    public boolean write(Feature feature) throws IOException {
        List<CotEvents.Event> events = CotEvents.of(feature, header);
        if (!tak.fits(events.size()) && !events.isEmpty()) {
            int part = more.size() + 1;
            tak.name(header.title() + ", part " + part);
            file.finish();
            file.close();
            Path next = first.resolveSibling(
                    first.getFileName().toString().replaceFirst("\\.part$", "") + "-" + UUID.randomUUID() + ".part");
            more.add(next); // listed first: the export deletes it even if creating it fails half-way
            PrivateFiles.createFile(next);
            open(next);
            tak.name(header.title() + ", part " + (part + 1));
        }
        return tak.write(events);
    }

    @Override
    public void finish() throws IOException {
        file.finish();
    }

    @Override
    public List<Path> moreFiles() {
        return List.copyOf(more);
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    private void open(Path path) throws IOException {
        file = new FileFeatureWriter(path, out -> {
            tak = new TakPackageWriter(out, header);
            return tak;
        });
    }
}
