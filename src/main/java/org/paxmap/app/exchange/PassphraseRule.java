package org.paxmap.app.exchange;

import org.paxmap.bundle.trust.LocalIdentity;

/**
 * The rule a new passphrase must meet, in words, checked as the user types: at least {@value
 * LocalIdentity#MIN_PASSPHRASE} characters, typed the same twice. Stateless and thread-safe.
 */
final class PassphraseRule {
    /** The rule as shown under the fields. */
    static final String TEXT = "At least " + LocalIdentity.MIN_PASSPHRASE
            + " characters, typed twice. It protects this node's signing key; nobody can recover it if it is"
            + " forgotten, and it is asked for every time a bundle is signed.";

    private PassphraseRule() {}

    /** What is still wrong with the passphrase and its repetition, or an empty string when both are fine. */
    static String problem(CharSequence passphrase, CharSequence repeated) {
        int length = passphrase.length();
        if (length < LocalIdentity.MIN_PASSPHRASE) {
            return "Too short: " + length + " of at least " + LocalIdentity.MIN_PASSPHRASE + " characters.";
        }
        if (!passphrase.toString().contentEquals(repeated)) {
            return repeated.length() == 0 ? "Type it again below." : "The two passphrases differ.";
        }
        return "";
    }
}
