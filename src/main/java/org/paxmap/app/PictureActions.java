package org.paxmap.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import org.paxmap.geojson.ImportOptions;
import org.paxmap.interop.GeoJsonImport;
import org.paxmap.interop.ImportPipeline;
import org.paxmap.interop.ImportPreview;
import org.paxmap.model.NodeIds;
import org.paxmap.samples.SamplePicture;
import org.paxmap.store.Cancellation;
import org.paxmap.store.PictureStore;
import org.paxmap.store.WriteCancelledException;
import org.paxmap.text.OutsideText;

/**
 * What the menu items do: new, open, import, export, quit, full screen, about. File dialogs run on the FX thread; all
 * store and file I/O runs in the window's background tasks. FX-thread only.
 */
final class PictureActions {
    private static final FileChooser.ExtensionFilter PICTURES =
            new FileChooser.ExtensionFilter("Paxmap pictures (*.gpkg)", "*.gpkg");
    private static final FileChooser.ExtensionFilter IMPORTABLE = new FileChooser.ExtensionFilter(
            "GeoJSON, KML/KMZ, GPX, CoT, TAK packages, ACLED CSV, GeoPackage",
            "*.geojson",
            "*.json",
            "*.kml",
            "*.kmz",
            "*.gpx",
            "*.cot",
            "*.xml",
            "*.zip",
            "*.csv",
            "*.gpkg");
    private static final FileChooser.ExtensionFilter MAPS =
            new FileChooser.ExtensionFilter("Tile sets (*.mbtiles, *.gpkg)", "*.mbtiles", "*.gpkg");

    private final MainWindow window;
    private final FeatureExports exports;

    PictureActions(MainWindow window) {
        this.window = window;
        this.exports = new FeatureExports(window);
    }

    void newPicture() {
        File chosen = chooser("New picture", PICTURES).showSaveDialog(window.stage());
        if (chosen == null) {
            return;
        }
        Path file = withExtension(chosen.toPath(), ".gpkg");
        String title = file.getFileName().toString().replaceFirst("\\.gpkg$", "");
        String node = window.current().map(p -> p.summary().nodeId()).orElseGet(NodeIds::random);
        window.load("Creating " + file, () -> {
            PictureStore store = PictureStore.create(file, node);
            try {
                store.putSetting(SamplePicture.TITLE_SETTING, title);
                return store;
            } catch (Exception e) {
                store.close();
                throw e;
            }
        });
    }

    void openPicture() {
        File chosen = chooser("Open picture", PICTURES).showOpenDialog(window.stage());
        if (chosen != null) {
            Path file = chosen.toPath();
            window.load("Opening " + file, () -> PictureStore.open(file));
        }
    }

    void openMap() {
        File chosen = chooser("Open map", MAPS).showOpenDialog(window.stage());
        if (chosen != null) {
            window.openMap(chosen.toPath());
        }
    }

    /** File ▸ Import…: chooses files of any format Paxmap imports, then {@link #importFiles(List)}. */
    void importFiles() {
        if (requirePicture("import into") == null) {
            return;
        }
        FileChooser chooser = chooser("Import", IMPORTABLE);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        List<File> chosen = chooser.showOpenMultipleDialog(window.stage());
        if (chosen != null && !chosen.isEmpty()) {
            importFiles(chosen.stream().map(File::toPath).toList());
        }
    }

    /**
     * Imports {@code files} (chosen, or dropped on the window): reads them in the background into a preview, shows
     * it, and applies it in one transaction only if the user confirms. Cancel writes nothing.
     */
    void importFiles(List<Path> files) {
        LoadedPicture picture = requirePicture("import into");
        if (picture == null) {
            return;
        }
        PictureStore store = picture.store();
        ImportOptions options = new ImportOptions(
                store.nodeId(), userName(), GeoJsonImport.unmarkedLabel(store.nodeId()), false, false);
        String names = names(files);
        window.inBackground(
                "Reading " + names,
                () -> ImportPipeline.preview(store, files, options),
                preview -> ImportPreviewDialog.show(
                        window.stage(), preview, () -> applyImport(store, files, options, names)));
    }

    /**
     * Applies the import on the store thread, with a {@link ProgressWindow} whose <em>Stop import</em> cancels it
     * (rolled back: nothing of the files is kept).
     */
    private void applyImport(PictureStore store, List<Path> files, ImportOptions options, String names) {
        Cancellation token = new Cancellation();
        String shown = OutsideText.visible(names);
        ProgressWindow progress = new ProgressWindow(
                window.stage(),
                "import",
                "Paxmap — import",
                "Importing " + shown,
                "Stop import",
                "Stopping… nothing of " + shown + " will be kept.",
                token::cancel);
        window.inBackground(
                "Importing " + names,
                () -> new ImportOutcome(ImportPipeline.apply(store, files, options, token), LoadedPicture.read(store)),
                outcome -> {
                    progress.close();
                    window.show(outcome.picture());
                    window.showAlert(
                            Alert.AlertType.INFORMATION,
                            "Paxmap — import",
                            String.join(
                                    "\n",
                                    outcome.done().lines().stream()
                                            .map(OutsideText::visible)
                                            .toList()));
                },
                failure -> {
                    progress.close();
                    if (failure instanceof WriteCancelledException) {
                        window.showAlert(
                                Alert.AlertType.INFORMATION,
                                "Paxmap — import",
                                OutsideText.visible(failure.getMessage()));
                    }
                });
    }

    private static String names(List<Path> files) {
        String first = String.valueOf(files.get(0).getFileName());
        return files.size() == 1 ? first : first + " and " + (files.size() - 1) + " more";
    }

    /** File ▸ Export…: the picture's features in a partner's format ({@link FeatureExports}). */
    void exportFeatures() {
        LoadedPicture picture = requirePicture("export");
        if (picture != null) {
            exports.start(picture);
        }
    }

    /** The window dialogs are owned by. */
    javafx.stage.Window owner() {
        return window.stage();
    }

    void quit() {
        Platform.exit();
    }

    void toggleFullScreen() {
        window.stage().setFullScreen(!window.stage().isFullScreen());
    }

    void about() {
        window.showAlert(
                Alert.AlertType.INFORMATION,
                "About Paxmap",
                """
                Paxmap — an offline situational-awareness map for multinational peace operations.
                Pictures are OGC GeoPackage files; the bundled sample is a fictional EXERCISE.
                Licensed under the Apache License 2.0.""");
    }

    private LoadedPicture requirePicture(String what) {
        LoadedPicture picture = window.current().orElse(null);
        if (picture == null) {
            window.showAlert(
                    Alert.AlertType.WARNING,
                    "Paxmap",
                    "Open or create a picture first; there is nothing to " + what + ".");
        }
        return picture;
    }

    private FileChooser chooser(String title, FileChooser.ExtensionFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(filter);
        window.current()
                .map(p -> p.summary().file().toAbsolutePath().getParent())
                .filter(Files::isDirectory)
                .ifPresent(dir -> chooser.setInitialDirectory(dir.toFile()));
        return chooser;
    }

    private static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? file : file.resolveSibling(name + extension);
    }

    private static String userName() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "paxmap" : user;
    }

    /** What an import did, and the picture after it. */
    private record ImportOutcome(ImportPreview done, LoadedPicture picture) {}
}
