package org.paxmap.app;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.PictureStore;
import org.paxmap.store.PictureSummary;
import org.paxmap.store.StoreException;

/**
 * An open picture and what the window shows about it, read off the FX thread. Immutable, but the store it holds is
 * open: the window owns it and closes it when another picture replaces it or the window closes.
 *
 * @param store the open store
 * @param summary counts, extent and time span
 * @param labels the distinct labels of the picture's live features, ordered by display form
 * @param conflicts the ids of the features in conflict with a partner's version
 * @param keyNotice what to tell the user once about the node key an older picture held and that was moved to the
 *     key store on this load, or null
 */
record LoadedPicture(
        PictureStore store,
        PictureSummary summary,
        List<ReleaseLabel> labels,
        java.util.Set<java.util.UUID> conflicts,
        String keyNotice) {

    /** Copies the collections. */
    LoadedPicture {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(summary, "summary");
        labels = List.copyOf(labels);
        conflicts = java.util.Set.copyOf(conflicts);
    }

    /**
     * Reads the summary and labels of {@code store}, first moving a node key an older picture holds to the user's key
     * store. Blocking store I/O: never on the FX thread.
     */
    static LoadedPicture read(PictureStore store) throws StoreException {
        Set<ReleaseLabel> labels = new TreeSet<>(Comparator.comparing(LoadedPicture::bannerForm)
                .thenComparing(ReleaseLabel::policy)
                .thenComparing(ReleaseLabel::originator));
        labels.addAll(store.labels());
        java.util.Set<java.util.UUID> conflicts = new java.util.HashSet<>();
        store.conflicts().forEach(c -> conflicts.add(c.aside().id()));
        store.proposals().open().forEach(p -> conflicts.add(p.proposed().id())); // flagged alike: a person decides
        String keyNotice;
        try {
            keyNotice = org.paxmap.bundle.trust.LocalIdentity.moveOutOfPicture(store)
                    .orElse(null);
        } catch (org.paxmap.bundle.trust.TrustException e) {
            keyNotice = "The node key kept inside this picture could not be moved to your key store: " + e.getMessage();
        }
        return new LoadedPicture(store, store.summary(), List.copyOf(labels), conflicts, keyNotice);
    }

    /** The window title: the picture's title, or its file name when it has none. */
    String title() {
        String title = summary.title();
        return title == null || title.isBlank() ? summary.file().getFileName().toString() : title;
    }

    /**
     * The banner text: the one label's display form (prefixed {@code EXERCISE —} for exercise labels), every distinct
     * form joined when labels differ, or a notice that the picture is empty.
     */
    String bannerText() {
        if (labels.isEmpty()) {
            return "EMPTY PICTURE — NO LABELLED CONTENT";
        }
        return String.join(
                "  |  ",
                labels.stream().map(LoadedPicture::bannerForm).distinct().toList());
    }

    /** Whether every label is an exercise label. */
    boolean exerciseOnly() {
        return !labels.isEmpty() && labels.stream().allMatch(l -> "EXERCISE".equals(l.policy()));
    }

    private static String bannerForm(ReleaseLabel label) {
        String form = label.displayForm();
        return "EXERCISE".equals(label.policy()) && !form.startsWith("EXERCISE") ? "EXERCISE — " + form : form;
    }
}
