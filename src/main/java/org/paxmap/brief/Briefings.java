package org.paxmap.brief;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.paxmap.bundle.trust.PolicyTable;
import org.paxmap.bundle.trust.TrustException;
import org.paxmap.bundle.trust.TrustList;
import org.paxmap.review.PictureFilter;
import org.paxmap.store.BriefingStore;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;
import org.paxmap.store.StoredBriefing;
import org.paxmap.store.StoredSlide;

/**
 * The briefings of one open picture, for the window and the command line: list and load them, resolve their
 * audience, and edit them — every edit one store transaction, remembered in {@link #history()} for undo and redo.
 * Refused input ({@link BriefException}: an unknown briefing or audience, a bad slide state) and store refusals
 * ({@link StoreException}: a name taken, a position out of range) leave the picture and the history unchanged.
 *
 * <p>Not thread-safe: one thread (the window's store thread) owns the service and its history.
 */
public final class Briefings {
    private final PictureStore store;
    private final BriefingStore table;
    private final BriefingHistory history;

    /** The briefings of {@code store}, which the caller keeps open while this is used. */
    public Briefings(PictureStore store) {
        this.store = store;
        this.table = store.briefings();
        this.history = new BriefingHistory(table);
    }

    /** A briefing in a list: its id, name, audience code ({@code null} for local use) and number of slides. */
    public record Summary(UUID id, String name, String audience, int slides) {}

    /** Every briefing, by name. */
    public List<Summary> list() throws StoreException {
        List<Summary> out = new ArrayList<>();
        for (StoredBriefing b : table.list()) {
            out.add(new Summary(b.id(), b.name(), b.audience(), table.slideCount(b.id())));
        }
        return out;
    }

    /** The briefing called {@code name} (ignoring case) with its slides; refused naming the known ones if none is. */
    public Briefing load(String name) throws BriefException, StoreException {
        StoredBriefing b = table.byName(name == null ? "" : name).orElse(null);
        if (b == null) {
            List<String> names = table.list().stream().map(StoredBriefing::name).toList();
            throw new BriefException("no briefing '" + name + "' in " + picture() + "; "
                    + (names.isEmpty() ? "it has none" : "its briefings: " + String.join(", ", names)));
        }
        return load(b);
    }

    /** The briefing with this id with its slides. */
    public Briefing load(UUID id) throws BriefException, StoreException {
        return load(stored(id));
    }

    private Briefing load(StoredBriefing b) throws BriefException, StoreException {
        List<StoredSlide> rows = table.slides(b.id());
        List<Slide> slides = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String where = "briefing '" + b.name() + "' in " + picture() + ", slide " + (i + 1) + " ("
                    + rows.get(i).id() + ")";
            slides.add(SlideJson.read(rows.get(i).id(), rows.get(i).state(), where));
        }
        return new Briefing(b.id(), b.name(), b.audience(), b.author(), b.unit(), slides);
    }

    /** The audience {@code code} names in this picture's release policies and trust list. */
    public Audience audience(String code) throws BriefException, StoreException {
        try {
            return Audience.parse(code, PolicyTable.load(store), new TrustList(store).partners(), picture());
        } catch (TrustException e) {
            throw new BriefException(e.getMessage(), e);
        }
    }

    /**
     * What {@code briefing}'s audience may see. Refused if its audience no longer resolves (a partner removed, a
     * policy edited): nothing is shown to an audience the picture does not know.
     */
    public AudienceFilter filter(Briefing briefing) throws BriefException, StoreException {
        try {
            return filter(briefing.audience());
        } catch (BriefException e) {
            throw new BriefException(
                    "the audience of briefing '" + briefing.name() + "' is unknown: " + e.getMessage(), e);
        }
    }

    /**
     * What the audience {@code code} names may see ({@code null} or blank: local use), for a view shown or exported
     * outside a briefing. Refused, listing what is known, if the picture does not know the code.
     */
    public AudienceFilter filter(String code) throws BriefException, StoreException {
        try {
            PolicyTable policies = PolicyTable.load(store);
            Audience audience = code == null || code.isBlank() ? null : audience(code);
            return AudienceFilter.of(audience, policies, store.nodeId());
        } catch (TrustException e) {
            throw new BriefException(e.getMessage(), e);
        }
    }

    /**
     * The filter {@code slide} shows the picture through: its review filter with its time window resolved against
     * the picture's newest incident (or now, if the picture has none).
     */
    public PictureFilter effectiveFilter(Slide slide) throws StoreException {
        return slide.effectiveFilter(table.newestIncident().orElseGet(Instant::now));
    }

    /** The undo and redo history of the edits made through this service. */
    public BriefingHistory history() {
        return history;
    }

    /**
     * Creates an empty briefing.
     *
     * @param audience the audience code, checked against the picture; {@code null} or blank for local use
     */
    public Briefing create(String name, String audience, String author, String unit)
            throws BriefException, StoreException {
        String code = audience == null || audience.isBlank()
                ? null
                : audience(audience).code();
        Instant now = Instant.now();
        StoredBriefing b = new StoredBriefing(
                UUID.randomUUID(), name == null ? "" : name.strip(), code, text(author), text(unit), now, now);
        perform("Create briefing '" + b.name() + "'", b.id(), s -> s.create(b, List.of()), s -> s.delete(b.id()));
        return load(b.id());
    }

    /** Renames a briefing. */
    public void rename(UUID briefing, String name) throws BriefException, StoreException {
        String old = stored(briefing).name();
        perform("Rename briefing '" + old + "'", briefing, s -> s.rename(briefing, name), s -> s.rename(briefing, old));
    }

    /** Sets a briefing's audience, checked against the picture; {@code null} or blank for local use. */
    public void setAudience(UUID briefing, String audience) throws BriefException, StoreException {
        StoredBriefing b = stored(briefing);
        String code = audience == null || audience.isBlank()
                ? null
                : audience(audience).code();
        perform(
                "Set the audience of '" + b.name() + "'",
                briefing,
                s -> s.setAudience(briefing, code),
                s -> s.setAudience(briefing, b.audience()));
    }

    /** Deletes a briefing and its slides (undo brings both back). */
    public void delete(UUID briefing) throws BriefException, StoreException {
        StoredBriefing b = stored(briefing);
        List<StoredSlide> slides = table.slides(briefing);
        perform("Delete briefing '" + b.name() + "'", briefing, s -> s.delete(briefing), s -> s.create(b, slides));
    }

    /** Adds {@code slide} at {@code position} (0 … the number of slides). */
    public void addSlide(UUID briefing, int position, Slide slide) throws BriefException, StoreException {
        StoredSlide row = new StoredSlide(slide.id(), SlideJson.write(slide));
        perform(
                "Add slide '" + slide.title() + "' to '" + stored(briefing).name() + "'",
                briefing,
                s -> s.insertSlide(briefing, position, row),
                s -> s.deleteSlide(briefing, slide.id()));
    }

    /** Replaces a slide by its changed version (same id), keeping its place. */
    public void updateSlide(UUID briefing, Slide slide) throws BriefException, StoreException {
        Slide old = slide(briefing, slide.id());
        StoredSlide before = new StoredSlide(old.id(), SlideJson.write(old));
        StoredSlide after = new StoredSlide(slide.id(), SlideJson.write(slide));
        perform(
                "Change slide '" + old.title() + "'",
                briefing,
                s -> s.replaceSlide(briefing, after),
                s -> s.replaceSlide(briefing, before));
    }

    /** Adds a copy of a slide, under a new id, right after it; returns the copy. */
    public Slide duplicateSlide(UUID briefing, UUID slide) throws BriefException, StoreException {
        Briefing b = load(briefing);
        Slide copy = slide(b, slide).withId(UUID.randomUUID());
        addSlide(briefing, b.indexOf(slide) + 1, copy);
        return copy;
    }

    /** Moves a slide to {@code position} (0 … the number of slides − 1). */
    public void moveSlide(UUID briefing, UUID slide, int position) throws BriefException, StoreException {
        Briefing b = load(briefing);
        int from = b.indexOf(slide);
        perform(
                "Move slide '" + slide(b, slide).title() + "'",
                briefing,
                s -> s.moveSlide(briefing, slide, position),
                s -> s.moveSlide(briefing, slide, from));
    }

    /** Deletes a slide (undo puts it back in its place). */
    public void deleteSlide(UUID briefing, UUID slide) throws BriefException, StoreException {
        Briefing b = load(briefing);
        Slide old = slide(b, slide);
        int at = b.indexOf(slide);
        StoredSlide row = new StoredSlide(slide, SlideJson.write(old));
        perform(
                "Delete slide '" + old.title() + "'",
                briefing,
                s -> s.deleteSlide(briefing, slide),
                s -> s.insertSlide(briefing, at, row));
    }

    private void perform(String description, UUID briefing, BriefingEdit.Step forward, BriefingEdit.Step back)
            throws StoreException {
        history.perform(new BriefingEdit(description, briefing, forward, back));
    }

    private StoredBriefing stored(UUID id) throws BriefException, StoreException {
        return table.byId(id).orElseThrow(() -> new BriefException("no briefing " + id + " in " + picture()));
    }

    private Slide slide(UUID briefing, UUID slide) throws BriefException, StoreException {
        return slide(load(briefing), slide);
    }

    private Slide slide(Briefing b, UUID slide) throws BriefException {
        return b.slide(slide)
                .orElseThrow(() ->
                        new BriefException("briefing '" + b.name() + "' in " + picture() + " has no slide " + slide));
    }

    private String picture() {
        return store.file().getFileName().toString();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
