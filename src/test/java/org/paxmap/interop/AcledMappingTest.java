package org.paxmap.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.model.Incident;
import org.paxmap.model.IncidentType;
import org.paxmap.model.Severity;
import org.paxmap.model.TimePrecision;
import org.paxmap.testing.SharedData;

/** ACLED rows as a conflict analyst reads them: types, dates, precisions, casualties, actors and notes. */
class AcledMappingTest {
    @TempDir
    Path dir;

    @Test
    void theCurrentLayoutMapsTypesPrecisionsAndCasualties() throws Exception {
        Path file = FeatureReaderContractTest.AcledFiles.current(dir.resolve("current.csv"));
        List<Incident> rows = incidents(file);
        assertThat(rows).hasSize(3);
        Incident shelling = rows.get(0);
        assertThat(shelling.type()).isEqualTo(IncidentType.SHELLING_ARTILLERY_MISSILE_ATTACK);
        assertThat(shelling.occurredAt()).isEqualTo(Instant.parse("2024-01-05T00:00:00Z"));
        assertThat(shelling.timePrecision()).isEqualTo(TimePrecision.DAY);
        assertThat(shelling.precisionMetres()).isEqualTo(2_000);
        assertThat(shelling.source()).isEqualTo("L'Orient-Le Jour");
        assertThat(shelling.title()).isEqualTo("Shelling/artillery/missile attack — Kfar Kila");
        assertThat(shelling.description())
                .startsWith("Shelling on the outskirts, no casualties reported.")
                .contains("actor1: Military Forces of Israel (2022-)");
        Incident clash = rows.get(1);
        assertThat(clash.type()).isEqualTo(IncidentType.ARMED_CLASH);
        assertThat(clash.timePrecision()).as("time_precision 2").isEqualTo(TimePrecision.WEEK);
        assertThat(clash.precisionMetres()).as("geo_precision 2").isEqualTo(25_000);
        assertThat(clash.casualties().best()).isEqualTo(3);
        assertThat(clash.severity()).isEqualTo(Severity.MODERATE);
        assertThat(clash.description()).contains("actor2: Military Forces of Israel (2022-)");
        assertThat(rows.get(2).type()).isEqualTo(IncidentType.PEACEFUL_PROTEST);
        assertThat(rows.get(2).precisionMetres()).as("geo_precision 3").isEqualTo(100_000);
    }

    @Test
    void aLegacyFileWithoutHeaderInWindows1252WithDayFirstDatesIsRead() throws Exception {
        String row = "660,12LBN,12,03/02/2006,2006,1,Battle-No change of territory,Hezbollah,,2,"
                + "Military Forces of Israel,,8,28,Lebanon,Nabatiyeh,Marjaayoun,,Kfar Chouba,33.3330,35.6830,"
                + "1,Ha'aretz,Échange de tirs près de la Ligne bleue,2";
        Path file = dir.resolve("legacy.csv");
        Files.write(file, (row + "\r\n").getBytes(Charset.forName("windows-1252")));
        assertThat(FormatRecognizer.recognise(file)).isEqualTo(ImportFormat.ACLED);
        Incident i = incidents(file).get(0);
        assertThat(i.type()).isEqualTo(IncidentType.ARMED_CLASH);
        assertThat(i.occurredAt()).as("DD/MM/YYYY").isEqualTo(Instant.parse("2006-02-03T00:00:00Z"));
        assertThat(i.description()).startsWith("Échange de tirs près de la Ligne bleue");
        assertThat(i.casualties().best()).isEqualTo(2);
    }

    @Test
    void theSharedLegacyFileWithHeaderMapsItsOneEvent() throws Exception {
        Path file = SharedData.realdata().resolve("acled/acled-to-geojson_ACLEDtestFile_legacy-v5-header.csv");
        Incident i = incidents(file).get(0);
        assertThat(i.type()).isEqualTo(IncidentType.ATTACK);
        assertThat(i.occurredAt()).isEqualTo(Instant.parse("1997-01-02T00:00:00Z"));
        assertThat(i.casualties().best()).isEqualTo(16);
        assertThat(i.severity()).isEqualTo(Severity.HIGH);
        assertThat(i.precisionMetres()).isEqualTo(2_000);
        assertThat(i.location().getX()).isEqualTo(2.8289);
        assertThat(i.description())
                .contains("actor1: GIA: Armed Islamic Group", "actor2: Civilians (Algeria)")
                .as("empty columns are left out")
                .doesNotContain("ally_actor_1");
        assertThat(i.id())
                .isEqualTo(ForeignId.of(ImportFormat.ACLED, "x", "1ALG").uuid());
    }

    private static List<Incident> incidents(Path file) throws ImportException {
        return FeatureReaderContractTest.read(FeatureReaders.of(ImportFormat.ACLED), file).stream()
                .map(f -> (Incident) f.feature())
                .toList();
    }
}
