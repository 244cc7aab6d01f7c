package org.paxmap.app;

import javafx.application.Application;

/**
 * A plain main class for classpath and jpackage launches: the Java launcher refuses to start an {@link Application}
 * subclass directly when JavaFX is not on the module path.
 */
public final class Launcher {
    private Launcher() {}

    /** Starts {@link PaxmapApp} with the given arguments. */
    public static void main(String[] args) {
        org.paxmap.store.NativeSqlite.prepare(); // before the first connection: no clash with another process
        Application.launch(PaxmapApp.class, args);
    }
}
