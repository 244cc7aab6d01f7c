package org.paxmap.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * How much heap a piece of work took at its peak, from the JVM's heap memory pools: {@link #reset()} before, {@link
 * #peak()} after. Approximate (other threads count too); for tests that prove a hostile input is refused in bounded
 * memory. Not for concurrent use by two such tests.
 */
public final class HeapPeak {
    private HeapPeak() {}

    /** Resets every heap pool's peak and returns the heap in use now. */
    public static long reset() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    /** The sum of the heap pools' peaks since the last {@link #reset()}. */
    public static long peak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
