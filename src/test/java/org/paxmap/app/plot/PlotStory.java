package org.paxmap.app.plot;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every plotting story starts from: the real window on the exercise picture in a temporary data folder, opened
 * once per test class, and no tool or selection left over from the previous story.
 */
abstract class PlotStory {
    @TempDir
    static Path dataDir;

    static PlotWindow w;

    @BeforeAll
    static void start() throws Exception {
        w = PlotWindow.start(dataDir);
    }

    @AfterAll
    static void stop() throws Exception {
        w.close();
    }

    @BeforeEach
    void selectTool() throws Exception {
        w.focusMap();
        w.press(KeyCode.ESCAPE);
        w.press(KeyCode.ESCAPE);
    }
}
