package org.paxmap.cli;

import static org.paxmap.text.OutsideText.visible;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.paxmap.geojson.ImportOptions;
import org.paxmap.interop.ImportPipeline;
import org.paxmap.interop.ImportPreview;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.PictureStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paxmap import}: brings GeoJSON, KML/KMZ, GPX, CoT, TAK data packages, ACLED CSV and GeoPackage features
 * into a picture, all or nothing, printing the preview; {@code --dry-run} prints it and writes nothing.
 */
@Command(
        name = "import",
        description = {
            "Import GeoJSON, KML/KMZ, GPX, Cursor-on-Target, TAK data packages, ACLED CSV or GeoPackage files.",
            "The format is recognised from the content. Prints per layer what is added, updated or unchanged, how",
            "each kind of thing maps and what is skipped and why. All or nothing; --dry-run writes nothing."
        })
final class ImportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PICTURE", description = "the picture file")
    Path picture;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "files (or TAK package folders)")
    List<Path> files = new ArrayList<>();

    @Option(names = "--dry-run", description = "print the preview only; write nothing")
    boolean dryRun;

    @Option(
            names = "--skip-invalid",
            description = "leave invalid things out (and list them) instead of refusing the whole import")
    boolean skipInvalid;

    @Option(names = "--repair", description = "repair invalid GeoJSON polygons (JTS GeometryFixer)")
    boolean repair;

    @Mixin
    UnlabelledOptions unlabelled = new UnlabelledOptions();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (PictureStore store = PictureStore.open(picture)) {
            String user = store.setting("user").orElse(System.getProperty("user.name", "unknown"));
            ReleaseLabel label = unlabelled.label(store.nodeId());
            ImportOptions options = new ImportOptions(store.nodeId(), user, label, repair, skipInvalid);
            ImportPreview preview = dryRun
                    ? ImportPipeline.preview(store, files, options)
                    : ImportPipeline.apply(store, files, options);
            preview.lines().forEach(line -> out.println(visible(line)));
            if (dryRun) {
                out.println("Dry run: nothing written to " + picture);
            }
        }
        return 0;
    }
}
