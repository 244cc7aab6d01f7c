package org.paxmap.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The search texts of the incidents as a dictionary of their tokens (the runs of characters between the whitespace
 * {@code \s} of a regular expression: space, tab, line breaks, form feed), each with the slots whose text holds it.
 * A search word holds no such whitespace, so it occurs in a text exactly when it occurs in one of the text's tokens:
 * {@link #holding} scans the distinct tokens, far fewer and shorter than the texts (a natural vocabulary repeats the
 * same words), and sets the slots of those that hold the word. A word typed further can only be held by tokens that
 * held its shorter form, so the last words' tokens are kept and a keystroke scans only those.
 *
 * <p>Not thread-safe: owned by {@link IncidentIndex}, on its owner's thread.
 */
final class TextIndex {
    /** How many recent words keep their tokens and slots (a search of a few words typed and erased). */
    private static final int REMEMBERED = 16;

    private final Map<String, Integer> tokenIds = new HashMap<>();
    private final List<String> tokens = new ArrayList<>();
    /** Per token id, the slots holding it ({@code counts} of them in use; order of no meaning). */
    private int[][] postings = new int[0][];

    private int[] counts = new int[0];
    private final Map<String, Held> recent = new LinkedHashMap<>(REMEMBERED, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Held> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** The tokens of a word's holders and the slots that hold it. */
    private record Held(int[] tokens, BitSet slots) {}

    /** Records that {@code slot}'s text changed from {@code before} ({@code null}: none) to {@code after}. */
    void replace(int slot, String before, String after) {
        recent.clear();
        if (before != null) {
            for (String token : tokensOf(before)) {
                Integer id = tokenIds.get(token);
                if (id != null) {
                    remove(id, slot);
                }
            }
        }
        if (after != null) {
            for (String token : tokensOf(after)) {
                add(tokenIds.computeIfAbsent(token, this::newToken), slot);
            }
        }
    }

    /**
     * The slots whose text holds every one of {@code words} (lower case, without whitespace), as a new set the caller
     * may change; an empty word is held by every text, so it restricts nothing — {@code null} when nothing restricts.
     */
    BitSet holdingAll(List<String> words) {
        BitSet out = null;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            BitSet slots = holding(word);
            if (out == null) {
                out = (BitSet) slots.clone();
            } else {
                out.and(slots);
            }
        }
        return out;
    }

    /** The slots whose text holds {@code word} (non-empty, no whitespace); kept, so not to be changed. */
    private BitSet holding(String word) {
        Held known = recent.get(word);
        if (known != null) {
            return known.slots();
        }
        int[] scan = null;
        for (Map.Entry<String, Held> e : recent.entrySet()) {
            if (word.contains(e.getKey()) && (scan == null || e.getValue().tokens().length < scan.length)) {
                scan = e.getValue().tokens(); // a token holding the word holds this shorter part of it
            }
        }
        int[] found = new int[16];
        int n = 0;
        BitSet slots = new BitSet();
        int candidates = scan == null ? tokens.size() : scan.length;
        for (int i = 0; i < candidates; i++) {
            int id = scan == null ? i : scan[i];
            if (counts[id] > 0 && tokens.get(id).contains(word)) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = id;
                int[] p = postings[id];
                for (int k = 0; k < counts[id]; k++) {
                    slots.set(p[k]);
                }
            }
        }
        recent.put(word, new Held(Arrays.copyOf(found, n), slots));
        return slots;
    }

    private int newToken(String token) {
        int id = tokens.size();
        tokens.add(token);
        if (id == postings.length) {
            int size = Math.max(16, id * 2);
            postings = Arrays.copyOf(postings, size);
            counts = Arrays.copyOf(counts, size);
        }
        postings[id] = new int[1];
        return id;
    }

    private void add(int id, int slot) {
        int[] p = postings[id];
        if (counts[id] == p.length) {
            p = Arrays.copyOf(p, p.length * 2);
            postings[id] = p;
        }
        p[counts[id]++] = slot;
    }

    private void remove(int id, int slot) {
        int[] p = postings[id];
        for (int k = 0; k < counts[id]; k++) {
            if (p[k] == slot) {
                p[k] = p[--counts[id]];
                return;
            }
        }
    }

    /** The distinct tokens of {@code text}: its runs of characters other than {@code [ \t\n\x0B\f\r]}. */
    static Set<String> tokensOf(String text) {
        Set<String> out = new LinkedHashSet<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || isSpace(text.charAt(i));
            if (space && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return out;
    }

    /** The whitespace of {@code \s} in a Java regular expression (without the Unicode flag). */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
