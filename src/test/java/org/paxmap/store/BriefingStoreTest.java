package org.paxmap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The briefing tables keep briefings and ordered slides; every refusal names the reason and leaves them unchanged. */
class BriefingStoreTest {
    static final Instant T = Instant.parse("2026-11-24T09:30:00Z");

    @TempDir
    Path dir;

    PictureStore store;
    BriefingStore briefings;

    @BeforeEach
    void open() throws Exception {
        store = PictureStore.create(dir.resolve("ops.gpkg"), "FRA-HQ");
        briefings = store.briefings();
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    static StoredBriefing briefing(String name) {
        return new StoredBriefing(UUID.randomUUID(), name, "ITA", "Capt. Moreau", "1 BDE", T, T);
    }

    static StoredSlide slide(String state) {
        return new StoredSlide(UUID.randomUUID(), state);
    }

    private List<String> states(UUID briefing) throws StoreException {
        return briefings.slides(briefing).stream().map(StoredSlide::state).toList();
    }

    @Test
    void briefingsAndTheirSlidesAreKeptInOrderAndSurviveReopening() throws Exception {
        assertThat(store.schemaVersion()).isGreaterThanOrEqualTo(BriefingTables.VERSION);
        StoredBriefing morning = briefing("Morning brief");
        briefings.create(morning, List.of(slide("a"), slide("b")));
        StoredSlide c = slide("c");
        briefings.insertSlide(morning.id(), 1, c);
        assertThat(states(morning.id())).containsExactly("a", "c", "b");
        briefings.moveSlide(morning.id(), c.id(), 2);
        assertThat(states(morning.id())).containsExactly("a", "b", "c");
        briefings.moveSlide(morning.id(), c.id(), 0);
        assertThat(states(morning.id())).containsExactly("c", "a", "b");
        briefings.replaceSlide(morning.id(), new StoredSlide(c.id(), "c2"));
        briefings.deleteSlide(
                morning.id(), briefings.slides(morning.id()).get(1).id());
        assertThat(states(morning.id())).containsExactly("c2", "b");
        briefings.rename(morning.id(), "Dawn brief");
        briefings.setAudience(morning.id(), " ");
        briefings.create(briefing("After-action"), List.of());

        store.close();
        store = PictureStore.open(dir.resolve("ops.gpkg"));
        briefings = store.briefings();
        assertThat(briefings.list()).extracting(StoredBriefing::name).containsExactly("After-action", "Dawn brief");
        StoredBriefing dawn = briefings.byName("dawn BRIEF").orElseThrow();
        assertThat(dawn.audience()).isNull();
        assertThat(dawn.modifiedAt()).isAfter(T);
        assertThat(states(dawn.id())).containsExactly("c2", "b");
        assertThat(briefings.slideCount(dawn.id())).isEqualTo(2);

        briefings.delete(dawn.id());
        assertThat(briefings.byId(dawn.id())).isEmpty();
        assertThat(briefings.slides(dawn.id()))
                .as("slides go with their briefing")
                .isEmpty();
    }

    @Test
    void refusedWritesNameTheReasonAndChangeNothing() throws Exception {
        StoredBriefing morning = briefing("Morning brief");
        StoredSlide a = slide("a");
        briefings.create(morning, List.of(a));
        StoredBriefing other = briefing("Other");
        briefings.create(other, List.of(slide("x")));

        assertThatThrownBy(() -> briefings.create(briefing("MORNING BRIEF"), List.of()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("Cannot create briefing 'MORNING BRIEF' in ")
                .hasMessageContaining("ops.gpkg: a briefing called 'Morning brief' already exists.");
        assertThatThrownBy(() -> briefings.rename(other.id(), "morning brief"))
                .hasMessageContaining("a briefing called 'Morning brief' already exists");
        assertThatThrownBy(() -> briefings.rename(other.id(), "  ")).hasMessageContaining("needs a name");
        assertThatThrownBy(() -> briefings.insertSlide(morning.id(), 3, slide("z")))
                .hasMessageContaining("position 4 is outside briefing 'Morning brief' (1 to 2)");
        assertThatThrownBy(() -> briefings.deleteSlide(other.id(), a.id()))
                .hasMessageContaining("briefing 'Other' has no such slide");
        assertThatThrownBy(() -> briefings.moveSlide(morning.id(), a.id(), 1))
                .hasMessageContaining("position 2 is outside briefing 'Morning brief' (1 to 1)");
        assertThatThrownBy(() -> briefings.delete(UUID.randomUUID())).hasMessageContaining("no such briefing");
        assertThatThrownBy(() -> briefings.insertSlide(other.id(), 0, a))
                .as("a slide id is unique in the picture")
                .isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> briefings.create(briefing("Third"), List.of(slide("t"), a)))
                .isInstanceOf(StoreException.class);

        assertThat(briefings.list()).extracting(StoredBriefing::name).containsExactly("Morning brief", "Other");
        assertThat(states(morning.id())).containsExactly("a");
        assertThat(states(other.id())).containsExactly("x");
    }
}
