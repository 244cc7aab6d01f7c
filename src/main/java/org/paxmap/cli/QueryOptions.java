package org.paxmap.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.model.EventType;
import org.paxmap.model.IncidentType;
import org.paxmap.model.Layer;
import org.paxmap.model.Severity;
import org.paxmap.store.FeatureQuery;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The filter options shared by {@code query} and {@code export-geojson}, turned into a {@link FeatureQuery}. */
final class QueryOptions {
    @Option(
            names = "--layer",
            paramLabel = "LAYER",
            split = ",",
            converter = LayerConverter.class,
            description = "incidents, routes and/or zones (default: all)")
    List<Layer> layers = new ArrayList<>();

    @Option(
            names = "--bbox",
            paramLabel = "W,S,E,N",
            converter = BboxConverter.class,
            description = "lon/lat box: west,south,east,north, e.g. 35.1,33.0,35.9,33.4")
    Envelope bbox;

    @Option(
            names = "--from",
            paramLabel = "TIME",
            converter = TimeConverter.class,
            description = "start of the time window (inclusive): 2026-09-01 or 2026-09-01T06:00:00Z")
    Instant from;

    @Option(
            names = "--to",
            paramLabel = "TIME",
            converter = TimeConverter.class,
            description = "end of the time window (exclusive); a date means its start")
    Instant to;

    @Option(
            names = "--type",
            paramLabel = "TYPE",
            split = ",",
            converter = TypeConverter.class,
            description = "incident sub-types, e.g. ied_uxo_find,armed_clash or \"IED/UXO find\"")
    List<IncidentType> types = new ArrayList<>();

    @Option(
            names = "--event-type",
            paramLabel = "TYPE",
            split = ",",
            converter = EventTypeConverter.class,
            description = "incident event types, e.g. battles,peace_operations")
    List<EventType> eventTypes = new ArrayList<>();

    @Option(
            names = "--min-severity",
            paramLabel = "LEVEL",
            converter = SeverityConverter.class,
            description = "low, moderate, high or critical")
    Severity minSeverity;

    @Option(names = "--text", paramLabel = "WORDS", description = "full-text search in titles and descriptions")
    String text;

    @Option(names = "--include-deleted", description = "also list deleted features (tombstones)")
    boolean includeDeleted;

    @Option(names = "--limit", paramLabel = "N", description = "at most N features")
    int limit;

    /** The query these options describe. */
    FeatureQuery toQuery() {
        FeatureQuery q = FeatureQuery.all()
                .withLayers(layers.isEmpty() ? EnumSet.allOf(Layer.class) : EnumSet.copyOf(layers))
                .withBbox(bbox)
                .withTime(from, to)
                .withTypes(types.isEmpty() ? Set.of() : EnumSet.copyOf(types))
                .withEventTypes(eventTypes.isEmpty() ? Set.of() : EnumSet.copyOf(eventTypes))
                .withMinSeverity(minSeverity)
                .withText(text)
                .withLimit(limit);
        return includeDeleted ? q.includingDeleted() : q;
    }

    /** A converter that calls a parse function and turns its refusal into picocli's usage error. */
    abstract static class Parsing<T> implements ITypeConverter<T> {
        private final java.util.function.Function<String, T> parse;

        Parsing(java.util.function.Function<String, T> parse) {
            this.parse = parse;
        }

        @Override
        public T convert(String value) {
            try {
                return parse.apply(value.trim());
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class LayerConverter extends Parsing<Layer> {
        LayerConverter() {
            super(Layer::fromTableName);
        }
    }

    static final class TypeConverter extends Parsing<IncidentType> {
        TypeConverter() {
            super(IncidentType::parse);
        }
    }

    static final class EventTypeConverter extends Parsing<EventType> {
        EventTypeConverter() {
            super(EventType::parse);
        }
    }

    static final class SeverityConverter extends Parsing<Severity> {
        SeverityConverter() {
            super(Severity::parse);
        }
    }

    /** Parses {@code W,S,E,N} in degrees; refuses non-numbers, out-of-range values and inverted boxes. */
    static final class BboxConverter implements ITypeConverter<Envelope> {
        @Override
        public Envelope convert(String value) {
            String[] parts = value.split(",", -1);
            if (parts.length != 4) {
                throw new TypeConversionException(
                        "bbox must be four numbers west,south,east,north; was '" + value + "'");
            }
            double[] v = new double[4];
            for (int i = 0; i < 4; i++) {
                try {
                    v[i] = Double.parseDouble(parts[i].trim());
                } catch (NumberFormatException e) {
                    throw new TypeConversionException("bbox value '" + parts[i].trim() + "' is not a number");
                }
            }
            if (v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90 || v[0] > v[2] || v[1] > v[3]) {
                throw new TypeConversionException("bbox " + value
                        + " is not a lon/lat box with west <= east in -180..180 and south <= north" + " in -90..90");
            }
            return new Envelope(v[0], v[2], v[1], v[3]);
        }
    }

    /** Parses an RFC 3339 time, or a date meaning its start in UTC. */
    static final class TimeConverter implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            String v = value.trim();
            try {
                if (v.length() == 10) {
                    return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
                }
                return OffsetDateTime.parse(v.toUpperCase(Locale.ROOT)).toInstant();
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("time '" + value
                        + "' is neither a date (2026-09-01) nor an RFC 3339 time" + " (2026-09-01T06:00:00Z)");
            }
        }
    }
}
