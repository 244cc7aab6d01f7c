package org.paxmap.app.exchange;

import java.util.concurrent.Callable;
import org.paxmap.bundle.trust.TrustException;
import org.paxmap.text.OutsideText;

/**
 * The outcome of background work that may be refused for its input (a {@link TrustException}: wrong file, altered
 * certificate, untrusted root, fingerprint that differs): its value, or the refusal in words for the dialog to show
 * in place — one message where the user is looking, not an alert over it. Any other failure is left to the host's
 * alert. Immutable; made on the I/O thread, read on the FX thread.
 *
 * @param value the work's result, null when refused
 * @param refusal why the input was refused (made visible, {@link OutsideText#visible}), null when done
 */
record Refusable<T>(T value, String refusal) {
    /** Runs {@code work}, turning a refusal of its input into a value. */
    static <T> Refusable<T> of(Callable<T> work) throws Exception {
        try {
            return new Refusable<>(work.call(), null);
        } catch (TrustException e) {
            return new Refusable<>(null, OutsideText.visible(DialogWindow.sentence(e.getMessage())));
        }
    }

    /** Whether the input was refused. */
    boolean refused() {
        return refusal != null;
    }
}
