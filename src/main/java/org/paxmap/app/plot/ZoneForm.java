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
import org.paxmap.edit.ZoneDraft;
import org.paxmap.geo.MeasureFormat;
import org.paxmap.geo.PositionFormat;
import org.paxmap.geo.PositionParseException;
import org.paxmap.geo.PositionParser;
import org.paxmap.model.DateTimeGroup;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.ThreatLevel;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.ZoneCategory;
import org.paxmap.model.ZoneShape;

/**
 * The threat-zone form for one outline kind: a polygon (corners clicked or typed), a circle (centre clicked or typed,
 * radius in metres) or a corridor (axis points and full width in metres); then name, threat level, category,
 * validity window (start required, end optional) and release label. The zone's geodesic area is shown as it is
 * drawn. When editing, a circle's centre and radius and a corridor's width can be changed here; a polygon's corners
 * are changed on the map. FX-thread only.
 */
final class ZoneForm extends FeatureForm {
    private final ZoneDraft.Outline outline;
    private final PointList points;
    private final TextField centre = new TextField();
    private final TextField size = new TextField();
    private final Label area = new Label();
    private final TextField name = new TextField();
    private final ComboBox<ThreatLevel> level = Choices.of("zoneLevel", List.of(ThreatLevel.values()), Choices::words);
    private final ComboBox<ZoneCategory> category =
            Choices.of("zoneCategory", List.of(ZoneCategory.values()), Choices::words);
    private final TextField from = new TextField();
    private final TextField until = new TextField();
    private final LabelChoice label;
    private final String initialCentre;
    private final String initialSize;
    private final String initialFrom;
    private final String initialUntil;
    private Coordinate clickedCentre;

    /** A form creating a zone outlined as {@code outline} (when {@code zone} is null) or editing {@code zone}. */
    ZoneForm(PlotSession session, ZoneDraft.Outline outline, ThreatZone zone, LabelChoices labels) {
        super("zoneForm", session, zone, labels);
        this.outline = zone == null ? outline : outlineOf(zone);
        points = new PointList("zone", this.outline == ZoneDraft.Outline.CORRIDOR ? "axis point" : "corner");
        label = labelChoice("zoneLabel", ZoneDraft.FIELD_LABEL);
        centre.setId("zoneCentre");
        centre.setPromptText("click the map, or type the centre");
        size.setId(this.outline == ZoneDraft.Outline.CIRCLE ? "zoneRadius" : "zoneWidth");
        size.setPromptText("metres");
        area.setId("zoneArea");
        area.getStyleClass().add("plot-measure");
        name.setId("zoneName");
        from.setId("zoneFrom");
        from.setPromptText("DTG, e.g. 010000ZNOV26");
        until.setId("zoneUntil");
        until.setPromptText("open-ended when empty");

        grid.addWide(area);
        switch (this.outline) {
            case CIRCLE:
                grid.add("Centre", text(centre, ZoneDraft.FIELD_CENTRE), ZoneDraft.FIELD_CENTRE);
                grid.add("Radius (m)", text(size, ZoneDraft.FIELD_RADIUS), ZoneDraft.FIELD_RADIUS);
                break;
            case CORRIDOR:
                if (zone == null) {
                    grid.addBlock("Axis points", points, ZoneDraft.FIELD_AXIS);
                } else {
                    grid.problemLabel(ZoneDraft.FIELD_AXIS);
                }
                grid.add("Width (m)", text(size, ZoneDraft.FIELD_WIDTH), ZoneDraft.FIELD_WIDTH);
                break;
            default:
                if (zone == null) {
                    grid.addBlock("Corners", points, ZoneDraft.FIELD_OUTLINE);
                }
                break;
        }
        if (!grid.hasField(ZoneDraft.FIELD_OUTLINE)) {
            grid.problemLabel(ZoneDraft.FIELD_OUTLINE);
        }
        grid.add("Name", text(name, ZoneDraft.FIELD_NAME), ZoneDraft.FIELD_NAME);
        grid.add("Threat level", choice(level, ZoneDraft.FIELD_LEVEL), ZoneDraft.FIELD_LEVEL);
        grid.add("Category", choice(category, ZoneDraft.FIELD_CATEGORY), ZoneDraft.FIELD_CATEGORY);
        grid.add("Valid from", text(from, ZoneDraft.FIELD_VALID_FROM), ZoneDraft.FIELD_VALID_FROM);
        grid.add("Valid until", text(until, ZoneDraft.FIELD_VALID_UNTIL), ZoneDraft.FIELD_VALID_UNTIL);
        grid.add("Release label", label, ZoneDraft.FIELD_LABEL);
        points.points().addListener((javafx.collections.ListChangeListener<Coordinate>) c -> refresh());

        if (zone == null) {
            from.setText(DateTimeGroup.format(Instant.now().truncatedTo(ChronoUnit.MINUTES)));
        } else {
            if (zone.shape() instanceof ZoneShape.Circle circle) {
                clickedCentre = circle.centre().getCoordinate();
                centre.setText(PositionFormat.decimal(clickedCentre.x, clickedCentre.y));
                size.setText(metres(circle.radiusMetres()));
            } else if (zone.shape() instanceof ZoneShape.Corridor corridor) {
                size.setText(metres(2 * corridor.halfWidthMetres()));
                points.setAll(List.of(corridor.axis().getCoordinates()));
            }
            name.setText(zone.name());
            level.setValue(zone.threatLevel());
            category.setValue(zone.category());
            from.setText(DateTimeGroup.format(zone.validFrom()));
            until.setText(zone.validUntil() == null ? "" : DateTimeGroup.format(zone.validUntil()));
        }
        initialCentre = centre.getText();
        initialSize = size.getText();
        initialFrom = from.getText();
        initialUntil = until.getText();
        ready(
                switch (this.outline) {
                    case CIRCLE -> "Add circle zone";
                    case CORRIDOR -> "Add corridor zone";
                    default -> "Add polygon zone";
                });
    }

    /** How the zone's area is given. */
    ZoneDraft.Outline outline() {
        return outline;
    }

    /** The corners or axis points being drawn (the map's zone tools append to them). */
    PointList points() {
        return points;
    }

    /**
     * The map was clicked with the circle tool: the first click (or one after the radius is set) places the centre,
     * the next sets the radius to the geodesic distance from the centre.
     */
    void circleClick(Coordinate lonLat) {
        Coordinate at = centre(new java.util.HashMap<>());
        if (at == null || !size.getText().isBlank()) {
            clickedCentre = lonLat.copy();
            centre.setText(PositionFormat.decimal(lonLat.x, lonLat.y));
            size.clear();
        } else {
            radius(org.paxmap.geo.Geodesy.distance(at, lonLat));
        }
    }

    @Override
    Preview preview() {
        if (isEditing()) {
            return Preview.NONE;
        }
        ZoneDraft draft = (ZoneDraft) draft(new java.util.HashMap<>());
        org.locationtech.jts.geom.Geometry shape = null;
        if (outline != ZoneDraft.Outline.POLYGON && draft.measure().isPresent()) {
            try {
                shape = draft.name("preview")
                        .level(ThreatLevel.LOW)
                        .category(ZoneCategory.OTHER)
                        .validFrom(Instant.EPOCH)
                        .validUntil((Instant) null)
                        .label(ReleaseLabel.exercise("preview"))
                        .toFeature(org.paxmap.model.SyncMeta.newLocal("preview", "", Instant.EPOCH))
                        .geometry();
            } catch (org.paxmap.edit.InvalidEditException e) {
                shape = null;
            }
        }
        switch (outline) {
            case CIRCLE:
                return new Preview(List.of(), false, false, shape, centre(new java.util.HashMap<>()));
            case CORRIDOR:
                return new Preview(points.points(), false, true, shape, null);
            default:
                return new Preview(points.points(), true, true, null, null);
        }
    }

    /** The circle tool was dragged from the centre: the radius becomes {@code metres}, rounded to the metre. */
    void radius(double metres) {
        size.setText(metres((double) Math.max(1, Math.round(metres))));
    }

    @Override
    protected FeatureDraft draft(Map<String, String> local) {
        ThreatZone editing = (ThreatZone) editing().orElse(null);
        ZoneDraft d = editing == null ? ZoneDraft.create() : ZoneDraft.of(editing);
        boolean shapeChanged = editing == null
                || !centre.getText().equals(initialCentre)
                || !size.getText().equals(initialSize);
        if (shapeChanged) {
            String sizeField = outline == ZoneDraft.Outline.CIRCLE ? ZoneDraft.FIELD_RADIUS : ZoneDraft.FIELD_WIDTH;
            Double metres = number(size.getText(), sizeField, local);
            switch (outline) {
                case CIRCLE:
                    d.circle(centre(local), metres);
                    break;
                case CORRIDOR:
                    d.corridor(points.points(), metres);
                    break;
                default:
                    d.polygon(points.points());
                    break;
            }
        }
        d.name(name.getText())
                .level(level.getValue())
                .category(category.getValue())
                .label(label.value());
        if (editing == null || !from.getText().equals(initialFrom)) {
            d.validFromText(from.getText());
        }
        if (editing == null || !until.getText().equals(initialUntil)) {
            if (until.getText().isBlank()) {
                d.validUntil((Instant) null);
            } else {
                d.validUntilText(until.getText());
            }
        }
        return d;
    }

    @Override
    protected void measured(FeatureDraft draft) {
        area.setText(((ZoneDraft) draft)
                .measure()
                .map(m -> "Area " + MeasureFormat.area(m.areaSquareMetres()) + " · perimeter "
                        + MeasureFormat.distance(m.perimeterMetres()))
                .orElse("Area — (" + hint() + ")"));
    }

    private String hint() {
        switch (outline) {
            case CIRCLE:
                return "a centre and a radius";
            case CORRIDOR:
                return "an axis of 2 points or more and a width";
            default:
                return "at least 3 corners";
        }
    }

    private Coordinate centre(Map<String, String> local) {
        String text = centre.getText();
        if (clickedCentre != null && text.equals(PositionFormat.decimal(clickedCentre.x, clickedCentre.y))) {
            return clickedCentre;
        }
        if (text.isBlank()) {
            return null;
        }
        try {
            return PositionParser.parse(text).coordinate();
        } catch (PositionParseException e) {
            local.put(ZoneDraft.FIELD_CENTRE, e.getMessage());
            return null;
        }
    }

    private static Double number(String text, String field, Map<String, String> local) {
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Double.parseDouble(s.replace(',', '.'));
        } catch (NumberFormatException e) {
            local.put(field, "'" + s + "' is not a number of metres");
            return null;
        }
    }

    private static String metres(double value) {
        return Double.toString(value).replaceFirst("\\.0$", "");
    }

    private static ZoneDraft.Outline outlineOf(ThreatZone zone) {
        if (zone.shape() instanceof ZoneShape.Circle) {
            return ZoneDraft.Outline.CIRCLE;
        }
        if (zone.shape() instanceof ZoneShape.Corridor) {
            return ZoneDraft.Outline.CORRIDOR;
        }
        return ZoneDraft.Outline.POLYGON;
    }
}
