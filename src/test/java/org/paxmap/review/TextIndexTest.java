package org.paxmap.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The token index against {@link PictureFilter#containsAll} over the same texts, through edits and typing. */
class TextIndexTest {
    /** Letters, digits and punctuation, the whitespace a search splits on, and whitespace it does not split on. */
    private static final String ALPHABET = "abcdeé1-. \t\n\u000B\f\r\u00A0\u2003";

    private final Random random = new Random(13);

    private String randomText() {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(40);
        for (int i = 0; i < n; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** A search as the filter bar makes it: a piece of a text, split into words as {@link PictureFilter} does. */
    private String randomSearch(List<String> texts) {
        String text = texts.get(random.nextInt(texts.size()));
        if (text.isEmpty() || random.nextInt(5) == 0) {
            return randomText();
        }
        int from = random.nextInt(text.length());
        return text.substring(from, from + random.nextInt(text.length() - from + 1));
    }

    private static void assertAgrees(TextIndex index, List<String> texts, String search) {
        PictureFilter f = PictureFilter.all().withText(search);
        List<String> words = f.words();
        BitSet expected = new BitSet();
        for (int s = 0; s < texts.size(); s++) {
            if (PictureFilter.containsAll(texts.get(s), words)) {
                expected.set(s);
            }
        }
        BitSet held = index.holdingAll(words);
        if (held == null) {
            assertEquals(texts.size(), expected.cardinality(), "no restriction for '" + search + "'");
        } else {
            assertEquals(expected, held, "'" + search + "' " + words);
        }
    }

    @Test
    void every_search_finds_exactly_the_texts_holding_all_its_words_through_edits_and_typing() {
        TextIndex index = new TextIndex();
        List<String> texts = new ArrayList<>();
        for (int s = 0; s < 300; s++) {
            String text = randomText();
            texts.add(text);
            index.replace(s, null, text);
        }
        for (int round = 0; round < 300; round++) {
            String search = randomSearch(texts);
            for (int i = 1; i <= search.length(); i++) { // typed a key at a time, each answer from the last's tokens
                assertAgrees(index, texts, search.substring(0, i));
            }
            for (int i = search.length() - 1; i > 0; i--) { // and erased
                assertAgrees(index, texts, search.substring(0, i));
            }
            if (round % 3 == 0) { // an edit between searches
                int slot = random.nextInt(texts.size());
                String text = randomText();
                index.replace(slot, texts.get(slot), text);
                texts.set(slot, text);
            }
        }
    }

    @Test
    void a_word_is_found_inside_tokens_and_across_no_whitespace() {
        TextIndex index = new TextIndex();
        List<String> texts =
                List.of("synthetic incident 12\ngenerated\nbench", "market\u00A0square checkpoint", "", "  \t\n");
        for (int s = 0; s < texts.size(); s++) {
            index.replace(s, null, texts.get(s));
        }
        assertEquals(BitSet.valueOf(new long[] {0b1}), index.holdingAll(List.of("ent", "2")));
        assertEquals(BitSet.valueOf(new long[] {0b10}), index.holdingAll(List.of("t\u00A0s")));
        assertEquals(new BitSet(), index.holdingAll(List.of("12 generated")));
        assertNull(index.holdingAll(List.of()));
        index.replace(0, texts.get(0), "renamed");
        assertEquals(new BitSet(), index.holdingAll(List.of("ent")));
        assertEquals(BitSet.valueOf(new long[] {0b1}), index.holdingAll(List.of("ren")));
    }
}
