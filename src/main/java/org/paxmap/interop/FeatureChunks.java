package org.paxmap.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.paxmap.model.Feature;
import org.paxmap.store.FeatureSource;

/**
 * A hand-over of features in chunks from a reading thread to the saving thread, so that parsing a file and writing
 * the picture overlap. At most a few chunks wait in between, so memory stays bounded whatever the file's size.
 *
 * <p>Thread-safe for one producer ({@link #accept}, {@link #end}, {@link #fail}) and one consumer ({@link #next},
 * {@link #cancel}). After {@link #cancel} the producer's next hand-over throws {@link CancellationException}.
 */
final class FeatureChunks<E extends Exception> implements FeatureSource<E> {
    /**
     * Features per chunk: large enough for the store's bulk path and for its Hilbert ordering of new rows to cluster
     * a viewport's features in few pages, small enough to overlap reading and writing and bound memory (at most about
     * five chunks are alive at once).
     */
    static final int CHUNK = 50_000;

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);
    private final int chunk;
    private List<Feature> filling;

    /** Hands over chunks of {@link #CHUNK} features. */
    FeatureChunks() {
        this(CHUNK);
    }

    /** Hands over chunks of {@code chunk} features. */
    FeatureChunks(int chunk) {
        this.chunk = chunk;
        this.filling = new ArrayList<>(chunk);
    }

    private volatile boolean cancelled;

    /** Producer: adds a feature, handing over a full chunk. */
    void accept(Feature feature) {
        filling.add(feature);
        if (filling.size() == chunk) {
            put(filling);
            filling = new ArrayList<>(chunk);
        }
    }

    /** Producer: hands over what is left and marks the end. */
    void end() {
        if (!filling.isEmpty()) {
            put(filling);
        }
        put(END);
    }

    /** Producer: ends with a failure, which the consumer's next {@link #next} throws. */
    void fail(E failure) {
        filling = new ArrayList<>();
        put(new Failure<>(failure));
    }

    /** Consumer: stops the producer (e.g. the store refused a feature) and drops what waits. */
    void cancel() {
        cancelled = true;
        queue.clear();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Feature> next() throws E {
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the import was interrupted");
        }
        if (item == END) {
            return List.of();
        }
        if (item instanceof Failure<?> failure) {
            throw (E) failure.cause();
        }
        return (List<Feature>) item;
    }

    /** A failure in the queue (a wrapper, so that a feature list is never mistaken for one). */
    private record Failure<X extends Exception>(X cause) {}

    private void put(Object item) {
        try {
            while (!cancelled) {
                if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new CancellationException("the import was cancelled");
    }
}
