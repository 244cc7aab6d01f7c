package org.paxmap.interop;

/**
 * Where a {@link FeatureReader} puts what it reads, in file order, on the reading thread. What it received is
 * provisional until the read returns: a refusal later in the file still undoes the whole import.
 */
public interface ImportSink {
    /** A thing that becomes a picture feature. */
    void feature(ForeignFeature feature) throws ImportException;

    /**
     * A thing left out on purpose, and why, e.g. {@code ("KML ScreenOverlay", "an image fixed to the screen, not a
     * place")}. The preview counts identical pairs together, so the kind and reason should not name the item.
     */
    void skip(String kind, String reason);

    /** A change made on the way in that the user should know of (names the file and item). */
    void warn(String warning);
}
