package org.paxmap.app.plot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.locationtech.jts.geom.Coordinate;
import org.paxmap.edit.FeatureDraft;
import org.paxmap.edit.IncidentDraft;
import org.paxmap.geo.PositionFormat;
import org.paxmap.model.AdmiraltyGrade;
import org.paxmap.model.DateTimeGroup;
import org.paxmap.model.EventType;
import org.paxmap.model.Incident;
import org.paxmap.model.IncidentType;
import org.paxmap.model.Severity;
import org.paxmap.model.TimePrecision;

/**
 * The incident form: position (typed as decimal degrees, DMS or MGRS, or clicked on the map), event type and sub-type
 * from the catalogue, time as a date-time group or picked in a calendar with its precision, severity, title,
 * description, casualties low/best/high, source with its Admiralty grading, location precision radius and release
 * label. FX-thread only.
 */
final class IncidentForm extends FeatureForm {
    private final TextField position = new TextField();
    private final ComboBox<EventType> eventType =
            Choices.of("incidentEventType", List.of(EventType.values()), EventType::label);
    private final ComboBox<IncidentType> type =
            Choices.of("incidentType", List.of(IncidentType.values()), IncidentType::label);
    private final TextField time = new TextField();
    private final DatePicker date = new DatePicker();
    private final ComboBox<TimePrecision> precisionOfTime =
            Choices.of("incidentTimePrecision", List.of(TimePrecision.values()), IncidentForm::timePrecision);
    private final ComboBox<Severity> severity =
            Choices.of("incidentSeverity", List.of(Severity.values()), Choices::words);
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final TextField low = number("incidentCasualtiesLow", "low");
    private final TextField best = number("incidentCasualtiesBest", "best");
    private final TextField high = number("incidentCasualtiesHigh", "high");
    private final TextField source = new TextField();
    private final ComboBox<Character> reliability = Choices.of(
            "incidentReliability",
            List.of('A', 'B', 'C', 'D', 'E', 'F'),
            c -> c + " — " + new AdmiraltyGrade(c, 6).reliabilityMeaning());
    private final ComboBox<Integer> credibility = Choices.of(
            "incidentCredibility",
            List.of(1, 2, 3, 4, 5, 6),
            n -> n + " — " + new AdmiraltyGrade('F', n).credibilityMeaning());
    private final TextField radius = new TextField();
    private final LabelChoice label;
    private final String initialTime;
    private final String initialRadius;
    private Coordinate clicked;

    /** A form creating an incident (when {@code incident} is null) or editing {@code incident}. */
    IncidentForm(PlotSession session, Incident incident, LabelChoices labels) {
        super("incidentForm", session, incident, labels);
        label = labelChoice("incidentLabel", IncidentDraft.FIELD_LABEL);
        position.setId("incidentPosition");
        position.setPromptText("33.2712, 35.2033 · 33°16'16\"N 35°12'12\"E · 36S YC 12345 67890");
        position.setTooltip(new Tooltip("Type a position (decimal degrees, DMS or MGRS) or click the map"));
        time.setId("incidentTime");
        time.setPromptText("DTG, e.g. 241530ZNOV26");
        date.setId("incidentDate");
        date.setPrefWidth(130);
        date.setTooltip(new Tooltip("Pick a day: the time becomes 0000Z that day, known to the day"));
        title.setId("incidentTitle");
        description.setId("incidentDescription");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        source.setId("incidentSource");
        radius.setId("incidentPrecision");
        radius.setPromptText("from the position as typed");

        grid.add("Position", text(position, IncidentDraft.FIELD_POSITION), IncidentDraft.FIELD_POSITION);
        grid.add("Event type", choice(eventType, IncidentDraft.FIELD_EVENT_TYPE), IncidentDraft.FIELD_EVENT_TYPE);
        grid.add("Sub-type", choice(type, IncidentDraft.FIELD_TYPE), IncidentDraft.FIELD_TYPE);
        HBox when = new HBox(6, text(time, IncidentDraft.FIELD_TIME), date);
        HBox.setHgrow(time, Priority.ALWAYS);
        grid.add("Time", when, IncidentDraft.FIELD_TIME);
        grid.add(
                "Known to",
                choice(precisionOfTime, IncidentDraft.FIELD_TIME_PRECISION),
                IncidentDraft.FIELD_TIME_PRECISION);
        grid.add("Severity", choice(severity, IncidentDraft.FIELD_SEVERITY), IncidentDraft.FIELD_SEVERITY);
        grid.add("Title", text(title, IncidentDraft.FIELD_TITLE), IncidentDraft.FIELD_TITLE);
        grid.add("Description", text(description, "description"), IncidentDraft.FIELD_DESCRIPTION);
        HBox casualties = new HBox(
                4,
                caption("low"),
                text(low, IncidentDraft.FIELD_CASUALTIES),
                caption("best"),
                text(best, IncidentDraft.FIELD_CASUALTIES),
                caption("high"),
                text(high, IncidentDraft.FIELD_CASUALTIES));
        grid.add("Casualties", casualties, IncidentDraft.FIELD_CASUALTIES);
        grid.add("Source", text(source, "source"), null);
        grid.add("Reliability", choice(reliability, IncidentDraft.FIELD_RELIABILITY), IncidentDraft.FIELD_RELIABILITY);
        grid.add("Credibility", choice(credibility, IncidentDraft.FIELD_CREDIBILITY), IncidentDraft.FIELD_CREDIBILITY);
        grid.add("Precision (m)", text(radius, IncidentDraft.FIELD_PRECISION), IncidentDraft.FIELD_PRECISION);
        grid.add("Release label", label, IncidentDraft.FIELD_LABEL);

        eventType.valueProperty().addListener((o, a, b) -> narrowTypes(b));
        date.valueProperty().addListener((o, a, b) -> picked(b));
        if (incident == null) {
            time.setText(DateTimeGroup.format(Instant.now().truncatedTo(ChronoUnit.MINUTES)));
            precisionOfTime.setValue(TimePrecision.EXACT);
            low.setText("0");
            best.setText("0");
            high.setText("0");
            reliability.setValue('F');
            credibility.setValue(6);
        } else {
            clicked = incident.location().getCoordinate();
            position.setText(PositionFormat.decimal(clicked.x, clicked.y));
            eventType.setValue(incident.type().eventType());
            type.setValue(incident.type());
            time.setText(DateTimeGroup.format(incident.occurredAt()));
            precisionOfTime.setValue(incident.timePrecision());
            severity.setValue(incident.severity());
            title.setText(incident.title());
            description.setText(incident.description());
            low.setText(Integer.toString(incident.casualties().low()));
            best.setText(Integer.toString(incident.casualties().best()));
            high.setText(Integer.toString(incident.casualties().high()));
            source.setText(incident.source());
            reliability.setValue(incident.grade().reliability());
            credibility.setValue(incident.grade().credibility());
            radius.setText(Double.toString(incident.precisionMetres()).replaceFirst("\\.0$", ""));
        }
        initialTime = time.getText();
        initialRadius = radius.getText();
        ready("Add incident");
    }

    /** The map was clicked with the incident tool: the position becomes that point. */
    void clickedAt(Coordinate lonLat) {
        String text = PositionFormat.decimal(lonLat.x, lonLat.y);
        position.setText(text);
        clicked = lonLat.copy();
        commit(IncidentDraft.FIELD_POSITION);
    }

    @Override
    Preview preview() {
        if (isEditing()) {
            return Preview.NONE;
        }
        Coordinate at = null;
        if (clicked != null && position.getText().equals(PositionFormat.decimal(clicked.x, clicked.y))) {
            at = clicked;
        } else {
            try {
                at = org.paxmap.geo.PositionParser.parse(position.getText()).coordinate();
            } catch (IllegalArgumentException e) {
                at = null;
            }
        }
        return at == null ? Preview.NONE : new Preview(List.of(), false, false, null, at);
    }

    @Override
    protected FeatureDraft draft(Map<String, String> local) {
        Incident editing = (Incident) editing().orElse(null);
        IncidentDraft d = editing == null ? IncidentDraft.create() : IncidentDraft.of(editing);
        if (clicked != null && position.getText().equals(PositionFormat.decimal(clicked.x, clicked.y))) {
            d.clickedPosition(clicked);
        } else {
            d.positionText(position.getText());
        }
        d.eventType(eventType.getValue()).type(type.getValue());
        if (editing == null || !time.getText().equals(initialTime)) {
            d.timeText(time.getText());
        }
        d.timePrecision(precisionOfTime.getValue())
                .severity(severity.getValue())
                .title(title.getText())
                .description(description.getText())
                .source(source.getText());
        Integer l = count(low, "low", local);
        Integer b = count(best, "best", local);
        Integer h = count(high, "high", local);
        if (l != null && b != null && h != null) {
            d.casualties(l, b, h);
        }
        if (reliability.getValue() != null) {
            d.reliability(reliability.getValue());
        }
        if (credibility.getValue() != null) {
            d.credibility(credibility.getValue());
        }
        if (editing == null || !radius.getText().equals(initialRadius)) {
            d.precisionMetres(metres(radius.getText(), local));
        }
        d.label(label.value());
        return d;
    }

    private void narrowTypes(EventType chosen) {
        IncidentType current = type.getValue();
        type.getItems()
                .setAll(Arrays.stream(IncidentType.values())
                        .filter(t -> chosen == null || t.eventType() == chosen)
                        .toList());
        type.setValue(current != null && type.getItems().contains(current) ? current : null);
    }

    private void picked(LocalDate day) {
        if (day == null) {
            return;
        }
        time.setText(DateTimeGroup.format(day.atStartOfDay().toInstant(ZoneOffset.UTC)));
        if (precisionOfTime.getValue() == TimePrecision.EXACT) {
            precisionOfTime.setValue(TimePrecision.DAY);
        }
        commit(IncidentDraft.FIELD_TIME);
    }

    private static Integer count(TextField field, String which, Map<String, String> local) {
        String text = field.getText().strip();
        try {
            return text.isEmpty() ? 0 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            local.putIfAbsent(
                    IncidentDraft.FIELD_CASUALTIES, "the " + which + " estimate '" + text + "' is not a whole number");
            return null;
        }
    }

    private static Double metres(String text, Map<String, String> local) {
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Double.parseDouble(s.replace(',', '.'));
        } catch (NumberFormatException e) {
            local.put(IncidentDraft.FIELD_PRECISION, "'" + s + "' is not a number of metres");
            return null;
        }
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static TextField number(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(3);
        return field;
    }

    private static String timePrecision(TimePrecision p) {
        return switch (p) {
            case EXACT -> "the minute";
            case DAY -> "the day";
            case WEEK -> "the week";
        };
    }
}
