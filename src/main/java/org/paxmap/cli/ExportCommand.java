package org.paxmap.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.paxmap.brief.AudienceFilter;
import org.paxmap.brief.BriefException;
import org.paxmap.brief.Briefings;
import org.paxmap.export.ExportFormat;
import org.paxmap.export.ExportReport;
import org.paxmap.export.FeatureExport;
import org.paxmap.store.PictureStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paxmap export PICTURE --format F [--audience CODE] OUT}: a picture's features for partners who are not on
 * Paxmap, through {@link FeatureExport}. With an audience, the release decision of bundles and briefings applies and
 * what was withheld is counted by reason; without one, the labels carried are listed.
 */
@Command(
        name = "export",
        description = "Export a picture's features as KML, KMZ, GPX, CoT events, a TAK data package, ACLED CSV,"
                + " a plain GeoPackage or GeoJSON, optionally only what an audience may see.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PICTURE", description = "the picture file")
    Path picture;

    @Parameters(index = "1", paramLabel = "OUT", description = "the file to write (replaced if it exists)")
    Path output;

    @Option(
            names = "--format",
            required = true,
            paramLabel = "FORMAT",
            description = "kml, kmz, gpx, cot, takpkg, acled, gpkg or geojson")
    String format;

    @Option(
            names = "--audience",
            paramLabel = "CODE",
            description = "only what this partner node, nation, organisation or group may see")
    String audience;

    @Mixin
    QueryOptions filter = new QueryOptions();

    @Override
    public Integer call() throws Exception {
        ExportFormat f = ExportFormat.parse(format)
                .orElseThrow(
                        () -> new CommandFailure("unknown format '" + format + "'; known: " + ExportFormat.codes()));
        if (!Files.isRegularFile(picture)) {
            throw new CommandFailure("no picture " + picture);
        }
        try (PictureStore store = PictureStore.open(picture)) {
            AudienceFilter release;
            try {
                release = new Briefings(store).filter(audience);
            } catch (BriefException e) {
                throw new CommandFailure("unknown audience: " + e.getMessage());
            }
            ExportReport report = FeatureExport.toFile(store, filter.toQuery(), f, release, output);
            PrintWriter out = spec.commandLine().getOut();
            report.lines().forEach(out::println);
        }
        return 0;
    }
}
