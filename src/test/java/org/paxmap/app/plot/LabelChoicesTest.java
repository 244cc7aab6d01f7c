package org.paxmap.app.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paxmap.model.ReleaseLabel;

/** The labels the forms offer: the picture's, then those written in the editor, forgotten with the picture. */
class LabelChoicesTest {
    @Test
    void choices_offer_the_picture_labels_then_those_written_until_another_picture() {
        ReleaseLabel exercise = ReleaseLabel.exercise("HQ");
        ReleaseLabel written = new ReleaseLabel("NATO", "NATO RESTRICTED", List.of("FRA"), List.of(), "HQ");
        LabelChoices choices = new LabelChoices();
        choices.picture(List.of(exercise), false);
        choices.written(written);
        choices.written(written);
        assertEquals(List.of(exercise, written), choices.offered());
        assertEquals(exercise, choices.preset());
        choices.picture(List.of(written, exercise), true);
        assertEquals(List.of(written, exercise), choices.offered(), "a label the picture now has is offered once");
        choices.picture(List.of(exercise), false);
        assertEquals(List.of(exercise), choices.offered(), "another picture forgets the labels written");
    }
}
