package org.paxmap.brief.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.brief.Briefing;
import org.paxmap.brief.Marking;
import org.paxmap.brief.MarkingLevel;
import org.paxmap.model.EventType;
import org.paxmap.render.LegendEntry;
import org.paxmap.render.SlideLayout;
import org.paxmap.render.output.ExportProgress;
import org.paxmap.render.output.PaperSize;
import org.paxmap.store.PictureStore;

/**
 * The acceptance case end to end, on a real picture, real files and the bundled base map: a slide over a NATO
 * SECRET (REL TO FRA, DEU), an exercise (REL TO ALL) and an unmarked incident and zone, exported for ITA, for FRA and
 * for local use. What a withheld feature would have drawn — its zone's name, its legend line, its marker — is checked
 * in the files, and the same export for local use shows it, so each check can fail.
 */
class BriefingForAnAudienceTest {
    static final int WIDTH = 1600;
    static final int HEIGHT = 900;

    @TempDir
    Path dir;

    PictureStore store;
    BriefingExport export;

    @BeforeEach
    void picture() throws Exception {
        Files.createDirectories(dir.resolve("all"));
        store = ThreeLabels.picture(dir.resolve("all/ops.gpkg"), ThreeLabels.Which.ALL);
        export = new BriefingExport(store, ThreeLabels.MAPS, ThreeLabels.PRODUCED);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ComposedSlide composed(Briefing briefing) throws Exception {
        try (SlideComposer composer = SlideComposer.forBriefing(
                store, briefing, null, new BaseMaps(ThreeLabels.MAPS), ThreeLabels.PRODUCED)) {
            return composer.prepare(
                            briefing.slides().get(0),
                            PageSpec.paper(PaperSize.A4_LANDSCAPE, 72).layout(),
                            "1 / 1",
                            "slide 1")
                    .compose();
        }
    }

    private Path pdf(Briefing briefing, String name) throws Exception {
        return export.pdf(briefing, null, PaperSize.A4_LANDSCAPE, dir.resolve(name), ExportProgress.NONE);
    }

    private BufferedImage png(PictureStore picture, Briefing briefing, String name) throws Exception {
        Path out = new BriefingExport(picture, ThreeLabels.MAPS, ThreeLabels.PRODUCED)
                .png(briefing, 1, null, null, PageSpec.pixels(WIDTH, HEIGHT), dir.resolve(name), ExportProgress.NONE);
        return Pages.read(out);
    }

    @Test
    void italySeesOnlyTheExerciseFeaturesAndItsBannerSaysRelToIta() throws Exception {
        Briefing ita = ThreeLabels.briefing(store, "Morning", "ITA");
        Briefing local = ThreeLabels.briefing(store, "Staff", null);

        ComposedSlide forIta = composed(ita);
        assertThat(forIta.marking())
                .isEqualTo(new Marking("EXERCISE — UNCLASSIFIED // REL TO ITA", MarkingLevel.EXERCISE));
        assertThat(forIta.shown()).isEqualTo(2);
        assertThat(forIta.withheld())
                .as("the secret and unmarked incident and zone")
                .isEqualTo(4);
        assertThat(forIta.frame().legend())
                .extracting(LegendEntry::text, LegendEntry::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(EventType.PEACE_OPERATIONS.label(), 1),
                        org.assertj.core.groups.Tuple.tuple("High severity", 1),
                        org.assertj.core.groups.Tuple.tuple("Moderate threat zone", 1));
        assertThat(composed(local).frame().legend())
                .as("for local use the legend counts all three of each")
                .extracting(LegendEntry::text)
                .contains("Critical severity", "Low severity", "Critical threat zone", "Low threat zone");

        String itaText = Pages.text(pdf(ita, "ita.pdf"));
        String localText = Pages.text(pdf(local, "local.pdf"));
        assertThat(itaText)
                .contains("UNCLASSIFIED // REL TO ITA")
                .contains(ThreeLabels.EXERCISE_ZONE)
                .contains("High severity")
                .doesNotContain(ThreeLabels.SECRET_ZONE)
                .doesNotContain(ThreeLabels.UNMARKED_ZONE)
                .doesNotContain("Critical severity")
                .doesNotContain("Low severity")
                .doesNotContain("Critical threat zone")
                .doesNotContain(EventType.BATTLES.label())
                .doesNotContain("SECRET")
                .doesNotContain("LOCAL USE");
        assertThat(localText)
                .as("the same export for local use draws what Italy's withheld")
                .contains(ThreeLabels.SECRET_ZONE, ThreeLabels.UNMARKED_ZONE, ThreeLabels.EXERCISE_ZONE)
                .contains("Critical severity", "Low severity", "Critical threat zone", EventType.BATTLES.label());
    }

    @Test
    void franceSeesTheSecretFeatureUnderANatoSecretBannerForFrance() throws Exception {
        Briefing fra = ThreeLabels.briefing(store, "Morning FRA", "FRA");
        ComposedSlide composed = composed(fra);
        assertThat(composed.marking()).isEqualTo(new Marking("NATO SECRET // REL TO FRA", MarkingLevel.SECRET));
        assertThat(composed.withheld()).as("the unmarked incident and zone").isEqualTo(2);

        String text = Pages.text(pdf(fra, "fra.pdf"));
        assertThat(text)
                .contains("NATO SECRET // REL TO FRA")
                .contains(ThreeLabels.SECRET_ZONE, ThreeLabels.EXERCISE_ZONE)
                .contains("Critical severity", "High severity")
                .doesNotContain(ThreeLabels.UNMARKED_ZONE)
                .doesNotContain("Low severity")
                .doesNotContain("LOCAL USE");
    }

    @Test
    void withoutAnAudienceEverythingIsShownMarkedForLocalUseAndNeverReleasable() throws Exception {
        Briefing local = ThreeLabels.briefing(store, "Staff", null);
        ComposedSlide composed = composed(local);
        assertThat(composed.withheld()).isZero();
        assertThat(composed.shown()).isEqualTo(6);
        assertThat(composed.marking().text())
                .isEqualTo("NATO SECRET + " + Marking.UNKNOWN + " // " + Marking.LOCAL_USE)
                .doesNotContain("REL TO");

        String text = Pages.text(pdf(local, "local.pdf"));
        assertThat(text).contains(composed.marking().text()).doesNotContain("REL TO");
        assertThat(text.split(java.util.regex.Pattern.quote(Marking.LOCAL_USE), -1))
                .as("the marking on the top and the bottom banner")
                .hasSize(3);
    }

    @Test
    void whereAWithheldIncidentWouldBeThePngShowsTheBaseMapAsIfItWereNotInThePicture() throws Exception {
        BufferedImage ita = png(store, ThreeLabels.briefing(store, "Morning", "ITA"), "ita.png");
        BufferedImage local = png(store, ThreeLabels.briefing(store, "Staff", null), "local.png");

        Files.createDirectories(dir.resolve("releasable"));
        Files.createDirectories(dir.resolve("empty"));
        BufferedImage releasableOnly;
        try (PictureStore releasable =
                ThreeLabels.picture(dir.resolve("releasable/ops.gpkg"), ThreeLabels.Which.RELEASABLE_TO_ITA)) {
            releasableOnly = png(releasable, ThreeLabels.briefing(releasable, "Morning", "ITA"), "releasable.png");
        }
        BufferedImage noFeatures;
        try (PictureStore empty = ThreeLabels.picture(dir.resolve("empty/ops.gpkg"), ThreeLabels.Which.NONE)) {
            noFeatures = png(empty, ThreeLabels.briefing(empty, "Morning", "ITA"), "empty.png");
        }

        SlideLayout layout = PageSpec.pixels(WIDTH, HEIGHT).layout();
        double[] secret = ThreeLabels.onPage(layout, ThreeLabels.INCIDENTS[0][0], ThreeLabels.INCIDENTS[0][1]);
        double[] exercise = ThreeLabels.onPage(layout, ThreeLabels.INCIDENTS[1][0], ThreeLabels.INCIDENTS[1][1]);
        double[] unmarked = ThreeLabels.onPage(layout, ThreeLabels.INCIDENTS[2][0], ThreeLabels.INCIDENTS[2][1]);
        assertThat(secret[0]).as("the incidents are apart on the page").isLessThan(exercise[0] - 100);
        assertThat(unmarked[0]).isGreaterThan(exercise[0] + 100);
        for (double[] withheld : List.of(secret, unmarked)) {
            assertThat(Pages.differingAround(local, noFeatures, withheld[0], withheld[1], 4))
                    .as("for local use a marker is drawn at %s", java.util.Arrays.toString(withheld))
                    .isGreaterThan(40);
            assertThat(Pages.differingAround(ita, noFeatures, withheld[0], withheld[1], 12))
                    .as("for ITA the base map alone at %s", java.util.Arrays.toString(withheld))
                    .isZero();
        }
        assertThat(Pages.differingAround(ita, noFeatures, exercise[0], exercise[1], 4))
                .as("the exercise incident is drawn for ITA")
                .isGreaterThan(40);
        assertThat(Pages.differingOutside(ita, releasableOnly, null))
                .as("the ITA page of the whole picture is pixel for pixel that of a picture of the releasable"
                        + " features alone: a withheld feature leaves no trace, not even in the legend")
                .isEmpty();
        assertThat(Pages.differingOutside(local, releasableOnly, null)).isNotEmpty();
    }
}
