package org.paxmap.bundle.trust;

import java.nio.CharBuffer;
import java.text.Normalizer;

/**
 * Passphrases as key derivation sees them: Unicode Normalization Form C, so that a passphrase typed on another
 * keyboard, system or input method (a precomposed "é" or "e" followed by a combining acute accent) derives the same
 * key. Stateless and thread-safe.
 */
public final class Passphrases {
    private Passphrases() {}

    /**
     * {@code passphrase} in NFC, as a new array the caller clears after use. The input is left as it is.
     *
     * @throws NullPointerException if {@code passphrase} is null
     */
    public static char[] nfc(char[] passphrase) {
        CharBuffer typed = CharBuffer.wrap(passphrase);
        if (Normalizer.isNormalized(typed, Normalizer.Form.NFC)) {
            return passphrase.clone();
        }
        // Normalizer works on CharSequence and returns a String; the String is unavoidable with the JDK API
        return Normalizer.normalize(typed, Normalizer.Form.NFC).toCharArray();
    }
}
