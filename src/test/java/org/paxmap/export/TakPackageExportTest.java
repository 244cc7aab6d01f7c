package org.paxmap.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.Layer;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.PictureStore;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The TAK data package as ATAK expects it: {@code MANIFEST/manifest.xml} in the MissionPackageManifest version 2 shape
 * (Configuration with the package uid and name; Contents listing every entry with its zipEntry and uid, nothing
 * listed that is not there, nothing there that is not listed), one CoT event per entry: incidents as spot markers,
 * the route as {@code b-m-r} with one {@code b-m-p-w} link per waypoint, zones as {@code u-d-c-c} and {@code u-d-f}.
 * (Paxmap's own TakPackageReader re-reads it in {@code ExportRoundTripTest}.) More events than one package holds are
 * split into packages {@code name-1.zip}, {@code name-2.zip}, each its own import.
 */
@Tag("slow")
class TakPackageExportTest {
    @TempDir
    Path dir;

    @Test
    void theManifestHasTheVersion2ShapeAndListsEveryEvent() throws Exception {
        Path picture = dir.resolve("ops.gpkg");
        ExportPicture.create(picture);
        Path out = dir.resolve("pkg.zip");
        try (PictureStore store = PictureStore.open(picture)) {
            FeatureExport.toFile(
                    store, FeatureQuery.all(), ExportFormat.TAKPKG, ExportPicture.filter(store, null), out);
        }
        try (ZipFile zip = new ZipFile(out.toFile())) {
            Element manifest = parse(zip, "MANIFEST/manifest.xml");
            assertThat(manifest.getTagName()).isEqualTo("MissionPackageManifest");
            assertThat(manifest.getAttribute("version")).isEqualTo("2");
            Element config = only(manifest, "Configuration");
            List<String> parameters = new ArrayList<>();
            NodeList ps = config.getElementsByTagName("Parameter");
            for (int i = 0; i < ps.getLength(); i++) {
                parameters.add(((Element) ps.item(i)).getAttribute("name"));
                assertThat(((Element) ps.item(i)).getAttribute("value")).isNotBlank();
            }
            assertThat(parameters).containsExactly("uid", "name");
            NodeList contents = only(manifest, "Contents").getElementsByTagName("Content");
            Set<String> listed = new HashSet<>();
            List<String> types = new ArrayList<>();
            for (int i = 0; i < contents.getLength(); i++) {
                Element c = (Element) contents.item(i);
                assertThat(c.getAttribute("ignore")).isEqualTo("false");
                String entry = c.getAttribute("zipEntry");
                listed.add(entry);
                Element uid = only(c, "Parameter");
                assertThat(uid.getAttribute("name")).isEqualTo("uid");
                Element event = parse(zip, entry);
                assertThat(event.getAttribute("uid")).isEqualTo(uid.getAttribute("value"));
                assertThat(event.getAttribute("access")).startsWith("NATO: NATO");
                types.add(event.getAttribute("type"));
                if (event.getAttribute("type").equals("b-m-r")) {
                    NodeList links = event.getElementsByTagName("link");
                    assertThat(links.getLength()).isEqualTo(3);
                    assertThat(((Element) links.item(0)).getAttribute("type")).isEqualTo("b-m-p-w");
                }
            }
            assertThat(types).containsExactlyInAnyOrder("b-m-p-s-m", "b-m-p-s-m", "b-m-r", "u-d-c-c", "u-d-f");
            Set<String> present = new HashSet<>();
            zip.stream()
                    .map(ZipEntry::getName)
                    .filter(n -> !n.startsWith("MANIFEST/"))
                    .forEach(present::add);
            assertThat(present).isEqualTo(listed);
        }
    }

    @Test
    void moreEventsThanOnePackageHoldsAreSplitIntoPackagesThatEachImportOnTheirOwn() throws Exception {
        Path picture = dir.resolve("big.gpkg");
        int count = TakPackageWriter.MAX_EVENTS + 1;
        Incident model = (Incident) ExportPicture.features().get(0);
        List<Feature> incidents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            incidents.add(new Incident(
                    UUID.randomUUID(),
                    model.location(),
                    model.precisionMetres(),
                    model.occurredAt(),
                    model.timePrecision(),
                    model.type(),
                    model.severity(),
                    "Sighting " + i,
                    model.description(),
                    model.casualties(),
                    model.source(),
                    model.grade(),
                    model.label(),
                    model.sync()));
        }
        Path out = dir.resolve("sector.zip");
        ExportReport report;
        Path first = dir.resolve("sector-1.zip");
        Path second = dir.resolve("sector-2.zip");
        try (PictureStore store = PictureStore.create(picture, ExportPicture.NODE)) {
            store.saveAll(incidents);
            java.nio.file.Files.writeString(second, "a file the user did not choose");
            assertThatThrownBy(() -> FeatureExport.toFile(
                            store, FeatureQuery.all(), ExportFormat.TAKPKG, ExportPicture.filter(store, null), out))
                    .isInstanceOf(ExportException.class)
                    .hasMessageContaining(second + " exists")
                    .hasMessageEndingWith("Nothing was written");
            assertThat(second).hasContent("a file the user did not choose");
            assertThat(first).doesNotExist();
            try (var files = java.nio.file.Files.list(dir)) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
            }
            java.nio.file.Files.delete(second);
            report = FeatureExport.toFile(
                    store, FeatureQuery.all(), ExportFormat.TAKPKG, ExportPicture.filter(store, null), out);
        }
        assertThat(report.files()).containsExactly(first, second);
        assertThat(out).as("no single package under the asked name").doesNotExist();
        assertThat(String.join("\n", report.lines()))
                .contains("exported " + count + " incidents to 2 packages, " + first + ", " + second)
                .contains("split in 2 packages: one holds at most 9000 events");
        List<String> uids = new ArrayList<>();
        int[] sizes = new int[2];
        for (int p = 0; p < 2; p++) {
            try (ZipFile zip = new ZipFile(report.files().get(p).toFile())) {
                Element manifest = parse(zip, "MANIFEST/manifest.xml");
                NodeList parameters = only(manifest, "Configuration").getElementsByTagName("Parameter");
                uids.add(((Element) parameters.item(0)).getAttribute("value"));
                assertThat(((Element) parameters.item(1)).getAttribute("value")).endsWith(", part " + (p + 1));
                sizes[p] = only(manifest, "Contents")
                        .getElementsByTagName("Content")
                        .getLength();
                assertThat(zip.size()).isEqualTo(sizes[p] + 1);
            }
        }
        assertThat(sizes).containsExactly(TakPackageWriter.MAX_EVENTS, 1);
        assertThat(uids.get(0)).isNotEqualTo(uids.get(1));
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
        try (PictureStore store = PictureStore.create(dir.resolve("back.gpkg"), "TST-1")) {
            org.paxmap.interop.ImportPreview back =
                    org.paxmap.interop.ImportPipeline.apply(store, report.files(), ExportRoundTripTest.OPTIONS);
            assertThat(back.added().get(Layer.INCIDENTS)).isEqualTo(count);
        }
    }

    private static Element parse(ZipFile zip, String entry) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        ZipEntry e = zip.getEntry(entry);
        assertThat(e).as(entry).isNotNull();
        try (InputStream in = zip.getInputStream(e)) {
            Document d = f.newDocumentBuilder().parse(in);
            return d.getDocumentElement();
        }
    }

    private static Element only(Element parent, String name) {
        NodeList list = parent.getElementsByTagName(name);
        assertThat(list.getLength()).as(name).isEqualTo(1);
        return (Element) list.item(0);
    }
}
