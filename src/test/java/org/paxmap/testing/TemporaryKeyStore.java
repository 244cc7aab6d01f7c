package org.paxmap.testing;

import java.nio.file.Path;
import org.paxmap.bundle.trust.NodeKeyStore;

/**
 * Points this JVM's node key store ({@link NodeKeyStore#PROPERTY}) at a test's own folder until closed, then puts
 * back what was there (Surefire's {@code target/test-key-store}). Tests run one at a time in this JVM.
 */
public final class TemporaryKeyStore implements AutoCloseable {
    private final String before;

    /** Uses {@code folder} as the key store from now on. */
    public TemporaryKeyStore(Path folder) {
        before = System.getProperty(NodeKeyStore.PROPERTY);
        System.setProperty(NodeKeyStore.PROPERTY, folder.toString());
    }

    @Override
    public void close() {
        if (before == null) {
            System.clearProperty(NodeKeyStore.PROPERTY);
        } else {
            System.setProperty(NodeKeyStore.PROPERTY, before);
        }
    }
}
