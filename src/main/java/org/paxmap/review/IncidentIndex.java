package org.paxmap.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.paxmap.model.AdmiraltyGrade;
import org.paxmap.model.Incident;
import org.paxmap.model.IncidentType;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.Severity;
import org.paxmap.model.TimePrecision;

/**
 * The incidents of a picture as columns of primitive arrays, one slot per incident (about 100 bytes a slot plus the
 * title and search text, and 4 bytes per word of the text in its {@link TextIndex}): what a filter tests and a table
 * sorts, and nothing else. A filter is one pass over the columns, after the text index has named the slots whose text
 * holds the search words; a sorted answer walks a permutation of the slots kept per column (built on first use, then kept current
 * by moving one slot per change). A deleted incident keeps its slot, marked dead. Not thread-safe: owned by {@link
 * FilteredPicture}.
 */
final class IncidentIndex {
    private static final long DAY_MILLIS = 86_400_000L;
    private static final IncidentType[] TYPES = IncidentType.values();
    private static final Severity[] SEVERITIES = Severity.values();
    private static final TimePrecision[] PRECISIONS = TimePrecision.values();
    /** Sub-type ordinal → rank of its label in alphabetical order, so the type column sorts as the table reads. */
    private static final int[] TYPE_RANK = typeRanks();

    private int size;
    private long[] idHigh = new long[0];
    private long[] idLow = new long[0];
    private long[] time = new long[0];
    private byte[] precision = new byte[0];
    private byte[] type = new byte[0];
    private byte[] severity = new byte[0];
    private byte[] reliability = new byte[0];
    private byte[] credibility = new byte[0];
    private int[] casualties = new int[0];
    private int[] label = new int[0];
    private double[] lon = new double[0];
    private double[] lat = new double[0];
    private String[] title = new String[0];
    private String[] text = new String[0];
    private boolean[] alive = new boolean[0];
    private final TextIndex words = new TextIndex();
    private final Map<UUID, Integer> slots = new HashMap<>();
    private final List<ReleaseLabel> labels = new ArrayList<>();
    private final Map<ReleaseLabel, Integer> labelIds = new HashMap<>();
    private final Map<IncidentColumn, int[]> orders = new EnumMap<>(IncidentColumn.class);
    /** The earliest and latest time of the live incidents, worked out on first use after a change. */
    private Long spanFirst;

    private long spanLast;

    /** Adds or replaces an incident; a tombstone marks its slot dead. */
    void put(Incident incident) {
        spanFirst = null;
        Integer known = slots.get(incident.id());
        if (incident.sync().deleted()) {
            if (known != null) {
                alive[known] = false;
            }
            return;
        }
        int slot;
        if (known == null) {
            slot = size++;
            ensureCapacity(size);
            slots.put(incident.id(), slot);
        } else {
            slot = known;
        }
        write(slot, incident);
        for (Map.Entry<IncidentColumn, int[]> e : orders.entrySet()) {
            e.setValue(reinsert(e.getValue(), slot, e.getKey(), known == null));
        }
    }

    /** Marks an incident dead (deleted); unknown ids are ignored. */
    void remove(UUID id) {
        spanFirst = null;
        Integer slot = slots.get(id);
        if (slot != null) {
            alive[slot] = false;
        }
    }

    /** How many slots are live. */
    int liveCount() {
        int n = 0;
        for (int s = 0; s < size; s++) {
            if (alive[s]) {
                n++;
            }
        }
        return n;
    }

    /** The slot of the incident with this id, or −1 for an id that is not an incident. */
    int slot(UUID id) {
        Integer slot = slots.get(id);
        return slot == null ? -1 : slot;
    }

    UUID id(int slot) {
        return new UUID(idHigh[slot], idLow[slot]);
    }

    /** The live slots {@code filter} lets through; with {@code ignoreTime} its time window is not applied. */
    BitSet match(PictureFilter filter, boolean ignoreTime) {
        return match(filter, ignoreTime, null);
    }

    /**
     * As {@link #match(PictureFilter, boolean)}, testing only the slots in {@code candidates} when it is not {@code
     * null} (the caller knows nothing outside them can pass).
     */
    BitSet match(PictureFilter filter, boolean ignoreTime, BitSet candidates) {
        long from = ignoreTime || filter.from() == null
                ? Long.MIN_VALUE
                : filter.from().toEpochMilli();
        long to =
                ignoreTime || filter.to() == null ? Long.MAX_VALUE : filter.to().toEpochMilli();
        boolean[] types = mask(
                TYPES.length, filter.types().stream().mapToInt(Enum::ordinal).toArray());
        boolean[] severities = mask(
                SEVERITIES.length,
                filter.severities().stream().mapToInt(Enum::ordinal).toArray());
        boolean[] reliabilities = mask(
                6,
                filter.reliabilities().stream()
                        .mapToInt(c -> c - 'A')
                        .filter(i -> i >= 0 && i < 6)
                        .toArray());
        boolean[] credibilities = mask(
                7,
                filter.credibilities().stream()
                        .mapToInt(i -> i)
                        .filter(i -> i >= 0 && i < 7)
                        .toArray());
        boolean[] labelMask = null;
        if (!filter.labels().isEmpty()) {
            labelMask = new boolean[labels.size()];
            for (ReleaseLabel l : filter.labels()) {
                Integer id = labelIds.get(l);
                if (id != null) {
                    labelMask[id] = true;
                }
            }
        }
        BitSet holding = words.holdingAll(filter.words());
        if (holding != null) {
            if (candidates != null) {
                holding.and(candidates);
            }
            candidates = holding;
        }
        BitSet pass = new BitSet(size);
        for (int s = candidates == null ? 0 : candidates.nextSetBit(0);
                s >= 0 && s < size;
                s = candidates == null ? s + 1 : candidates.nextSetBit(s + 1)) {
            if (!alive[s]) {
                continue;
            }
            if (!PRECISIONS[precision[s]].overlaps(time[s], from, to)) {
                continue;
            }
            if ((types != null && !types[type[s]])
                    || (severities != null && !severities[severity[s]])
                    || (reliabilities != null && !reliabilities[reliability[s]])
                    || (credibilities != null && !credibilities[credibility[s]])
                    || (labelMask != null && !labelMask[label[s]])) {
                continue;
            }
            pass.set(s);
        }
        return pass;
    }

    /** The slots in {@code pass}, ordered by {@code column}. */
    int[] sorted(BitSet pass, IncidentColumn column, boolean ascending) {
        int[] order = order(column);
        int[] out = new int[pass.cardinality()];
        int n = 0;
        if (ascending) {
            for (int slot : order) {
                if (pass.get(slot)) {
                    out[n++] = slot;
                }
            }
        } else {
            for (int i = order.length - 1; i >= 0; i--) {
                if (pass.get(order[i])) {
                    out[n++] = order[i];
                }
            }
        }
        return out;
    }

    /**
     * The slots of {@code pass} that may have happened in {@code [from, to)} (epoch milliseconds; an uncertain time
     * over its whole day or week, {@link TimePrecision#overlaps}): one pass over the times.
     */
    BitSet within(BitSet pass, long from, long to) {
        BitSet out = new BitSet(size);
        for (int s = pass.nextSetBit(0); s >= 0; s = pass.nextSetBit(s + 1)) {
            if (PRECISIONS[precision[s]].overlaps(time[s], from, to)) {
                out.set(s);
            }
        }
        return out;
    }

    /** Incidents per UTC day of the slots in {@code pass}, over the span of every live incident. */
    DailyHistogram histogram(BitSet pass) {
        if (spanFirst == null) {
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (int s = 0; s < size; s++) {
                if (alive[s]) {
                    first = Math.min(first, time[s]);
                    last = Math.max(last, time[s]);
                }
            }
            spanFirst = first;
            spanLast = last;
        }
        long first = spanFirst;
        long last = spanLast;
        if (first > last) {
            return new DailyHistogram(null, new int[0]);
        }
        long firstDay = Math.floorDiv(first, DAY_MILLIS);
        int[] counts = new int[(int) (Math.floorDiv(last, DAY_MILLIS) - firstDay + 1)];
        for (int s = pass.nextSetBit(0); s >= 0; s = pass.nextSetBit(s + 1)) {
            counts[(int) (Math.floorDiv(time[s], DAY_MILLIS) - firstDay)]++;
        }
        return new DailyHistogram(LocalDate.ofEpochDay(firstDay), counts);
    }

    IncidentRow row(int slot) {
        return new IncidentRow(
                id(slot),
                Instant.ofEpochMilli(time[slot]),
                PRECISIONS[precision[slot]],
                TYPES[type[slot]],
                SEVERITIES[severity[slot]],
                title[slot],
                new AdmiraltyGrade((char) ('A' + reliability[slot]), credibility[slot]),
                casualties[slot],
                labels.get(label[slot]),
                lon[slot],
                lat[slot]);
    }

    private void write(int slot, Incident incident) {
        idHigh[slot] = incident.id().getMostSignificantBits();
        idLow[slot] = incident.id().getLeastSignificantBits();
        time[slot] = incident.occurredAt().toEpochMilli();
        precision[slot] = (byte) incident.timePrecision().ordinal();
        type[slot] = (byte) incident.type().ordinal();
        severity[slot] = (byte) incident.severity().ordinal();
        reliability[slot] = (byte) (incident.grade().reliability() - 'A');
        credibility[slot] = (byte) incident.grade().credibility();
        casualties[slot] = incident.casualties().best();
        label[slot] = labelIds.computeIfAbsent(incident.label(), l -> {
            labels.add(l);
            return labels.size() - 1;
        });
        lon[slot] = incident.location().getX();
        lat[slot] = incident.location().getY();
        title[slot] = incident.title();
        String searchText = PictureFilter.searchText(incident);
        words.replace(slot, text[slot], searchText);
        text[slot] = searchText;
        alive[slot] = true;
    }

    private void ensureCapacity(int needed) {
        if (needed <= time.length) {
            return;
        }
        int n = Math.max(needed, time.length + (time.length >> 1) + 16);
        idHigh = Arrays.copyOf(idHigh, n);
        idLow = Arrays.copyOf(idLow, n);
        time = Arrays.copyOf(time, n);
        precision = Arrays.copyOf(precision, n);
        type = Arrays.copyOf(type, n);
        severity = Arrays.copyOf(severity, n);
        reliability = Arrays.copyOf(reliability, n);
        credibility = Arrays.copyOf(credibility, n);
        casualties = Arrays.copyOf(casualties, n);
        label = Arrays.copyOf(label, n);
        lon = Arrays.copyOf(lon, n);
        lat = Arrays.copyOf(lat, n);
        title = Arrays.copyOf(title, n);
        text = Arrays.copyOf(text, n);
        alive = Arrays.copyOf(alive, n);
    }

    /** Every slot ordered by {@code column}, built on first use and kept current by {@link #put}. */
    private int[] order(IncidentColumn column) {
        int[] order = orders.get(column);
        if (order == null) {
            Integer[] boxed = new Integer[size];
            for (int i = 0; i < size; i++) {
                boxed[i] = i;
            }
            Arrays.sort(boxed, (a, b) -> compare(column, a, b));
            order = new int[size];
            for (int i = 0; i < size; i++) {
                order[i] = boxed[i];
            }
            orders.put(column, order);
        }
        return order;
    }

    /**
     * {@code order} with {@code slot} (new, or with changed values) moved to where {@code column} now puts it: one
     * binary search and one array shift, instead of sorting again.
     */
    private int[] reinsert(int[] order, int slot, IncidentColumn column, boolean isNew) {
        int[] out;
        int valid;
        if (isNew) {
            out = Arrays.copyOf(order, order.length + 1);
            valid = order.length;
        } else {
            out = order;
            valid = order.length - 1;
            for (int i = 0; i < order.length; i++) {
                if (order[i] == slot) {
                    System.arraycopy(order, i + 1, order, i, order.length - i - 1);
                    break;
                }
            }
        }
        int low = 0;
        int high = valid;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (compare(column, out[mid], slot) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        System.arraycopy(out, low, out, low + 1, valid - low);
        out[low] = slot;
        return out;
    }

    private int compare(IncidentColumn column, int a, int b) {
        int c;
        switch (column) {
            case TYPE:
                c = Integer.compare(TYPE_RANK[type[a]], TYPE_RANK[type[b]]);
                break;
            case SEVERITY:
                c = Integer.compare(severity[a], severity[b]);
                break;
            case TITLE:
                c = String.CASE_INSENSITIVE_ORDER.compare(title[a], title[b]);
                break;
            case GRADE:
                c = Integer.compare(reliability[a] * 8 + credibility[a], reliability[b] * 8 + credibility[b]);
                break;
            case CASUALTIES:
                c = Integer.compare(casualties[a], casualties[b]);
                break;
            case LABEL:
                c = labels.get(label[a])
                        .displayForm()
                        .compareTo(labels.get(label[b]).displayForm());
                break;
            case LATITUDE:
                c = Double.compare(lat[a], lat[b]);
                break;
            case LONGITUDE:
                c = Double.compare(lon[a], lon[b]);
                break;
            default:
                c = 0;
        }
        if (c == 0) {
            c = Long.compare(time[a], time[b]);
        }
        return c != 0 ? c : Integer.compare(a, b);
    }

    private static boolean[] mask(int length, int[] accepted) {
        if (accepted.length == 0) {
            return null;
        }
        boolean[] mask = new boolean[length];
        for (int i : accepted) {
            mask[i] = true;
        }
        return mask;
    }

    private static int[] typeRanks() {
        IncidentType[] byLabel = TYPES.clone();
        Arrays.sort(byLabel, (a, b) -> a.label().compareToIgnoreCase(b.label()));
        int[] rank = new int[TYPES.length];
        for (int i = 0; i < byLabel.length; i++) {
            rank[byLabel[i].ordinal()] = i;
        }
        return rank;
    }
}
