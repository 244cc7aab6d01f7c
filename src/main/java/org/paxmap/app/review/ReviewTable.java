package org.paxmap.app.review;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.paxmap.app.map.FxPen;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.Severity;
import org.paxmap.model.ThreatZone;
import org.paxmap.render.SeverityColours;
import org.paxmap.review.IncidentColumn;
import org.paxmap.review.IncidentRow;
import org.paxmap.review.IncidentRows;
import org.paxmap.review.PictureView;

/**
 * The review's attribute table: a layer switch (incidents, routes, zones, each with the count the filter lets
 * through) over one table per layer. The incident table shows the model's rows as they are (a list whose rows are
 * made when read, so 100,000 rows cost nothing until scrolled to) and sorts through the model; the route and zone
 * tables sort themselves. Selecting a row selects the feature in the model; a selection made elsewhere (the map)
 * selects and reveals its row, switching layer if needed. FX-thread only.
 */
public final class ReviewTable extends VBox {
    private final ReviewModel model;
    /** The key under which a hidden route or zone table keeps the rows it will show when switched to. */
    private static final String PENDING = "paxmap.pendingRows";

    private final RowList<IncidentRow> incidentRows = new RowList<>();
    private final TableView<IncidentRow> incidents = new TableView<>(incidentRows) {
        @Override
        protected javafx.scene.control.Skin<?> createDefaultSkin() {
            return new QuickRowsSkin<>(this);
        }
    };
    private final TableView<Feature> routes = new TableView<>();
    private final TableView<Feature> zones = new TableView<>();
    private final ToggleGroup layers = new ToggleGroup();
    private final ToggleButton incidentsButton = layerButton("reviewLayerIncidents", Layer.INCIDENTS);
    private final ToggleButton routesButton = layerButton("reviewLayerRoutes", Layer.ROUTES);
    private final ToggleButton zonesButton = layerButton("reviewLayerZones", Layer.ZONES);
    private final Label shown = new Label();
    private boolean updating;

    /** A table over {@code model}'s answers. */
    public ReviewTable(ReviewModel model) {
        this.model = model;
        setId("reviewTable");
        getStyleClass().add("review-table");
        incidents.setId("reviewIncidents");
        routes.setId("reviewRoutes");
        zones.setId("reviewZones");
        incidentColumns();
        routeColumns();
        zoneColumns();
        for (TableView<?> t : List.of(incidents, routes, zones)) {
            t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
            t.setPlaceholder(new Label("Reading the picture…"));
            t.visibleProperty().bind(layerButtonFor(t).selectedProperty());
        }
        incidentsButton.setSelected(true);
        layers.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one layer is always shown
            }
        });
        shown.setId("reviewShown");
        shown.getStyleClass().add("review-shown");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(incidentsButton, routesButton, zonesButton, grow, shown);
        bar.getStyleClass().add("review-layer-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        StackPane tables = new StackPane(incidents, routes, zones);
        VBox.setVgrow(tables, Priority.ALWAYS);
        getChildren().addAll(bar, tables);

        model.viewProperty().addListener((o, was, now) -> showIncidents(now));
        model.routesProperty().addListener((o, was, now) -> showOthers(routes, routesButton, "Routes", now));
        model.zonesProperty().addListener((o, was, now) -> showOthers(zones, zonesButton, "Zones", now));
        incidents
                .getSelectionModel()
                .selectedItemProperty()
                .addListener((o, was, now) -> selectedInTable(now == null ? null : now.id()));
        routes.getSelectionModel()
                .selectedItemProperty()
                .addListener((o, was, now) -> selectedInTable(now == null ? null : now.id()));
        zones.getSelectionModel()
                .selectedItemProperty()
                .addListener((o, was, now) -> selectedInTable(now == null ? null : now.id()));
        model.selectedProperty().addListener((o, was, now) -> reveal(now));
        for (TableView<Feature> t : List.of(routes, zones)) {
            t.visibleProperty().addListener((o, was, now) -> {
                if (now) {
                    fill(t);
                }
            });
        }
        showOthers(routes, routesButton, "Routes", List.of());
        showOthers(zones, zonesButton, "Zones", List.of());
        incidentsButton.setText("Incidents");
    }

    /** The incident table (tests look into it). */
    public TableView<IncidentRow> incidentTable() {
        return incidents;
    }

    /** The route table. */
    public TableView<Feature> routeTable() {
        return routes;
    }

    /** The zone table. */
    public TableView<Feature> zoneTable() {
        return zones;
    }

    private void showIncidents(PictureView view) {
        updating = true;
        try {
            IncidentRows rows = view.rows();
            for (TableView<?> t : List.of(incidents, routes, zones)) {
                ((Label) t.getPlaceholder()).setText("Nothing matches the filter");
            }
            incidentRows.setAll(rows);
            incidentsButton.setText("Incidents  " + ReviewFormat.count(rows.size()));
            shown.setText(ReviewFormat.count(rows.size()) + " of " + ReviewFormat.count(model.incidentTotal())
                    + " incidents · " + ReviewFormat.count(view.visible().size()) + " features on the map");
            selectRow(model.selectedProperty().get(), false);
        } finally {
            updating = false;
        }
    }

    /**
     * Shows the routes or zones the filter lets through: the count on the layer button at once, the rows when the
     * table is shown (a hidden table is refilled only when its layer is switched to, so a filter change does not lay
     * out and style rows nobody sees).
     */
    private void showOthers(TableView<Feature> table, ToggleButton button, String name, List<Feature> features) {
        button.setText(name + "  " + ReviewFormat.count(features.size()));
        table.getProperties().put(PENDING, features);
        if (table.isVisible()) {
            fill(table);
        }
    }

    /** Puts the rows waiting for {@code table} into it, if any. */
    private void fill(TableView<Feature> table) {
        Object pending = table.getProperties().remove(PENDING);
        if (!(pending instanceof List<?> list)) {
            return;
        }
        boolean was = updating;
        updating = true;
        try {
            @SuppressWarnings("unchecked")
            List<Feature> features = (List<Feature>) list;
            SortedList<Feature> sorted = new SortedList<>(FXCollections.observableArrayList(features));
            sorted.comparatorProperty().bind(table.comparatorProperty());
            table.setItems(sorted);
            selectRow(model.selectedProperty().get(), false);
        } finally {
            updating = was;
        }
    }

    private void selectedInTable(UUID id) {
        if (!updating && id != null) {
            model.selectedProperty().set(id);
        }
    }

    private void reveal(UUID id) {
        if (updating) {
            return;
        }
        updating = true;
        try {
            selectRow(id, true);
        } finally {
            updating = false;
        }
    }

    /** Selects the row of {@code id} in whichever table holds it; with {@code scroll}, switches to it and shows it. */
    private void selectRow(UUID id, boolean scroll) {
        if (id == null) {
            clearSelections();
            return;
        }
        PictureView view = model.viewProperty().get();
        int position = view == null ? -1 : view.rows().positionOf(id);
        if (position >= 0) {
            select(incidents, incidentsButton, position, scroll);
            return;
        }
        for (TableView<Feature> t : List.of(routes, zones)) {
            if (!scroll && t.getProperties().get(PENDING) instanceof List<?> waiting) {
                // a hidden table's rows wait: the row is selected when they are put in (fill), not now
                if (waiting.stream().anyMatch(f -> ((Feature) f).id().equals(id))) {
                    clearSelections();
                    return;
                }
                continue;
            }
            fill(t); // switching to the table: its waiting rows first
            List<Feature> items = t.getItems();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).id().equals(id)) {
                    select(t, t == routes ? routesButton : zonesButton, i, scroll);
                    return;
                }
            }
        }
        clearSelections();
    }

    private <T> void select(TableView<T> table, ToggleButton button, int position, boolean scroll) {
        for (TableView<?> t : List.of(incidents, routes, zones)) {
            if (t != table) {
                t.getSelectionModel().clearSelection();
            }
        }
        if (table.getSelectionModel().getSelectedIndex() != position) {
            table.getSelectionModel().clearAndSelect(position);
        }
        if (scroll) {
            button.setSelected(true);
            table.scrollTo(Math.max(0, position - 3));
        }
    }

    private void clearSelections() {
        incidents.getSelectionModel().clearSelection();
        routes.getSelectionModel().clearSelection();
        zones.getSelectionModel().clearSelection();
    }

    private void incidentColumns() {
        incidents
                .getColumns()
                .setAll(List.of(
                        incidentColumn(
                                "Time (UTC)",
                                IncidentColumn.TIME,
                                128,
                                r -> ReviewFormat.time(r.occurredAt(), r.timePrecision())),
                        incidentColumn(
                                "Type", IncidentColumn.TYPE, 150, r -> r.type().label()),
                        severityColumn(),
                        incidentColumn("Title", IncidentColumn.TITLE, 300, IncidentRow::title),
                        incidentColumn("Grade", IncidentColumn.GRADE, 60, r -> r.grade()
                                .toString()),
                        incidentColumn(
                                "Cas.", IncidentColumn.CASUALTIES, 44, r -> Integer.toString(r.casualtiesBest())),
                        incidentColumn("Label", IncidentColumn.LABEL, 170, r -> r.label()
                                .displayForm()),
                        incidentColumn("Lat", IncidentColumn.LATITUDE, 74, r -> ReviewFormat.degrees(r.latitude())),
                        incidentColumn("Lon", IncidentColumn.LONGITUDE, 74, r -> ReviewFormat.degrees(r.longitude()))));
        TableColumn<IncidentRow, ?> time = incidents.getColumns().get(0);
        time.setSortType(TableColumn.SortType.DESCENDING);
        incidents.getSortOrder().setAll(List.of(time));
        incidents.setSortPolicy(table -> {
            if (table.getSortOrder().isEmpty()) {
                model.sortBy(IncidentColumn.TIME, false);
            } else {
                TableColumn<IncidentRow, ?> first = table.getSortOrder().get(0);
                model.sortBy(
                        (IncidentColumn) first.getUserData(), first.getSortType() == TableColumn.SortType.ASCENDING);
            }
            return true;
        });
    }

    private static TableColumn<IncidentRow, String> incidentColumn(
            String title, IncidentColumn column, double width, Function<IncidentRow, String> text) {
        TableColumn<IncidentRow, String> c = new TableColumn<>(title);
        c.setId("column-" + column.name().toLowerCase(java.util.Locale.ROOT));
        c.setUserData(column);
        c.setPrefWidth(width);
        // short columns keep their width; the title and label give way when the table is narrow
        c.setMinWidth(column == IncidentColumn.TITLE || column == IncidentColumn.LABEL ? 90 : width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        if (column == IncidentColumn.CASUALTIES
                || column == IncidentColumn.LATITUDE
                || column == IncidentColumn.LONGITUDE) {
            c.getStyleClass().add("numeric");
        }
        return c;
    }

    private static TableColumn<IncidentRow, String> severityColumn() {
        TableColumn<IncidentRow, String> c = incidentColumn(
                "Severity", IncidentColumn.SEVERITY, 100, r -> r.severity().code());
        c.setCellFactory(column -> new TableCell<>() {
            private final Circle dot = new Circle(4.5);

            @Override
            protected void updateItem(String code, boolean empty) {
                super.updateItem(code, empty);
                // a dot filled in code, not a pseudo-class: a changed pseudo-class would need a CSS pass of the cell,
                // which a filter change of the whole table cannot afford (see QuickRowsSkin)
                if (empty || code == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    dot.setFill(FxPen.fx(SeverityColours.of(Severity.parse(code))));
                    setText(ReviewFormat.words(code));
                    setGraphic(dot);
                }
            }
        });
        return c;
    }

    private void routeColumns() {
        routes.getColumns()
                .setAll(List.of(
                        featureColumn("Name", 240, Feature::name),
                        featureColumn("Unit", 120, f -> ((PatrolRoute) f).unit()),
                        featureColumn(
                                "Status",
                                100,
                                f -> ReviewFormat.words(
                                        ((PatrolRoute) f).status().code())),
                        featureColumn(
                                "Planned start (UTC)", 150, f -> ReviewFormat.time(((PatrolRoute) f).plannedStart())),
                        featureColumn("Planned end (UTC)", 150, f -> ReviewFormat.time(((PatrolRoute) f).plannedEnd())),
                        featureColumn("Label", 200, f -> f.label().displayForm())));
    }

    private void zoneColumns() {
        zones.getColumns()
                .setAll(List.of(
                        featureColumn("Name", 260, Feature::name),
                        featureColumn(
                                "Category",
                                130,
                                f -> ReviewFormat.words(
                                        ((ThreatZone) f).category().code())),
                        featureColumn(
                                "Threat",
                                90,
                                f -> ReviewFormat.words(
                                        ((ThreatZone) f).threatLevel().code())),
                        featureColumn("Valid from (UTC)", 150, f -> ReviewFormat.time(((ThreatZone) f).validFrom())),
                        featureColumn("Valid until (UTC)", 150, f -> ReviewFormat.time(((ThreatZone) f).validUntil())),
                        featureColumn("Label", 200, f -> f.label().displayForm())));
    }

    private static TableColumn<Feature, String> featureColumn(
            String title, double width, Function<Feature, String> text) {
        TableColumn<Feature, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        return c;
    }

    private ToggleButton layerButton(String id, Layer layer) {
        ToggleButton b = new ToggleButton();
        b.setId(id);
        b.setUserData(layer);
        b.setToggleGroup(layers);
        b.getStyleClass().add("review-layer-button");
        return b;
    }

    private ToggleButton layerButtonFor(TableView<?> table) {
        return table == incidents ? incidentsButton : table == routes ? routesButton : zonesButton;
    }
}
