package org.paxmap.cli;

import static org.paxmap.text.OutsideText.visible;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.model.Layer;
import org.paxmap.store.PictureStore;
import org.paxmap.store.PictureSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paxmap info}: what a picture holds. */
@Command(name = "info", description = "Print a picture's layers, feature counts, extent and time span.")
final class InfoCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PICTURE", description = "the picture file")
    Path picture;

    @Override
    public Integer call() throws Exception {
        PictureSummary s;
        try (PictureStore store = PictureStore.open(picture)) {
            s = store.summary();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("picture:  " + s.file());
        out.println("title:    " + (s.title() == null || s.title().isBlank() ? "(none)" : visible(s.title())));
        out.println("node:     " + visible(s.nodeId()));
        out.println("schema:   " + s.schemaVersion());
        out.println("layers:");
        for (Layer layer : Layer.values()) {
            long tombstones = s.tombstones().getOrDefault(layer, 0L);
            out.printf(
                    "  %-10s %-12s %8d features%s%n",
                    layer.tableName(),
                    layer.geometryType(),
                    s.counts().getOrDefault(layer, 0L),
                    tombstones == 0 ? "" : " (+" + tombstones + " deleted)");
        }
        Envelope e = s.extent();
        out.println("extent:   "
                + (e.isNull()
                        ? "(empty)"
                        : String.format(
                                java.util.Locale.ROOT,
                                "%.5f,%.5f,%.5f,%.5f (lon/lat WGS84)",
                                e.getMinX(),
                                e.getMinY(),
                                e.getMaxX(),
                                e.getMaxY())));
        out.println("time:     " + (s.earliest() == null ? "(empty)" : s.earliest() + " .. " + s.latest()));
        return 0;
    }
}
