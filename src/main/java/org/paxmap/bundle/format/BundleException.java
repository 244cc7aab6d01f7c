package org.paxmap.bundle.format;

import java.util.Objects;
import org.paxmap.text.OutsideText;

/**
 * A bundle refused as a whole. {@link #kind()} says which rule refused it; the message names the bundle file, the
 * entry, feature or field concerned, and the reason, and is meant for the user as it is: it is built through {@link
 * OutsideText#visible}, so the names and values it quotes from the file cannot carry a control or bidi character.
 * Immutable.
 */
public final class BundleException extends Exception {
    private static final long serialVersionUID = 1L;

    private final BundleRefusal kind;
    private final String bundle;
    private final String subject;

    /**
     * A refusal.
     *
     * @param kind the rule
     * @param bundle the bundle's file name
     * @param subject the entry, feature or field concerned, e.g. {@code data/zones.geojson}
     * @param reason what is wrong, in a short phrase
     */
    public BundleException(BundleRefusal kind, String bundle, String subject, String reason) {
        this(kind, bundle, subject, reason, null);
    }

    /** A refusal with a low-level cause kept for logs (never shown to the user). */
    public BundleException(BundleRefusal kind, String bundle, String subject, String reason, Throwable cause) {
        super(OutsideText.visible(bundle + ": " + subject + ": " + reason), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.bundle = bundle;
        this.subject = subject;
    }

    /** The rule that refused the bundle. */
    public BundleRefusal kind() {
        return kind;
    }

    /** The bundle's file name. */
    public String bundle() {
        return bundle;
    }

    /** The entry, feature or field concerned. */
    public String subject() {
        return subject;
    }
}
