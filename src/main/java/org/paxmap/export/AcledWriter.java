package org.paxmap.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.paxmap.model.EventType;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.TimePrecision;

/**
 * ACLED-shaped CSV (Apache Commons CSV, UTF-8, CRLF as ACLED publishes): the current column set, then {@code
 * release_label}. Only incidents have a place: {@code event_id_cnty} is {@code PAXMAP-} and the feature id, event
 * and sub-event type the catalogue's (built on ACLED's), {@code time_precision} 1 for an exact or day time and 2 for
 * a week, {@code geo_precision} 1/2/3 from the precision radius (up to 2 km, 25 km, beyond), {@code location} the
 * title, {@code notes} the description, {@code fatalities} the best casualty estimate, {@code timestamp} the last
 * change (Unix seconds). Columns Paxmap has nothing for are empty. Streams.
 */
final class AcledWriter implements FeatureWriter {
    /** The header: ACLED's current column set, then the release label. */
    static final List<String> COLUMNS = List.of(
            "event_id_cnty",
            "event_date",
            "year",
            "time_precision",
            "disorder_type",
            "event_type",
            "sub_event_type",
            "actor1",
            "assoc_actor_1",
            "inter1",
            "actor2",
            "assoc_actor_2",
            "inter2",
            "interaction",
            "civilian_targeting",
            "iso",
            "region",
            "country",
            "admin1",
            "admin2",
            "admin3",
            "location",
            "latitude",
            "longitude",
            "geo_precision",
            "source",
            "source_scale",
            "notes",
            "fatalities",
            "tags",
            "timestamp",
            FeatureFields.LABEL);

    private final Writer text;
    private final CSVFormat csv =
            CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();

    AcledWriter(OutputStream out, ExportHeader header) throws IOException {
        text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        record(COLUMNS.toArray());
    }

    @Override
    public boolean write(Feature feature) throws IOException {
        if (!(feature instanceof Incident i)) {
            return false;
        }
        var day = i.occurredAt().atZone(ZoneOffset.UTC).toLocalDate();
        double r = i.precisionMetres();
        record(
                "PAXMAP-" + i.id(),
                day.toString(),
                day.getYear(),
                i.timePrecision() == TimePrecision.WEEK ? 2 : 1,
                disorder(i.type().eventType()),
                i.type().eventType().label(),
                i.type().label(),
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                XmlDocument.clean(i.title()),
                Numbers.plain(i.location().getY()),
                Numbers.plain(i.location().getX()),
                r <= 2_000 ? 1 : r <= 25_000 ? 2 : 3,
                XmlDocument.clean(i.source()),
                "",
                XmlDocument.clean(i.description()),
                i.casualties().best(),
                "",
                i.sync().modifiedAt().getEpochSecond(),
                FeatureFields.label(i.label()));
        return true;
    }

    /** One CSV record (Commons CSV's quoting rules; its CSVPrinter is not used, for its annotations' sake). */
    private void record(Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            csv.print(values[i], text, i == 0);
        }
        csv.println(text);
    }

    private static String disorder(EventType type) {
        return switch (type) {
            case BATTLES, EXPLOSIONS_REMOTE_VIOLENCE, VIOLENCE_AGAINST_CIVILIANS -> "Political violence";
            case PROTESTS, RIOTS -> "Demonstrations";
            default -> "Strategic developments";
        };
    }

    @Override
    public void finish() throws IOException {
        text.flush();
    }

    @Override
    public void close() {
        // the stream belongs to the caller
    }
}
