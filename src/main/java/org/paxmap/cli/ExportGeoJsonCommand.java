package org.paxmap.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.paxmap.brief.AudienceFilter;
import org.paxmap.bundle.trust.PolicyTable;
import org.paxmap.export.ExportFormat;
import org.paxmap.export.FeatureExport;
import org.paxmap.store.PictureStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paxmap export-geojson}: writes a picture (or a filtered part) as one GeoJSON FeatureCollection; the alias of
 * {@code paxmap export --format geojson} without an audience, which can also write to standard output.
 */
@Command(
        name = "export-geojson",
        description = "Export a picture's features as one RFC 7946 GeoJSON FeatureCollection ('-' for stdout).")
final class ExportGeoJsonCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PICTURE", description = "the picture file")
    Path picture;

    @Parameters(index = "1", paramLabel = "OUTPUT", description = "the GeoJSON file to write, or - for stdout")
    String output;

    @Mixin
    QueryOptions filter = new QueryOptions();

    @Override
    public Integer call() throws Exception {
        try (PictureStore store = PictureStore.open(picture)) {
            AudienceFilter local = AudienceFilter.of(null, PolicyTable.load(store), store.nodeId());
            if ("-".equals(output)) {
                OutputStream out = System.out;
                FeatureExport.toStream(store, filter.toQuery(), ExportFormat.GEOJSON, local, out, "standard output");
            } else {
                int n = FeatureExport.toFile(store, filter.toQuery(), ExportFormat.GEOJSON, local, Path.of(output))
                        .writtenCount();
                spec.commandLine().getOut().println("exported " + n + " features to " + output);
            }
        }
        return 0;
    }
}
