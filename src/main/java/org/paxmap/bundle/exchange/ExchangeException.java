package org.paxmap.bundle.exchange;

import java.util.Objects;
import org.paxmap.text.OutsideText;

/**
 * An export or import refused as a whole, with the reason in words that name the bundle file or partner and, where
 * there is one, the feature. Nothing was written to the picture. The message passes through {@link
 * OutsideText#visible}, so what it quotes from the bundle cannot carry a control or bidi character.
 */
public final class ExchangeException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why. */
    private final ExchangeRefusal kind;

    /** A refusal of {@code kind} with a message for the user. */
    public ExchangeException(ExchangeRefusal kind, String message) {
        super(OutsideText.visible(message));
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** Why the exchange was refused. */
    public ExchangeRefusal kind() {
        return kind;
    }
}
