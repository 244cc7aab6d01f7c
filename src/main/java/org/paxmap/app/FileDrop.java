package org.paxmap.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/** Files dropped onto the window go to the import. FX-thread only. */
final class FileDrop {
    private FileDrop() {}

    /** Accepts files dragged over {@code scene} and hands dropped ones to {@code importFiles}. */
    static void onto(Scene scene, Consumer<List<Path>> importFiles) {
        scene.getProperties().put(FileDrop.class, importFiles);
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            e.setDropCompleted(!files.isEmpty());
            e.consume();
            if (!files.isEmpty()) {
                dropped(scene, files.stream().map(File::toPath).toList());
            }
        });
    }

    /**
     * What a drop of {@code files} on {@code scene} does: hands them to the import. The drag-and-drop handler calls
     * this; a test calls it too, as the operating system's drag cannot be made in a headless test.
     */
    @SuppressWarnings("unchecked")
    static void dropped(Scene scene, List<Path> files) {
        ((Consumer<List<Path>>) scene.getProperties().get(FileDrop.class)).accept(files);
    }
}
