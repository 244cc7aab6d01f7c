package org.paxmap.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The briefings kept in one picture (schema version 6): each an ordered list of slides. Every write is one
 * transaction of the picture's store and changes the briefing's modification time; a refused write (a name already
 * taken, a briefing or slide that does not exist, a position out of range) throws a {@link StoreException} naming
 * the picture, the briefing and the reason, and leaves the file unchanged.
 *
 * <p>Thread-safe, as the store is: writes are serialised by the store's write lock, reads see the last committed
 * state. Obtain it from {@link PictureStore#briefings()}.
 */
public final class BriefingStore {
    private final PictureStore store;

    BriefingStore(PictureStore store) {
        this.store = store;
    }

    /** Every briefing, by name. */
    public List<StoredBriefing> list() throws StoreException {
        return store.inRead(BriefingTables::list, "Cannot read the briefings of " + store.file());
    }

    /** The briefing called {@code name} (ignoring case). */
    public Optional<StoredBriefing> byName(String name) throws StoreException {
        return store.inRead(c -> BriefingTables.byName(c, name), "Cannot read briefing '" + name + "'" + in());
    }

    /** The briefing with this id. */
    public Optional<StoredBriefing> byId(UUID id) throws StoreException {
        return store.inRead(c -> BriefingTables.byId(c, id), "Cannot read briefing " + id + in());
    }

    /** The slides of a briefing, in order (empty if it has none or does not exist). */
    public List<StoredSlide> slides(UUID briefing) throws StoreException {
        return store.inRead(c -> BriefingTables.slides(c, briefing), "Cannot read the slides of " + briefing + in());
    }

    /** How many slides a briefing has. */
    public int slideCount(UUID briefing) throws StoreException {
        return store.inRead(c -> BriefingTables.slideCount(c, briefing), "Cannot count the slides" + in());
    }

    /** The time of the picture's newest live incident, which a slide's relative time window counts back from. */
    public Optional<Instant> newestIncident() throws StoreException {
        return store.inRead(BriefingTables::newestIncident, "Cannot read the newest incident" + in());
    }

    /** The time of the picture's oldest live incident, where a playback of the whole picture starts. */
    public Optional<Instant> oldestIncident() throws StoreException {
        return store.inRead(BriefingTables::oldestIncident, "Cannot read the oldest incident" + in());
    }

    /**
     * Adds a briefing with these slides, in this order (a new briefing has none; undoing a deletion restores them).
     *
     * @throws StoreException if the name is blank or taken, or the id or a slide id is in use
     */
    public void create(StoredBriefing briefing, List<StoredSlide> slides) throws StoreException {
        String what = "Cannot create briefing '" + briefing.name() + "'" + in();
        if (briefing.name().isBlank()) {
            throw new StoreException(what + ": a briefing needs a name.");
        }
        write(what, c -> {
            nameFree(c, briefing.name(), null);
            BriefingTables.insert(c, briefing);
            for (int i = 0; i < slides.size(); i++) {
                BriefingTables.insertSlide(c, briefing.id(), i, slides.get(i));
            }
        });
    }

    /** Renames a briefing; refused if the name is blank or another briefing has it (ignoring case). */
    public void rename(UUID briefing, String name) throws StoreException {
        String what = "Cannot rename briefing " + briefing + " to '" + name + "'" + in();
        if (name == null || name.isBlank()) {
            throw new StoreException(what + ": a briefing needs a name.");
        }
        write(what, c -> {
            existing(c, briefing);
            nameFree(c, name, briefing);
            BriefingTables.update(c, briefing, "name", name.strip(), store.now());
        });
    }

    /** Sets a briefing's audience code, {@code null} for local use. */
    public void setAudience(UUID briefing, String audience) throws StoreException {
        String code = audience == null || audience.isBlank() ? null : audience.strip();
        write("Cannot set the audience of briefing " + briefing + in(), c -> {
            existing(c, briefing);
            BriefingTables.update(c, briefing, "audience", code, store.now());
        });
    }

    /** Deletes a briefing and its slides. */
    public void delete(UUID briefing) throws StoreException {
        write("Cannot delete briefing " + briefing + in(), c -> {
            existing(c, briefing);
            BriefingTables.delete(c, briefing);
        });
    }

    /** Inserts a slide at {@code position} (0 … the number of slides); later slides move down one. */
    public void insertSlide(UUID briefing, int position, StoredSlide slide) throws StoreException {
        write("Cannot add slide " + slide.id() + in(), c -> {
            String name = existing(c, briefing).name();
            List<UUID> order = order(c, briefing);
            inRange(position, order.size(), name);
            BriefingTables.insertSlide(c, briefing, order.size(), slide);
            order.add(position, slide.id());
            BriefingTables.renumber(c, briefing, order);
            touch(c, briefing);
        });
    }

    /** Replaces the state of a slide of {@code briefing}, keeping its place. */
    public void replaceSlide(UUID briefing, StoredSlide slide) throws StoreException {
        write("Cannot change slide " + slide.id() + in(), c -> {
            slideOf(c, briefing, slide.id());
            BriefingTables.updateSlide(c, slide);
            touch(c, briefing);
        });
    }

    /** Deletes a slide of {@code briefing}; later slides move up one. */
    public void deleteSlide(UUID briefing, UUID slide) throws StoreException {
        write("Cannot delete slide " + slide + in(), c -> {
            slideOf(c, briefing, slide);
            BriefingTables.deleteSlide(c, slide);
            BriefingTables.renumber(c, briefing, order(c, briefing));
            touch(c, briefing);
        });
    }

    /** Moves a slide of {@code briefing} to {@code position} (0 … the number of slides − 1). */
    public void moveSlide(UUID briefing, UUID slide, int position) throws StoreException {
        write("Cannot move slide " + slide + in(), c -> {
            String name = slideOf(c, briefing, slide).name();
            List<UUID> order = order(c, briefing);
            order.remove(slide);
            inRange(position, order.size(), name);
            order.add(position, slide);
            BriefingTables.renumber(c, briefing, order);
            touch(c, briefing);
        });
    }

    private String in() {
        return " in " + store.file();
    }

    private void write(String what, Work work) throws StoreException {
        try {
            store.inWrite(
                    c -> {
                        work.run(c);
                        return null;
                    },
                    what);
        } catch (Refused e) {
            throw new StoreException(what + ": " + e.getMessage() + ".");
        }
    }

    private static StoredBriefing existing(StatementCache c, UUID briefing) throws SQLException {
        return BriefingTables.byId(c, briefing).orElseThrow(() -> new Refused("there is no such briefing"));
    }

    private static StoredBriefing slideOf(StatementCache c, UUID briefing, UUID slide) throws SQLException {
        StoredBriefing b = existing(c, briefing);
        if (!BriefingTables.briefingOf(c, slide).map(briefing::equals).orElse(false)) {
            throw new Refused("briefing '" + b.name() + "' has no such slide");
        }
        return b;
    }

    private static void nameFree(StatementCache c, String name, UUID self) throws SQLException {
        Optional<StoredBriefing> holder = BriefingTables.byName(c, name);
        if (holder.isPresent() && !holder.get().id().equals(self)) {
            throw new Refused("a briefing called '" + holder.get().name() + "' already exists");
        }
    }

    private static void inRange(int position, int max, String briefing) {
        if (position < 0 || position > max) {
            throw new Refused(
                    "position " + (position + 1) + " is outside briefing '" + briefing + "' (1 to " + (max + 1) + ")");
        }
    }

    private static List<UUID> order(StatementCache c, UUID briefing) throws SQLException {
        List<UUID> order = new ArrayList<>();
        BriefingTables.slides(c, briefing).forEach(s -> order.add(s.id()));
        return order;
    }

    private void touch(StatementCache c, UUID briefing) throws SQLException {
        BriefingTables.touch(c, briefing, store.now());
    }

    @FunctionalInterface
    private interface Work {
        void run(StatementCache c) throws SQLException;
    }

    /** A refused write, carried out of the transaction so that it rolls back. */
    private static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }
}
