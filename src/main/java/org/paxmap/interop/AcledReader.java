package org.paxmap.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.paxmap.geo.Wgs84;
import org.paxmap.model.Casualties;
import org.paxmap.model.Severity;

/**
 * ACLED CSV exports, read with Apache Commons CSV: the current column set (lower case) and the legacy upper-case
 * layouts (GWNO, EVENT_ID_CNTY, … GEO_PRECIS, …), with a header row or — for the legacy v5 layout only — without;
 * UTF-8 (a BOM allowed) or, when the start of the file is not UTF-8, Windows-1252; CRLF or LF. Each row becomes an
 * incident: {@code event_id_cnty} is its identity; the date ({@code YYYY-MM-DD}, {@code DD/MM/YYYY} or {@code 05
 * January 2024}) with {@code time_precision} 1 → day, 2 and 3 → week (Paxmap's coarsest); types through {@link
 * AcledTypes}; {@code geo_precision} → precision radius ({@link #RADIUS}); {@code fatalities} → casualties (and
 * severity: 0 low, 1–9 moderate, 10 or more high); actors, notes and the other columns kept in the description.
 * Streamed row by row. Stateless.
 */
final class AcledReader implements FeatureReader {
    /** Precision radius per ACLED geo_precision: 1 the town itself, 2 near it or part of a region, 3 a region. */
    static final double[] RADIUS = {0, 2_000, 25_000, 100_000};

    /** The legacy v5 column order, for files without a header row. */
    static final List<String> LEGACY_V5 = List.of(
            "gwno",
            "event_id_cnty",
            "event_id_no_cnty",
            "event_date",
            "year",
            "time_precision",
            "event_type",
            "actor1",
            "ally_actor_1",
            "inter1",
            "actor2",
            "ally_actor_2",
            "inter2",
            "interaction",
            "country",
            "admin1",
            "admin2",
            "admin3",
            "location",
            "latitude",
            "longitude",
            "geo_precis",
            "source",
            "notes",
            "fatalities");

    /** Columns kept as description lines, in this order, when present and not empty. */
    private static final List<String> KEPT = List.of(
            "disorder_type",
            "actor1",
            "assoc_actor_1",
            "ally_actor_1",
            "inter1",
            "actor2",
            "assoc_actor_2",
            "ally_actor_2",
            "inter2",
            "interaction",
            "civilian_targeting",
            "country",
            "admin1",
            "admin2",
            "admin3",
            "location",
            "source_scale",
            "tags");

    @Override
    public ImportFormat format() {
        return ImportFormat.ACLED;
    }

    @Override
    public void read(Path file, ImportContext context, ImportSink sink) throws ImportException {
        String name = file.getFileName().toString();
        Charset charset = charset(file, name);
        try (InputStream raw = Files.newInputStream(file);
                BufferedReader reader = new BufferedReader(
                        new InputStreamReader(
                                raw,
                                charset.newDecoder()
                                        .onMalformedInput(CodingErrorAction.REPORT)
                                        .onUnmappableCharacter(CodingErrorAction.REPORT)),
                        1 << 16);
                CSVParser csv = CSVParser.parse(reader, CSVFormat.DEFAULT)) {
            Iterator<CSVRecord> rows = csv.iterator();
            if (!rows.hasNext()) {
                throw new ImportException(name + ": the file holds no rows");
            }
            CSVRecord first = rows.next();
            Map<String, Integer> columns = header(first);
            int row = 1;
            if (columns == null) {
                columns = index(LEGACY_V5);
                if (first.size() != LEGACY_V5.size()) {
                    throw new ImportException(name + ", row 1: no header row, and " + first.size()
                            + " columns, not the " + LEGACY_V5.size() + " of ACLED's legacy layout");
                }
                sink.warn(name + ": no header row; read in ACLED's legacy v5 column order (GWNO, EVENT_ID_CNTY, …)");
                row(first, columns, LEGACY_V5.size(), name, 1, context, sink);
            } else {
                for (String required :
                        new String[] {"event_id_cnty", "event_date", "event_type", "latitude", "longitude"}) {
                    if (!columns.containsKey(required)) {
                        throw new ImportException(name + ", header: the column " + required + " is missing");
                    }
                }
            }
            int width = first.size();
            while (rows.hasNext()) {
                row(rows.next(), columns, width, name, ++row, context, sink);
            }
        } catch (UncheckedIOException e) {
            throw unreadable(name, charset, e.getCause());
        } catch (IOException e) {
            throw unreadable(name, charset, e);
        }
    }

    private static ImportException unreadable(String name, Charset charset, IOException e) {
        if (e instanceof CharacterCodingException) {
            return new ImportException(
                    name + ": not valid " + charset.displayName() + " text further into the file"
                            + " (the start was); save it as UTF-8 and import again",
                    e);
        }
        return new ImportException(name + ": cannot be read as CSV (" + e.getMessage() + ")", e);
    }

    /** UTF-8 when the first 64 KiB decode as UTF-8 (a cut-off sequence at the end allowed), else Windows-1252. */
    private static Charset charset(Path file, String name) throws ImportException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(64 * 1024);
        } catch (IOException e) {
            throw new ImportException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
        int end = head.length;
        for (int i = 0; i < 3 && end > 0 && (head[end - 1] & 0xC0) == 0x80; i++) {
            end--;
        }
        if (end > 0 && (head[end - 1] & 0xC0) == 0xC0) {
            end--;
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, end));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("windows-1252");
        }
    }

    /** Column name (lower case) → index, or {@code null} if the record is not a header. */
    private static Map<String, Integer> header(CSVRecord first) {
        List<String> names = new ArrayList<>();
        for (String v : first) {
            names.add(v.trim().replace("\uFEFF", "").toLowerCase(Locale.ROOT));
        }
        return names.contains("event_id_cnty") ? index(names) : null;
    }

    private static Map<String, Integer> index(List<String> names) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            m.putIfAbsent(names.get(i), i);
        }
        return m;
    }

    private static void row(
            CSVRecord r,
            Map<String, Integer> columns,
            int width,
            String file,
            int n,
            ImportContext context,
            ImportSink sink)
            throws ImportException {
        AcledRow row = new AcledRow(r, columns);
        String id = row.get("event_id_cnty");
        String item = "row " + n + (id.isEmpty() ? "" : " (event_id_cnty " + id + ")");
        try {
            if (r.size() != width) {
                throw new ItemProblem(
                        "has " + r.size() + " columns, the header " + width + " (a cut-off or damaged file)");
            }
            if (id.isEmpty()) {
                throw new ItemProblem("event_id_cnty is empty");
            }
            AcledTypes.Mapped type = AcledTypes.map(row.get("event_type"), row.get("sub_event_type"));
            ForeignTime day = AcledDates.parse(row.get("event_date"));
            ForeignTime time = new ForeignTime(day.instant(), AcledDates.precision(row.get("time_precision")));
            double lat = row.number("latitude");
            double lon = row.number("longitude");
            String geo = row.first("geo_precision", "geo_precis");
            int g = geo.isEmpty()
                    ? 0
                    : (int) row.number(columns.containsKey("geo_precision") ? "geo_precision" : "geo_precis");
            if (g < 0 || g > 3) {
                throw new ItemProblem("geo_precision " + geo + " is not 1, 2 or 3");
            }
            String fatalities = row.get("fatalities");
            int dead = fatalities.isEmpty() ? 0 : (int) row.number("fatalities");
            if (dead < 0) {
                throw new ItemProblem("fatalities " + fatalities + " is negative");
            }
            List<String> lines = new ArrayList<>();
            if (!row.get("notes").isEmpty()) {
                lines.add(row.get("notes"));
            }
            for (String c : KEPT) {
                if (!row.get(c).isEmpty()) {
                    lines.add(c + ": " + row.get(c));
                }
            }
            String location = row.get("location");
            String title = type.type().label() + (location.isEmpty() ? "" : " — " + location);
            ForeignId fid = ForeignId.of(ImportFormat.ACLED, file, id);
            sink.feature(new ForeignFeature(
                    MappedFeatures.incident(
                            fid,
                            context,
                            Wgs84.point(lon, lat),
                            RADIUS[g],
                            time,
                            type.type(),
                            dead >= 10 ? Severity.HIGH : dead > 0 ? Severity.MODERATE : Severity.LOW,
                            title,
                            String.join("\n", lines),
                            Casualties.exactly(dead),
                            row.get("source")),
                    fid,
                    type.mapping() + ", time_precision " + row.get("time_precision") + " → "
                            + time.precision().code() + ", geo_precision " + (geo.isEmpty() ? "(none)" : geo)
                            + " → precision radius " + (int) RADIUS[g] + " m, fatalities → casualties"));
        } catch (ItemProblem p) {
            ItemProblems.handle(context, sink, file + ", " + item, "ACLED row", p);
        }
    }
}
