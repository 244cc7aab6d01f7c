package org.paxmap.app.map;

/**
 * One-off background work of the window that must not run on the FX thread and must not hold the store's I/O thread:
 * opening or closing a tile set, looking for the base map, scanning the maps folder. Thread-safe.
 */
public final class Background {
    private Background() {}

    /** Runs {@code task} on a new daemon thread called {@code name} (daemon: it never keeps the app from exiting). */
    public static void run(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }
}
