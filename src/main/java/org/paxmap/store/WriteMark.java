package org.paxmap.store;

/**
 * A mark of how far a picture had been written when it was taken ({@link PictureStore#writeMark()}): two marks of
 * the same open store are equal only if nothing was committed to the file in between, by this store (every write
 * transaction it runs counts, committed or not) or by any other connection (SQLite's {@code PRAGMA data_version} on
 * the store's writing connection). A sync preview takes one before it reads the stored versions, so that the apply
 * can tell that the preview's view of the picture is still true. Marks of different stores, or of the same file
 * opened twice, are never equal. Immutable.
 */
public final class WriteMark {
    private final Object store;
    private final long writes;
    private final long dataVersion;

    WriteMark(Object store, long writes, long dataVersion) {
        this.store = store;
        this.writes = writes;
        this.dataVersion = dataVersion;
    }

    /** Whether {@code other} is a mark of the same store with nothing written in between. */
    @Override
    public boolean equals(Object other) {
        return other instanceof WriteMark m && m.store == store && m.writes == writes && m.dataVersion == dataVersion;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(writes) * 31 + Long.hashCode(dataVersion);
    }

    @Override
    public String toString() {
        return "WriteMark[writes=" + writes + ", dataVersion=" + dataVersion + "]";
    }
}
