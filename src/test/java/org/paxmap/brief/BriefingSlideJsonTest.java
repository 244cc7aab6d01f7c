package org.paxmap.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.paxmap.model.IncidentType;
import org.paxmap.model.Layer;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.Severity;
import org.paxmap.review.PictureFilter;

/** A slide's state survives its JSON form exactly; bad JSON is refused naming the briefing, slide and field. */
class BriefingSlideJsonTest {
    static final String WHERE = "briefing 'Morning' in ops.gpkg, slide 2 (id)";

    static Slide full() {
        PictureFilter filter = PictureFilter.all()
                .withTypes(Set.of(IncidentType.IED_UXO_FIND, IncidentType.PEACEFUL_PROTEST))
                .withSeverities(Set.of(Severity.HIGH, Severity.CRITICAL))
                .withGrades(Set.of('A', 'B'), Set.of(1, 2))
                .withLabels(Set.of(
                        ReleaseLabel.exercise("FRA"),
                        new ReleaseLabel("NATO", "NATO SECRET", List.of("FRA", "DEU"), List.of("ORCON"), "FRA")))
                .withText("naqoura wire");
        return new Slide(
                UUID.randomUUID(),
                "Route BLUE",
                "Stress the checkpoint.\nThen the zone.",
                20,
                new SlideView(35.1, 33.05, 35.6, 33.35, 10.25),
                "basemap.mbtiles",
                EnumSet.of(Layer.INCIDENTS, Layer.ZONES),
                filter,
                true,
                TimeWindow.fixed(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-08T00:00:00Z")));
    }

    @Test
    void everyFieldSurvivesTheJsonFormWhichIsCanonical() throws Exception {
        Slide slide = full();
        String json = SlideJson.write(slide);
        assertThat(SlideJson.read(slide.id(), json, WHERE)).isEqualTo(slide);
        assertThat(SlideJson.write(SlideJson.read(slide.id(), json, WHERE))).isEqualTo(json);
        assertThat(json).startsWith("{\"base_map\":\"basemap.mbtiles\",\"filter\":{");
        for (TimeWindow w : List.of(TimeWindow.none(), TimeWindow.lastDays(7))) {
            Slide s = Slide.of("t", slide.view()).withTime(w).withBaseMap(null).withLayers(Set.of());
            assertThat(SlideJson.read(s.id(), SlideJson.write(s), WHERE)).isEqualTo(s);
        }
    }

    @Test
    void aMissingUnknownOrMistypedFieldIsRefusedByName() {
        Slide slide = full();
        String json = SlideJson.write(slide);
        String[][] cases = {
            {"\"grid\":true,", "", "field 'grid' is missing"},
            {"\"grid\":true,", "\"grid\":true,\"colour\":1,", "field 'colour' is an unknown field"},
            {"\"zoom\":10.25", "\"zoom\":\"10\"", "field 'view.zoom' must be a number"},
            {"\"zoom\":10.25", "\"zoom\":99", "the view's zoom 99.0 is outside"},
            {"\"east\":35.6", "\"east\":35.0", "the view's box is empty"},
            {"\"severities\":[", "\"severities\":[\"apocalyptic\",", "'filter.severities'"},
            {"\"reliabilities\":[\"A\"", "\"reliabilities\":[\"G\"", "field 'filter.reliabilities' holds 'G'"},
            {"\"originator\":\"FRA\"", "\"originator\":\"FRA\",\"x\":1", "field 'filter.labels[0].x'"},
            {"\"kind\":\"fixed\"", "\"kind\":\"weekly\"", "field 'time.kind' is 'weekly'"},
            {"\"kind\":\"fixed\"", "\"kind\":\"none\"", "a fixed window has both"},
            {"paxmap-slide/1", "paxmap-slide/9", "field 'format' is 'paxmap-slide/9'"},
            {"\"grid\":true", "\"grid\":true,\"grid\":false", "not valid JSON"}
        };
        for (String[] c : cases) {
            assertThat(json).contains(c[0]);
            assertRefused(json.replace(c[0], c[1]), c[2]);
        }
        assertRefused("[]", "the slide state must be a JSON object");
    }

    private static void assertRefused(String json, String reason) {
        assertThatThrownBy(() -> SlideJson.read(UUID.randomUUID(), json, WHERE))
                .isInstanceOf(BriefException.class)
                .hasMessageStartingWith(WHERE + ": ")
                .hasMessageContaining(reason);
    }

    @Test
    void aRelativeWindowEndsWithTheDayOfTheNewestIncident() {
        TimeWindow.Period week = TimeWindow.lastDays(7).resolve(Instant.parse("2026-11-24T15:30:00Z"));
        assertThat(week.from()).isEqualTo(Instant.parse("2026-11-18T00:00:00Z"));
        assertThat(week.to()).isEqualTo(Instant.parse("2026-11-25T00:00:00Z"));
        Slide slide = Slide.of("t", full().view()).withTime(TimeWindow.lastDays(1));
        PictureFilter effective = slide.effectiveFilter(Instant.parse("2026-11-24T00:00:00Z"));
        assertThat(effective.from()).isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
        assertThat(effective.to()).isEqualTo(Instant.parse("2026-11-25T00:00:00Z"));
        assertThat(TimeWindow.none().resolve(null)).isEqualTo(new TimeWindow.Period(null, null));
        assertThat(full().withFilter(PictureFilter.all().withTime(Instant.EPOCH, null))
                        .filter()
                        .from())
                .as("the slide's window, not the filter's, is the slide's time")
                .isNull();
        assertThatThrownBy(() -> TimeWindow.lastDays(0)).hasMessageContaining("1 to 3660 days");
    }
}
