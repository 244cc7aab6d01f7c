package org.paxmap.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.Layer;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.PictureStore;
import org.paxmap.testing.SharedData;

/**
 * A CoT log — several {@code <event>} roots one after another, each with or without its own XML declaration, no
 * wrapping element — imports every event, exactly as importing the events one file at a time does; a DTD in any of
 * the documents, and a log cut off inside an event, are refused with the picture unchanged.
 */
class ConcatenatedCotTest {
    @TempDir
    Path dir;

    @Test
    void everySharedCotFileWrittenOneAfterAnotherImportsAsTheFilesDoOneByOne() throws Exception {
        List<Path> files;
        try (Stream<Path> listed = Files.list(SharedData.realdata().resolve("cot"))) {
            files = listed.sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(5);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        for (Path f : files) {
            log.write(Files.readAllBytes(f));
            log.write('\n');
        }
        Path logFile = dir.resolve("atak.log.cot");
        Files.write(logFile, log.toByteArray());

        Set<UUID> oneByOne;
        try (PictureStore store = PictureStore.create(dir.resolve("a.gpkg"), "TST-1")) {
            for (Path f : files) {
                ImportPipeline.apply(store, List.of(f), RealDataImportTest.OPTIONS);
            }
            oneByOne = ids(store);
        }
        try (PictureStore store = PictureStore.create(dir.resolve("b.gpkg"), "TST-1")) {
            ImportPreview done = ImportPipeline.apply(store, List.of(logFile), RealDataImportTest.OPTIONS);
            assertThat(done.added().get(Layer.INCIDENTS)).isEqualTo(6);
            assertThat(done.added().get(Layer.ROUTES)).isEqualTo(1);
            assertThat(done.added().get(Layer.ZONES)).isEqualTo(3);
            assertThat(ids(store)).as("the same events as the files one by one").isEqualTo(oneByOne);
            assertThat(store.foreignSource(oneByOne.iterator().next())
                            .orElseThrow()
                            .file())
                    .isEqualTo("atak.log.cot");
        }
    }

    @Test
    void eventsWithoutDeclarationsCommentsBetweenAndMarkupInCdataAreAllRead() throws Exception {
        Path log = dir.resolve("log.cot");
        Files.writeString(
                log,
                "\uFEFF" + event("one", "a-h-G", "<remarks><![CDATA[a </event> in text <event>]]></remarks>")
                        + "\r\n<!-- next one -->\r\n"
                        + "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>"
                        + event("two", "a-f-G", "<contact callsign=\"x > y\"/>")
                        + event("three", "b-m-p-s-m", "")
                        + "\n<!-- end of log -->\n",
                StandardCharsets.UTF_8);
        try (PictureStore store = PictureStore.create(dir.resolve("p.gpkg"), "TST-1")) {
            ImportPipeline.apply(store, List.of(log), RealDataImportTest.OPTIONS);
            List<Incident> incidents = store.incidents(FeatureQuery.all());
            assertThat(incidents).hasSize(3);
            Incident one = (Incident)
                    store.find(ForeignId.of(ImportFormat.COT, "log.cot", "one").uuid())
                            .orElseThrow();
            assertThat(one.description()).contains("a </event> in text <event>");
        }
    }

    @Test
    void aDtdInALaterDocumentOrALogCutOffInsideAnEventIsRefusedAndWritesNothing() throws Exception {
        Path hostile = dir.resolve("hostile.cot");
        Files.writeString(
                hostile,
                event("one", "a-h-G", "") + "\n<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'>"
                        + "<!ENTITY lol2 '&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;'>]>"
                        + event("two", "a-h-G", "<remarks>&lol2;</remarks>"),
                StandardCharsets.UTF_8);
        Path cut = dir.resolve("cut.cot");
        String second = event("two", "a-h-G", "");
        Files.writeString(
                cut,
                event("one", "a-h-G", "") + "\n" + second.substring(0, second.length() / 2),
                StandardCharsets.UTF_8);
        Path picture = dir.resolve("p.gpkg");
        PictureStore.create(picture, "TST-1").close();
        String before = PictureChecksum.of(picture);
        try (PictureStore store = PictureStore.open(picture)) {
            assertThatThrownBy(() -> ImportPipeline.apply(store, List.of(hostile), RealDataImportTest.OPTIONS))
                    .isInstanceOf(ImportException.class)
                    .hasMessageStartingWith("hostile.cot, root element 2")
                    .hasMessageContaining("DOCTYPE");
            assertThatThrownBy(() -> ImportPipeline.apply(store, List.of(cut), RealDataImportTest.OPTIONS))
                    .isInstanceOf(ImportException.class)
                    .hasMessageStartingWith("cut.cot, root element 2");
        }
        assertThat(PictureChecksum.of(picture)).isEqualTo(before);
    }

    private static String event(String uid, String type, String detail) {
        return "<event version='2.0' uid='" + uid + "' type='" + type + "' time='2024-01-05T10:00:00Z'"
                + " start='2024-01-05T10:00:00Z' stale='2024-01-06T10:00:00Z' how='h-e'>"
                + "<point lat='33.27' lon='35.20' hae='0' ce='10' le='10'/><detail>" + detail + "</detail></event>";
    }

    private static Set<UUID> ids(PictureStore store) throws Exception {
        return store.query(FeatureQuery.all()).stream().map(Feature::id).collect(Collectors.toSet());
    }
}
