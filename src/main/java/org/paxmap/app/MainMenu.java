package org.paxmap.app;

import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.paxmap.app.brief.BriefingPanel;
import org.paxmap.app.exchange.ExchangeActions;
import org.paxmap.app.map.MapView;
import org.paxmap.app.plot.PlotController;
import org.paxmap.app.plot.PlotTool;
import org.paxmap.app.plot.ShortcutsSheet;
import org.paxmap.model.Layer;

/** Builds the window's menu bar and wires it to {@link PictureActions}. FX-thread only. */
final class MainMenu {
    private MainMenu() {}

    static MenuBar create(
            PictureActions actions,
            ExchangeActions exchange,
            MapView map,
            Node legend,
            Node layersPanel,
            Node reviewPane,
            PlotController plot,
            BriefingPanel briefing) {
        Menu file = menu(
                "menuFile",
                "_File",
                item("itemNew", "_New picture…", "Shortcut+N", actions::newPicture),
                item("itemOpen", "_Open picture…", "Shortcut+O", actions::openPicture),
                item("itemOpenMap", "Open _map…", "Shortcut+M", actions::openMap),
                new SeparatorMenuItem(),
                item("itemImport", "_Import…", "Shortcut+I", actions::importFiles),
                item("itemExport", "_Export…", "Shortcut+E", actions::exportFeatures),
                new SeparatorMenuItem(),
                item("itemExportViewPng", "Export _view as PNG…", null, briefing.exports()::exportViewPng),
                item("itemExportBriefingPdf", "Export _briefing as PDF…", null, briefing.exports()::exportBriefingPdf),
                item("itemExportPlayback", "Export _playback as MP4…", null, briefing.exports()::exportPlaybackMp4),
                new SeparatorMenuItem(),
                item("itemQuit", "_Quit", "Shortcut+Q", actions::quit));
        Menu view = menu(
                "menuView",
                "_View",
                item("itemZoomToPicture", "_Zoom to picture", "Shortcut+0", map::zoomToPicture),
                new SeparatorMenuItem(),
                layer("itemIncidents", "_Incidents", map, Layer.INCIDENTS),
                layer("itemRoutes", "_Routes", map, Layer.ROUTES),
                layer("itemZones", "Z_ones", map, Layer.ZONES),
                new SeparatorMenuItem(),
                shows("itemLegend", "_Legend", "Shortcut+L", legend),
                shows("itemLayers", "L_ayers", "Shortcut+Shift+L", layersPanel),
                shows("itemReview", "_Review", "Shortcut+T", reviewPane),
                shows("itemBriefing", "_Briefing", "Shortcut+B", briefing),
                new SeparatorMenuItem(),
                item("itemPresent", "_Present", "F5", briefing::present),
                item("itemFullScreen", "_Full screen", "F11", actions::toggleFullScreen));
        Menu exchangeMenu = menu(
                "menuExchange",
                "E_xchange",
                item("itemThisNode", "_This node…", null, exchange::thisNode),
                item("itemPartners", "_Partners…", null, exchange::partners),
                new SeparatorMenuItem(),
                item("itemExportBundle", "_Export bundle…", "Shortcut+Shift+E", exchange::exportBundle),
                item("itemImportBundle", "_Import bundle…", "Shortcut+Shift+I", exchange::importBundle),
                new SeparatorMenuItem(),
                item("itemConflicts", "_Conflicts…", null, exchange::conflicts));
        Menu help = menu(
                "menuHelp",
                "_Help",
                item("itemShortcuts", "_Shortcuts", "F1", () -> ShortcutsSheet.show(actions.owner())),
                item("itemAbout", "_About Paxmap", null, actions::about));
        MenuBar bar = new MenuBar(file, edit(plot), plotMenu(plot), view, exchangeMenu, help);
        bar.setId("menuBar");
        return bar;
    }

    /** Edit: undo and redo (named after what they would change), delete the selection, cancel the tool. */
    private static Menu edit(PlotController plot) {
        MenuItem undo = item("itemUndo", "_Undo", "Shortcut+Z", plot::undo);
        undo.textProperty().bind(plot.undoTextProperty());
        undo.disableProperty().bind(plot.canUndoProperty().not());
        MenuItem redo = item("itemRedo", "_Redo", "Shortcut+Y", plot::redo);
        redo.textProperty().bind(plot.redoTextProperty());
        redo.disableProperty().bind(plot.canRedoProperty().not());
        return menu(
                "menuEdit",
                "_Edit",
                undo,
                redo,
                new SeparatorMenuItem(),
                item("itemDelete", "_Delete selection…   (Delete)", null, plot::deleteSelected),
                item("itemCancelTool", "_Cancel tool   (Esc)", null, plot::cancel));
    }

    /** Plot: the tools; their single-letter keys work on the map and are shown here, not bound as accelerators. */
    private static Menu plotMenu(PlotController plot) {
        Menu menu = menu("menuPlot", "_Plot");
        for (PlotTool tool : PlotTool.values()) {
            menu.getItems()
                    .add(item(
                            "itemTool" + tool.name(),
                            tool.title() + "   (" + tool.key().getName() + ")",
                            null,
                            () -> plot.setTool(tool)));
        }
        return menu;
    }

    private static Menu menu(String id, String text, MenuItem... items) {
        Menu menu = new Menu(text, null, items);
        menu.setId(id);
        return menu;
    }

    private static CheckMenuItem layer(String id, String text, MapView map, Layer layer) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setId(id);
        item.selectedProperty().bindBidirectional(map.layerVisibleProperty(layer));
        return item;
    }

    private static CheckMenuItem shows(String id, String text, String accelerator, Node node) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.selectedProperty().bindBidirectional(node.visibleProperty());
        return item;
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
