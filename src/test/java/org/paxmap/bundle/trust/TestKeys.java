package org.paxmap.bundle.trust;

import java.nio.file.Path;
import org.paxmap.store.PictureStore;

/**
 * Real node and root keys for tests in any package, their private keys sealed under the fewest PBKDF2 iterations a
 * key envelope is accepted with ({@link EncryptedPrivateKey#MIN_ITERATIONS}, 100,000) instead of the default 600,000.
 * The envelope records its count, so each later unlock is as quick. Making a node's key and unlocking it derives a
 * key from the passphrase three or four times: about 2 s at the default on this project's 2-core machine, which made
 * up most of every exchange test (HostileImportTest: 29 tests, two nodes each, 62 s). What the default count itself
 * does is tested where it is set ({@code KeysTest}) and by every command-line test.
 */
public final class TestKeys {
    private TestKeys() {}

    /** As {@link LocalIdentity#create}, sealed under {@link EncryptedPrivateKey#MIN_ITERATIONS}. */
    public static NodeIdentity create(PictureStore store, String name, String organisation, char[] passphrase)
            throws TrustException, org.paxmap.store.StoreException {
        return LocalIdentity.create(store, name, organisation, passphrase, EncryptedPrivateKey.MIN_ITERATIONS);
    }

    /** As {@link RootAuthority#init}, sealed under {@link EncryptedPrivateKey#MIN_ITERATIONS}. */
    public static NodeIdentity root(Path file, String organisation, String name, char[] passphrase)
            throws TrustException {
        return RootAuthority.init(file, organisation, name, passphrase, EncryptedPrivateKey.MIN_ITERATIONS);
    }
}
