package org.paxmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;

class UserMessagesTest {
    @TempDir
    Path temp;

    @Test
    void opening_a_missing_picture_reads_as_one_sentence_naming_the_file() {
        Path missing = temp.resolve("gone.gpkg");
        StoreException failure =
                org.junit.jupiter.api.Assertions.assertThrows(StoreException.class, () -> PictureStore.open(missing));
        String text = UserMessages.describe("Opening " + missing, failure);
        assertTrue(text.startsWith("Opening " + missing + " failed: "), text);
        assertTrue(text.contains("gone.gpkg"), text);
        assertFalse(text.contains("\tat ") || text.contains("Exception"), text);
    }

    @Test
    void io_and_unexpected_failures_have_no_stack_trace() {
        assertEquals(
                "Exporting failed: the file /x/y.geojson does not exist.",
                UserMessages.describe("Exporting", new NoSuchFileException("/x/y.geojson")));
        assertEquals(
                "Loading failed: unexpected IllegalStateException: broken",
                UserMessages.describe("Loading", new IllegalStateException("broken")));
    }
}
