package org.paxmap.render;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.paxmap.tiles.TileKey;

/**
 * Decoded tiles by {@link TileKey}, bounded in bytes: when the total passes the budget, the least recently used tiles
 * are evicted. Plain Java, generic in what it holds (the view holds JavaFX images); not thread-safe — the view uses it
 * on the FX thread only.
 *
 * @param <T> the cached image type
 */
public final class TileCache<T> {
    private record Entry<T>(T image, long bytes) {}

    private final long budgetBytes;
    private final LinkedHashMap<Long, Entry<T>> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    /** A cache that holds at most {@code budgetBytes} (one tile more than the budget is never kept). */
    public TileCache(long budgetBytes) {
        if (budgetBytes <= 0) {
            throw new IllegalArgumentException("budget must be positive, was " + budgetBytes);
        }
        this.budgetBytes = budgetBytes;
    }

    /** The cached image of {@code key} (marking it recently used), or {@code null}. */
    public T get(TileKey key) {
        Entry<T> entry = entries.get(key.packed());
        return entry == null ? null : entry.image();
    }

    /** Whether {@code key} is cached, without touching its recency. */
    public boolean contains(TileKey key) {
        return entries.containsKey(key.packed());
    }

    /** Caches {@code image} of {@code sizeInBytes} under {@code key}, evicting the least recently used as needed. */
    public void put(TileKey key, T image, long sizeInBytes) {
        Entry<T> old = entries.put(key.packed(), new Entry<>(image, sizeInBytes));
        if (old != null) {
            bytes -= old.bytes();
        }
        bytes += sizeInBytes;
        Iterator<Map.Entry<Long, Entry<T>>> eldest = entries.entrySet().iterator();
        while (bytes > budgetBytes && eldest.hasNext()) {
            Map.Entry<Long, Entry<T>> e = eldest.next();
            if (e.getKey() == key.packed()) {
                continue;
            }
            bytes -= e.getValue().bytes();
            eldest.remove();
        }
    }

    /** The nearest cached ancestor of {@code key} (its parent, grandparent, ...), or {@code null}. */
    public TileKey nearestCachedAncestor(TileKey key) {
        for (TileKey k = key.parent(); k != null; k = k.parent()) {
            if (entries.containsKey(k.packed())) {
                return k;
            }
        }
        return null;
    }

    /** Drops everything (another tile set was opened). */
    public void clear() {
        entries.clear();
        bytes = 0;
    }

    /** Bytes held. */
    public long bytes() {
        return bytes;
    }

    /** Tiles held. */
    public int size() {
        return entries.size();
    }
}
