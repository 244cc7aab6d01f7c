package org.paxmap.edit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.paxmap.geo.ParsedPosition;
import org.paxmap.geo.PositionFormat;
import org.paxmap.geo.PositionParseException;
import org.paxmap.geo.PositionParser;
import org.paxmap.geo.Wgs84;
import org.paxmap.geojson.ContentLimits;
import org.paxmap.model.AdmiraltyGrade;
import org.paxmap.model.Casualties;
import org.paxmap.model.EventType;
import org.paxmap.model.Incident;
import org.paxmap.model.IncidentType;
import org.paxmap.model.Layer;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.Severity;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.TimePrecision;

/**
 * The incident form's values. The position is either typed text (decimal degrees, DMS or MGRS, read by {@link
 * PositionParser}) or a point clicked on the map; the time is either a date-time group typed ({@link
 * org.paxmap.model.DateTimeGroup}) or an instant picked, with its {@link TimePrecision}. The location precision radius,
 * when not set, is the precision the typed position implies (0 for a clicked point). Setters take the values as
 * entered; {@link #validate()} says what is wrong with each field. Mutable; not thread-safe.
 */
public final class IncidentDraft implements FeatureDraft {
    public static final String FIELD_POSITION = "position";
    public static final String FIELD_EVENT_TYPE = "eventType";
    public static final String FIELD_TYPE = "type";
    public static final String FIELD_TIME = "time";
    public static final String FIELD_TIME_PRECISION = "timePrecision";
    public static final String FIELD_SEVERITY = "severity";
    public static final String FIELD_TITLE = "title";
    public static final String FIELD_DESCRIPTION = "description";
    public static final String FIELD_CASUALTIES = "casualties";
    public static final String FIELD_RELIABILITY = "reliability";
    public static final String FIELD_CREDIBILITY = "credibility";
    public static final String FIELD_PRECISION = "precision";
    public static final String FIELD_LABEL = "label";

    private final UUID id;
    private String positionText;
    private Coordinate clicked;
    private EventType eventType;
    private IncidentType type;
    private TimeEntry time = TimeEntry.EMPTY;
    private TimePrecision timePrecision = TimePrecision.EXACT;
    private Severity severity;
    private String title = "";
    private String description = "";
    private int casualtiesLow;
    private int casualtiesBest;
    private int casualtiesHigh;
    private String source = "";
    private char reliability = AdmiraltyGrade.UNGRADED.reliability();
    private int credibility = AdmiraltyGrade.UNGRADED.credibility();
    private Double precisionMetres;
    private ReleaseLabel label;

    private IncidentDraft(UUID id) {
        this.id = id;
    }

    /** An empty draft for a new incident with a fresh id: no casualties, graded F6, exact time. */
    public static IncidentDraft create() {
        return new IncidentDraft(UUID.randomUUID());
    }

    /** A draft holding every value of {@code incident}, for editing it. */
    public static IncidentDraft of(Incident incident) {
        IncidentDraft d = new IncidentDraft(incident.id());
        d.clicked = incident.location().getCoordinate().copy();
        d.eventType = incident.type().eventType();
        d.type = incident.type();
        d.time = TimeEntry.of(incident.occurredAt());
        d.timePrecision = incident.timePrecision();
        d.severity = incident.severity();
        d.title = incident.title();
        d.description = incident.description();
        d.casualtiesLow = incident.casualties().low();
        d.casualtiesBest = incident.casualties().best();
        d.casualtiesHigh = incident.casualties().high();
        d.source = incident.source();
        d.reliability = incident.grade().reliability();
        d.credibility = incident.grade().credibility();
        d.precisionMetres = incident.precisionMetres();
        d.label = incident.label();
        return d;
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public Layer layer() {
        return Layer.INCIDENTS;
    }

    /** The position as typed (decimal degrees, DMS or MGRS); replaces a clicked point. */
    public IncidentDraft positionText(String text) {
        this.positionText = text;
        this.clicked = null;
        return this;
    }

    /** A point clicked on the map (x = longitude, y = latitude); replaces typed text. */
    public IncidentDraft clickedPosition(Coordinate lonLat) {
        this.clicked = lonLat == null ? null : lonLat.copy();
        this.positionText = null;
        return this;
    }

    /** The position text the form shows: what was typed, or the clicked point in decimal degrees. */
    public String positionText() {
        if (positionText != null) {
            return positionText;
        }
        return clicked == null ? "" : PositionFormat.decimal(clicked.x, clicked.y);
    }

    /** The event type chosen first in the catalogue (optional; narrows the sub-types). */
    public IncidentDraft eventType(EventType value) {
        this.eventType = value;
        return this;
    }

    /** The catalogue sub-type. */
    public IncidentDraft type(IncidentType value) {
        this.type = value;
        return this;
    }

    /** The time as a date-time group, e.g. {@code 241530ZNOV26}. */
    public IncidentDraft timeText(String dtg) {
        this.time = TimeEntry.of(dtg);
        return this;
    }

    /** The time as an instant picked in a calendar. */
    public IncidentDraft time(Instant instant) {
        this.time = TimeEntry.of(instant);
        return this;
    }

    /** How precisely the time is known. */
    public IncidentDraft timePrecision(TimePrecision value) {
        this.timePrecision = value;
        return this;
    }

    public IncidentDraft severity(Severity value) {
        this.severity = value;
        return this;
    }

    public IncidentDraft title(String value) {
        this.title = value;
        return this;
    }

    public IncidentDraft description(String value) {
        this.description = value;
        return this;
    }

    /** Casualties as low, best and high estimates; valid when 0 ≤ low ≤ best ≤ high. */
    public IncidentDraft casualties(int low, int best, int high) {
        this.casualtiesLow = low;
        this.casualtiesBest = best;
        this.casualtiesHigh = high;
        return this;
    }

    public IncidentDraft source(String value) {
        this.source = value;
        return this;
    }

    /** Source reliability, A (completely reliable) … F (cannot be judged). */
    public IncidentDraft reliability(char value) {
        this.reliability = value;
        return this;
    }

    /** Information credibility, 1 (confirmed) … 6 (cannot be judged). */
    public IncidentDraft credibility(int value) {
        this.credibility = value;
        return this;
    }

    /** The location precision radius in metres; {@code null} to take the precision the typed position implies. */
    public IncidentDraft precisionMetres(Double metres) {
        this.precisionMetres = metres;
        return this;
    }

    public IncidentDraft label(ReleaseLabel value) {
        this.label = value;
        return this;
    }

    @Override
    public FieldProblems validate() {
        Map<String, String> problems = new LinkedHashMap<>();
        read(problems);
        return FieldProblems.of(problems);
    }

    @Override
    public Incident toFeature(SyncMeta sync) throws InvalidEditException {
        Map<String, String> problems = new LinkedHashMap<>();
        Incident incident = read(problems).map(r -> r.build(sync)).orElse(null);
        if (!problems.isEmpty()) {
            throw new InvalidEditException(FieldProblems.of(problems));
        }
        return incident;
    }

    /** Every field read, with its problems put into {@code problems}; the values when there are none. */
    private Optional<Read> read(Map<String, String> problems) {
        ParsedPosition parsed = null;
        Coordinate at = null;
        if (clicked != null) {
            Optional<String> p = Words.positionProblem(clicked);
            if (p.isPresent()) {
                problems.put(FIELD_POSITION, p.get());
            } else {
                at = clicked;
            }
        } else if (positionText == null || positionText.isBlank()) {
            problems.put(FIELD_POSITION, "the position is empty");
        } else {
            try {
                parsed = PositionParser.parse(positionText);
                at = parsed.coordinate();
            } catch (PositionParseException e) {
                problems.put(FIELD_POSITION, e.getMessage());
            }
        }
        if (type == null) {
            problems.put(FIELD_TYPE, "choose an incident type");
        } else if (eventType != null && type.eventType() != eventType) {
            problems.put(FIELD_TYPE, "'" + type.label() + "' is not a kind of '" + eventType.label() + "'");
        }
        Instant when = time.resolve(FIELD_TIME, "the time is empty", problems);
        if (timePrecision == null) {
            problems.put(FIELD_TIME_PRECISION, "choose how precisely the time is known");
        }
        if (severity == null) {
            problems.put(FIELD_SEVERITY, "choose a severity");
        }
        if (title == null || title.isBlank()) {
            problems.put(FIELD_TITLE, "the title is empty");
        } else {
            ContentLimits.lengthProblem(title, ContentLimits.MAX_TEXT)
                    .ifPresent(p -> problems.put(FIELD_TITLE, "the title " + p));
        }
        if (description != null) {
            ContentLimits.lengthProblem(description, ContentLimits.MAX_LONG_TEXT)
                    .ifPresent(p -> problems.put(FIELD_DESCRIPTION, "the description " + p));
        }
        if (casualtiesLow < 0) {
            problems.put(FIELD_CASUALTIES, "the low casualty estimate " + Words.number(casualtiesLow) + " is negative");
        } else if (casualtiesBest < casualtiesLow) {
            problems.put(
                    FIELD_CASUALTIES,
                    "the best casualty estimate " + casualtiesBest + " is below the low estimate " + casualtiesLow);
        } else if (casualtiesHigh < casualtiesBest) {
            problems.put(
                    FIELD_CASUALTIES,
                    "the high casualty estimate " + casualtiesHigh + " is below the best estimate " + casualtiesBest);
        }
        if (reliability < 'A' || reliability > 'F') {
            problems.put(FIELD_RELIABILITY, "source reliability '" + reliability + "' is not one of A–F");
        }
        if (credibility < 1 || credibility > 6) {
            problems.put(FIELD_CREDIBILITY, "information credibility " + credibility + " is not one of 1–6");
        }
        double radius = precisionMetres != null ? precisionMetres : parsed != null ? parsed.precisionMetres() : 0;
        if (Double.isNaN(radius) || Double.isInfinite(radius)) {
            problems.put(FIELD_PRECISION, "the location precision radius is not a number of metres");
        } else if (radius < 0) {
            problems.put(FIELD_PRECISION, "the location precision radius " + Words.number(radius) + " m is negative");
        }
        if (label == null) {
            problems.put(FIELD_LABEL, "choose a release label");
        }
        return problems.isEmpty() ? Optional.of(new Read(at, when, radius)) : Optional.empty();
    }

    /** The values that needed reading, once every field is valid. */
    private final class Read {
        private final Coordinate at;
        private final Instant when;
        private final double radius;

        Read(Coordinate at, Instant when, double radius) {
            this.at = at;
            this.when = when;
            this.radius = radius;
        }

        Incident build(SyncMeta sync) {
            Point point = Wgs84.point(at.x, at.y);
            return new Incident(
                    id,
                    point,
                    radius,
                    when,
                    timePrecision,
                    type,
                    severity,
                    title,
                    description,
                    new Casualties(casualtiesLow, casualtiesBest, casualtiesHigh),
                    source,
                    new AdmiraltyGrade(reliability, credibility),
                    label,
                    sync);
        }
    }
}
