package org.paxmap.bench;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;

/**
 * What the window benchmarks share: JavaFX started headless (Monocle, the software pipeline, as on a machine without
 * a GPU), work run on the FX thread and waited for, the map view's package-private probes reached by reflection, and
 * percentiles of timed samples. Static helpers; {@link #fx} may be called from any thread but the FX thread.
 */
final class HeadlessFx {
    private HeadlessFx() {}

    /** Starts JavaFX headless with a screen of {@code width} × {@code height} and waits until it runs. */
    static void start(int width, int height) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", width + "x" + height + "-32");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
    }

    /** Runs {@code action} on the FX thread and answers its result (or throws what it threw). */
    static <T> T fx(Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }

    /** The method {@code name} (with these parameter types) of {@code type}, made callable although not public. */
    static Method probe(Class<?> type, String name, Class<?>... parameters) throws NoSuchMethodException {
        Method m = type.getDeclaredMethod(name, parameters);
        m.setAccessible(true);
        return m;
    }

    /** The {@code p}-th percentile of {@code nanos}, in milliseconds (the smallest value at or above that rank). */
    static double millisAt(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
