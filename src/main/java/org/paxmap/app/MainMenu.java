package org.paxmap.app;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** Builds the window's menu bar and wires it to {@link PictureActions}. FX-thread only. */
final class MainMenu {
    private MainMenu() {}

    static MenuBar create(PictureActions actions) {
        Menu file = menu(
                "menuFile",
                "_File",
                item("itemNew", "_New picture…", "Shortcut+N", actions::newPicture),
                item("itemOpen", "_Open picture…", "Shortcut+O", actions::openPicture),
                new SeparatorMenuItem(),
                item("itemImport", "_Import GeoJSON…", "Shortcut+I", actions::importGeoJson),
                item("itemExport", "_Export GeoJSON…", "Shortcut+E", actions::exportGeoJson),
                new SeparatorMenuItem(),
                item("itemQuit", "_Quit", "Shortcut+Q", actions::quit));
        Menu view = menu("menuView", "_View", item("itemFullScreen", "_Full screen", "F11", actions::toggleFullScreen));
        Menu help = menu("menuHelp", "_Help", item("itemAbout", "_About Paxmap", null, actions::about));
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menuBar");
        return bar;
    }

    private static Menu menu(String id, String text, MenuItem... items) {
        Menu menu = new Menu(text, null, items);
        menu.setId(id);
        return menu;
    }

    private static MenuItem item(String id, String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
