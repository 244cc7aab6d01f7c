package org.paxmap.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.review.PictureFilter;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;
import org.paxmap.testing.PlotFeatures;

/** Every briefing edit is written to a real picture, and undo and redo restore exactly the state before and after. */
class BriefingsTest {
    static final SlideView SOUTH = new SlideView(35.1, 33.05, 35.6, 33.35, 10.5);

    @TempDir
    Path dir;

    PictureStore store;
    Briefings briefings;

    @BeforeEach
    void open() throws Exception {
        store = PictureStore.create(dir.resolve("ops.gpkg"), "FRA-HQ");
        briefings = new Briefings(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> titles(UUID briefing) throws Exception {
        return briefings.load(briefing).slides().stream().map(Slide::title).toList();
    }

    /** Undoes and redoes the last edit, checking the state each time against what it was before and after. */
    private void undoRedo(UUID briefing, Object before, Object after, Snapshot snapshot) throws Exception {
        assertThat(snapshot.take()).isEqualTo(after);
        BriefingEdit undone = briefings.history().undo();
        assertThat(undone.briefingId()).isEqualTo(briefing);
        assertThat(snapshot.take()).as("after undo of " + undone).isEqualTo(before);
        briefings.history().redo();
        assertThat(snapshot.take()).as("after redo of " + undone).isEqualTo(after);
    }

    @FunctionalInterface
    interface Snapshot {
        Object take() throws Exception;
    }

    @Test
    void eachEditIsUndoneAndRedoneOnThePicture() throws Exception {
        Briefing b = briefings.create("Morning brief", "ITA", "Capt. Moreau", "1 BDE");
        UUID id = b.id();
        assertThat(briefings.history().nextUndo().orElseThrow().description())
                .isEqualTo("Create briefing 'Morning brief'");
        undoRedo(id, List.of(), List.of("Morning brief"), () -> briefings.list().stream()
                .map(Briefings.Summary::name)
                .toList());

        Snapshot slides = () -> titles(id);
        Slide first = Slide.of("Overview", SOUTH);
        briefings.addSlide(id, 0, first);
        undoRedo(id, List.of(), List.of("Overview"), slides);
        Slide second = Slide.of("Route BLUE", SOUTH).withHoldSeconds(20);
        briefings.addSlide(id, 1, second);
        Slide copy = briefings.duplicateSlide(id, first.id());
        undoRedo(id, List.of("Overview", "Route BLUE"), List.of("Overview", "Overview", "Route BLUE"), slides);
        assertThat(briefings.load(id).slides().get(1)).isEqualTo(copy);
        assertThat(copy.id()).isNotEqualTo(first.id());

        briefings.moveSlide(id, second.id(), 0);
        undoRedo(
                id,
                List.of("Overview", "Overview", "Route BLUE"),
                List.of("Route BLUE", "Overview", "Overview"),
                slides);

        Snapshot state = () -> briefings.load(id).slide(second.id()).orElseThrow();
        Slide changed = second.withTitle("Route BLUE at dawn").withGrid(true).withTime(TimeWindow.lastDays(7));
        briefings.updateSlide(id, changed);
        undoRedo(id, second, changed, state);

        briefings.deleteSlide(id, copy.id());
        undoRedo(
                id,
                List.of("Route BLUE at dawn", "Overview", "Overview"),
                List.of("Route BLUE at dawn", "Overview"),
                slides);

        Snapshot header = () -> {
            Briefing now = briefings.load(id);
            return now.name() + "|" + now.audience();
        };
        briefings.rename(id, "Dawn brief");
        undoRedo(id, "Morning brief|ITA", "Dawn brief|ITA", header);
        briefings.setAudience(id, "nato");
        undoRedo(id, "Dawn brief|ITA", "Dawn brief|NATO", header);
        briefings.setAudience(id, null);
        undoRedo(id, "Dawn brief|NATO", "Dawn brief|null", header);

        Snapshot whole = () -> briefings.list().isEmpty() ? "none" : briefings.load(id);
        Briefing full = briefings.load(id);
        briefings.delete(id);
        undoRedo(id, full, "none", whole);
        briefings.history().undo();
        assertThat(briefings.load(id))
                .as("a deleted briefing comes back with its slides")
                .isEqualTo(full);
    }

    @Test
    void aRelativeWindowCountsBackFromTheNewestLiveIncident() throws Exception {
        Slide week = Slide.of("Week", SOUTH).withTime(TimeWindow.lastDays(7));
        Instant before = Instant.now();
        assertThat(briefings.effectiveFilter(week).to())
                .as("an empty picture counts back from now")
                .isAfter(before);
        var newest = PlotFeatures.incident("FRA-HQ", "Newest", ReleaseLabel.exercise("FRA"));
        store.saveAll(List.of(newest));
        PictureFilter filter = briefings.effectiveFilter(week);
        assertThat(filter.to()).isEqualTo(Instant.parse("2026-09-02T00:00:00Z"));
        assertThat(filter.from()).isEqualTo(Instant.parse("2026-08-26T00:00:00Z"));
        assertThat(filter.matches(newest)).isTrue();
    }

    @Test
    void aRefusedEditChangesNeitherThePictureNorTheHistory() throws Exception {
        Briefing morning = briefings.create("Morning brief", null, "a", "u");
        Briefing evening = briefings.create("Evening brief", null, "a", "u");
        BriefingEdit last = briefings.history().nextUndo().orElseThrow();
        assertThatThrownBy(() -> briefings.rename(evening.id(), "MORNING BRIEF"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("a briefing called 'Morning brief' already exists");
        assertThatThrownBy(() -> briefings.addSlide(morning.id(), 2, Slide.of("x", SOUTH)))
                .hasMessageContaining("position 3 is outside briefing 'Morning brief' (1 to 1)");
        assertThatThrownBy(() -> briefings.setAudience(morning.id(), "XYZ")).isInstanceOf(BriefException.class);
        assertThatThrownBy(() -> briefings.load("Noon brief"))
                .isInstanceOf(BriefException.class)
                .hasMessage("no briefing 'Noon brief' in ops.gpkg; its briefings: Evening brief, Morning brief");
        assertThat(briefings.history().nextUndo()).contains(last);
        assertThat(briefings.load(morning.id()).slides()).isEmpty();

        briefings.history().undo();
        briefings.create("Evening brief", null, "a", "u");
        assertThat(briefings.history().canRedo())
                .as("a new edit clears the redo")
                .isFalse();
        briefings.history().undo();
        briefings.history().undo();
        assertThat(briefings.list()).isEmpty();
        assertThat(briefings.history().canUndo()).isFalse();
        assertThatThrownBy(() -> briefings.history().undo()).isInstanceOf(IllegalStateException.class);
    }
}
