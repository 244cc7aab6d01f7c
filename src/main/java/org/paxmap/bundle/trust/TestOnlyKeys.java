package org.paxmap.bundle.trust;

import java.util.Locale;
import java.util.Set;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;

/**
 * Keys marked TEST ONLY — the published sample keys of {@code samples/partners/} (by thumbprint), or any key whose
 * name or organisation says {@code TEST ONLY} — are accepted, as this node's key or as a partner's, only by a picture
 * created as a sample ({@link PictureStore#SETTING_SAMPLE}) or when the user says so ({@code --allow-test-keys}):
 * their passphrase is published, so anyone can sign as them. Stateless and thread-safe.
 */
public final class TestOnlyKeys {
    /** The thumbprints of the committed sample keys (FRA-HQ and ITA-BN of samples/partners). */
    private static final Set<String> PUBLISHED =
            Set.of("Y2iYY3v3MYaBuERNcaqxSgh8IGBtFI2dqOK26h3zB7I", "nEhwX-rLHHdTNxmyuMUx1yc9vgDLS4CXveVjZfSgVpo");

    private TestOnlyKeys() {}

    /** Whether {@code key} is marked TEST ONLY. */
    public static boolean isTestOnly(NodeIdentity key) {
        return PUBLISHED.contains(key.kid()) || marked(key.name()) || marked(key.organisation());
    }

    private static boolean marked(String text) {
        String upper = text.toUpperCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
        return upper.contains("TEST ONLY");
    }

    /**
     * Refuses {@code key} for {@code store} if it is marked TEST ONLY, the picture was not created as a sample and
     * the user did not allow test keys.
     *
     * @param use what the key would become, for the message ("partner", "this node's key", "root")
     * @throws TrustException saying why and how to go on
     */
    public static void check(PictureStore store, NodeIdentity key, boolean allowed, String use)
            throws TrustException, StoreException {
        if (allowed || !isTestOnly(key)) {
            return;
        }
        if (store.setting(PictureStore.SETTING_SAMPLE).filter("true"::equals).isPresent()) {
            return;
        }
        throw new TrustException("refused: the key of " + key.nodeId() + " (" + key.kid() + ") is marked TEST ONLY"
                + " (its passphrase is published: anyone can sign as it) and " + store.file() + " was not created"
                + " as a sample; nothing was changed. It cannot be " + use + " of a real picture; for an exercise"
                + " or test picture give --allow-test-keys, or create the picture with 'paxmap init --sample'");
    }
}
