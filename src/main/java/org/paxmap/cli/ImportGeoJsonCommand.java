package org.paxmap.cli;

import static org.paxmap.text.OutsideText.visible;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.paxmap.geojson.ImportOptions;
import org.paxmap.interop.GeoJsonImport;
import org.paxmap.interop.ImportReport;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.PictureStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paxmap import-geojson}: adds plain GeoJSON features to a picture, all or nothing. */
@Command(
        name = "import-geojson",
        description = {
            "Import GeoJSON files into a picture: points become incidents, lines routes, polygons zones.",
            "All files are checked first; if any feature is refused, nothing is imported."
        })
final class ImportGeoJsonCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PICTURE", description = "the picture file")
    Path picture;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "GEOJSON", description = "GeoJSON files to import")
    List<Path> files = new ArrayList<>();

    @Option(names = "--repair", description = "repair invalid polygons (JTS GeometryFixer) instead of refusing them")
    boolean repair;

    @Option(
            names = "--skip-invalid",
            description = "leave refused features out (and list them) instead of refusing the whole import")
    boolean skipInvalid;

    @Mixin
    UnlabelledOptions unlabelled = new UnlabelledOptions();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (PictureStore store = PictureStore.open(picture)) {
            String user = store.setting("user").orElse(System.getProperty("user.name", "unknown"));
            ReleaseLabel defaultLabel = unlabelled.label(store.nodeId());
            ImportOptions options = new ImportOptions(store.nodeId(), user, defaultLabel, repair, skipInvalid);
            ImportReport report = GeoJsonImport.importFiles(store, files, options);
            report.warnings().forEach(w -> out.println("warning: " + visible(w)));
            report.refusals().forEach(r -> out.println("skipped: " + visible(r)));
            out.println("imported " + report.summary() + " into " + picture);
        }
        return 0;
    }
}
