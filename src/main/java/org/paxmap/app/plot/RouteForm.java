package org.paxmap.app.plot;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.locationtech.jts.geom.Coordinate;
import org.paxmap.edit.FeatureDraft;
import org.paxmap.edit.RouteDraft;
import org.paxmap.geo.MeasureFormat;
import org.paxmap.model.DateTimeGroup;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.RouteStatus;

/**
 * The patrol-route form: waypoints (clicked on the map or typed; each leg's geodesic distance and bearing shown, and
 * the route's length), name, unit, planned start and end as date-time groups, status and release label. When editing,
 * the waypoints are changed on the map with the vertex handles, not here. FX-thread only.
 */
final class RouteForm extends FeatureForm {
    private final PointList waypoints = new PointList("route", "waypoint");
    private final Label length = new Label();
    private final TextField name = new TextField();
    private final TextField unit = new TextField();
    private final TextField start = new TextField();
    private final TextField end = new TextField();
    private final ComboBox<RouteStatus> status =
            Choices.of("routeStatus", List.of(RouteStatus.values()), Choices::words);
    private final LabelChoice label;
    private final String initialStart;
    private final String initialEnd;

    /** A form creating a route (when {@code route} is null) or editing {@code route}. */
    RouteForm(PlotSession session, PatrolRoute route, LabelChoices labels) {
        super("routeForm", session, route, labels);
        label = labelChoice("routeLabel", RouteDraft.FIELD_LABEL);
        length.setId("routeLength");
        length.getStyleClass().add("plot-measure");
        name.setId("routeName");
        unit.setId("routeUnit");
        start.setId("routeStart");
        start.setPromptText("DTG, e.g. 241200ZNOV26");
        end.setId("routeEnd");
        end.setPromptText("DTG, e.g. 241800ZNOV26");
        grid.addWide(length);
        if (route != null) {
            waypoints.readOnly();
        }
        grid.addBlock("Waypoints (distance and bearing from the one before)", waypoints, RouteDraft.FIELD_WAYPOINTS);
        grid.add("Name", text(name, RouteDraft.FIELD_NAME), RouteDraft.FIELD_NAME);
        grid.add("Unit", text(unit, "unit"), null);
        grid.add("Planned start", text(start, RouteDraft.FIELD_PLANNED_START), RouteDraft.FIELD_PLANNED_START);
        grid.add("Planned end", text(end, RouteDraft.FIELD_PLANNED_END), RouteDraft.FIELD_PLANNED_END);
        grid.add("Status", choice(status, RouteDraft.FIELD_STATUS), RouteDraft.FIELD_STATUS);
        grid.add("Release label", label, RouteDraft.FIELD_LABEL);
        waypoints.points().addListener((javafx.collections.ListChangeListener<Coordinate>) c -> refresh());
        if (route == null) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
            start.setText(DateTimeGroup.format(now));
            end.setText(DateTimeGroup.format(now.plus(4, ChronoUnit.HOURS)));
            status.setValue(RouteStatus.PLANNED);
        } else {
            waypoints.setAll(List.of(route.waypoints().getCoordinates()));
            name.setText(route.name());
            unit.setText(route.unit());
            start.setText(DateTimeGroup.format(route.plannedStart()));
            end.setText(DateTimeGroup.format(route.plannedEnd()));
            status.setValue(route.status());
        }
        initialStart = start.getText();
        initialEnd = end.getText();
        ready("Add route");
    }

    /** The waypoints being drawn (the map's route tool appends to them). */
    PointList waypoints() {
        return waypoints;
    }

    @Override
    Preview preview() {
        return isEditing() ? Preview.NONE : new Preview(waypoints.points(), false, true, null, null);
    }

    @Override
    protected FeatureDraft draft(Map<String, String> local) {
        PatrolRoute editing = (PatrolRoute) editing().orElse(null);
        RouteDraft d = editing == null ? RouteDraft.create().waypoints(waypoints.points()) : RouteDraft.of(editing);
        d.name(name.getText()).unit(unit.getText()).status(status.getValue()).label(label.value());
        if (editing == null || !start.getText().equals(initialStart)) {
            d.plannedStartText(start.getText());
        }
        if (editing == null || !end.getText().equals(initialEnd)) {
            d.plannedEndText(end.getText());
        }
        return d;
    }

    @Override
    protected void measured(FeatureDraft draft) {
        length.setText(((RouteDraft) draft)
                .measure()
                .map(m -> "Length " + MeasureFormat.distance(m.lengthMetres()) + " in "
                        + m.legs().size() + (m.legs().size() == 1 ? " leg" : " legs"))
                .orElse("Length — (at least 2 waypoints)"));
    }
}
