package org.paxmap.app.plot;

import java.nio.file.Path;
import java.util.List;
import org.paxmap.edit.EditSession;
import org.paxmap.edit.IncidentDraft;
import org.paxmap.model.Feature;
import org.paxmap.model.IncidentType;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.Severity;
import org.paxmap.store.PictureStore;

/**
 * The child process of {@link EditSurvivesKillTest}: opens the picture named by its argument, creates one incident
 * through an {@link EditSession} exactly as the window does, prints {@code acknowledged <id>} once the call returned,
 * and then waits to be killed (it never closes the store).
 */
public final class EditThenWait {
    private EditThenWait() {}

    public static void main(String[] args) throws Exception {
        PictureStore store = PictureStore.open(Path.of(args[0]));
        EditSession session = new EditSession(store);
        Feature created = session.create(IncidentDraft.create()
                .positionText("33.2712, 35.2033")
                .type(IncidentType.CHECKPOINT_INCIDENT)
                .timeText("241530ZNOV26")
                .severity(Severity.MODERATE)
                .title("Acknowledged then killed")
                .label(new ReleaseLabel("EXERCISE", "UNCLASSIFIED", List.of("ALL"), List.of(), "FRA")));
        System.out.println("acknowledged " + created.id());
        System.out.flush();
        Thread.sleep(600_000);
    }
}
