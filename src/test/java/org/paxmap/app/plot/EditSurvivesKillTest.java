package org.paxmap.app.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.Layer;
import org.paxmap.samples.SamplePicture;
import org.paxmap.store.PictureStore;

/**
 * "Every change is saved at once": a child JVM creates an incident through an EditSession on the exercise picture,
 * prints "acknowledged" when the call returned, and is killed with destroyForcibly at that moment — without closing
 * the store. The parent then opens the picture and finds the incident, with its version.
 */
class EditSurvivesKillTest {
    @TempDir
    Path dir;

    @Test
    void an_acknowledged_edit_is_in_the_picture_after_the_process_is_killed() throws Exception {
        Path file;
        long before;
        try (PictureStore store = SamplePicture.openOrCreate(dir)) {
            file = store.file();
            before = store.summary().counts().get(Layer.INCIDENTS);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        EditThenWait.class.getName(),
                        file.toString())
                .redirectErrorStream(true)
                .start();
        UUID id = null;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("acknowledged ")) {
                    child.destroyForcibly(); // at once: nothing after the acknowledgement may help the edit along
                    id = UUID.fromString(
                            line.substring("acknowledged ".length()).strip());
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child ended");
        }
        assertNotNull(id, "the child acknowledged an edit");
        assertTrue(child.exitValue() != 0, "the child was killed, it did not exit on its own");

        try (PictureStore store = PictureStore.open(file)) {
            Optional<Feature> found = store.find(id);
            assertTrue(found.isPresent(), "the acknowledged incident is in the picture");
            Incident incident = (Incident) found.get();
            assertEquals("Acknowledged then killed", incident.title());
            assertFalse(incident.sync().deleted());
            assertEquals(1, incident.sync().versions().get(store.nodeId()), "one local version");
            assertEquals(before + 1, store.summary().counts().get(Layer.INCIDENTS));
        }
    }
}
