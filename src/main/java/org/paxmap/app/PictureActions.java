package org.paxmap.app;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import org.paxmap.geojson.GeoJsonFeatureReader;
import org.paxmap.geojson.GeoJsonFeatureWriter;
import org.paxmap.geojson.ImportOptions;
import org.paxmap.geojson.ImportPlan;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.samples.SamplePicture;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.PictureStore;

/**
 * What the menu items do: new, open, import, export, quit, full screen, about. File dialogs run on the FX thread; all
 * store and file I/O runs in the window's background tasks. FX-thread only.
 */
final class PictureActions {
    private static final FileChooser.ExtensionFilter PICTURES =
            new FileChooser.ExtensionFilter("Paxmap pictures (*.gpkg)", "*.gpkg");
    private static final FileChooser.ExtensionFilter GEOJSON =
            new FileChooser.ExtensionFilter("GeoJSON (*.geojson, *.json)", "*.geojson", "*.json");

    private final MainWindow window;

    PictureActions(MainWindow window) {
        this.window = window;
    }

    void newPicture() {
        File chosen = chooser("New picture", PICTURES).showSaveDialog(window.stage());
        if (chosen == null) {
            return;
        }
        Path file = withExtension(chosen.toPath(), ".gpkg");
        String title = file.getFileName().toString().replaceFirst("\\.gpkg$", "");
        String node = window.current()
                .map(p -> p.summary().nodeId())
                .orElseGet(
                        () -> "LOCAL-" + HexFormat.of().formatHex(randomBytes()).toUpperCase(Locale.ROOT));
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

    void importGeoJson() {
        LoadedPicture picture = requirePicture("import");
        if (picture == null) {
            return;
        }
        File chosen = chooser("Import GeoJSON", GEOJSON).showOpenDialog(window.stage());
        if (chosen == null) {
            return;
        }
        Path file = chosen.toPath();
        PictureStore store = picture.store();
        ReleaseLabel defaultLabel = picture.labels().size() == 1
                ? picture.labels().get(0)
                : new ReleaseLabel("UN", "UNCLASSIFIED", List.of(), List.of(), store.nodeId());
        window.inBackground(
                "Importing " + file,
                () -> {
                    ImportPlan plan;
                    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                        plan = GeoJsonFeatureReader.read(
                                in,
                                file.getFileName().toString(),
                                new ImportOptions(store.nodeId(), userName(), defaultLabel, false, false));
                    }
                    List<Feature> saved = store.saveAll(plan.features());
                    return new ImportReport(file, saved, plan, LoadedPicture.read(store));
                },
                report -> {
                    window.show(report.picture());
                    window.showAlert(Alert.AlertType.INFORMATION, "Paxmap — import", report.text());
                });
    }

    void exportGeoJson() {
        LoadedPicture picture = requirePicture("export");
        if (picture == null) {
            return;
        }
        FileChooser chooser = chooser("Export GeoJSON", GEOJSON);
        chooser.setInitialFileName(
                picture.summary().file().getFileName().toString().replaceFirst("\\.gpkg$", "") + ".geojson");
        File chosen = chooser.showSaveDialog(window.stage());
        if (chosen == null) {
            return;
        }
        Path file = withExtension(chosen.toPath(), ".geojson");
        window.inBackground(
                "Exporting to " + file,
                () -> {
                    List<Feature> features = picture.store().query(FeatureQuery.all());
                    Path partial = file.resolveSibling(file.getFileName() + ".partial");
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                        GeoJsonFeatureWriter.write(features, out);
                    }
                    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    return features.size();
                },
                n -> window.showAlert(
                        Alert.AlertType.INFORMATION,
                        "Paxmap — export",
                        "Exported " + n + " features to " + file + "."));
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
                "Paxmap — an offline situational-awareness map for multinational peace operations.\n"
                        + "Pictures are OGC GeoPackage files; the bundled sample is a fictional EXERCISE.\n"
                        + "Licensed under the Apache License 2.0.");
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

    private static byte[] randomBytes() {
        byte[] bytes = new byte[3];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** What an import did, for the message after it. */
    private record ImportReport(Path file, List<Feature> saved, ImportPlan plan, LoadedPicture picture) {
        String text() {
            Map<Layer, Integer> perLayer = new EnumMap<>(Layer.class);
            saved.forEach(f -> perLayer.merge(f.layer(), 1, Integer::sum));
            StringBuilder sb = new StringBuilder("Imported ")
                    .append(saved.size())
                    .append(" features from ")
                    .append(file.getFileName())
                    .append(": ");
            sb.append(perLayer.getOrDefault(Layer.INCIDENTS, 0)).append(" incidents, ");
            sb.append(perLayer.getOrDefault(Layer.ROUTES, 0)).append(" routes, ");
            sb.append(perLayer.getOrDefault(Layer.ZONES, 0)).append(" zones.");
            if (!plan.refusals().isEmpty()) {
                sb.append("\n").append(plan.refusals().size()).append(" refused:");
                plan.refusals().stream().limit(5).forEach(r -> sb.append("\n  ").append(r));
            }
            if (!plan.warnings().isEmpty()) {
                sb.append("\n").append(plan.warnings().size()).append(" warnings:");
                plan.warnings().stream().limit(5).forEach(w -> sb.append("\n  ").append(w));
            }
            return sb.toString();
        }
    }
}
