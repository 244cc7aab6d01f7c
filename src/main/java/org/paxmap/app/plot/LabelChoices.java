package org.paxmap.app.plot;

import java.util.ArrayList;
import java.util.List;
import org.paxmap.model.ReleaseLabel;

/**
 * The release labels the forms offer for the open picture: the picture's own labels, the first being the default of
 * a new feature, then the labels written in the label editor since the picture was opened that are not already among
 * the picture's labels (so a label written for a feature that was then not added can still be chosen). FX-thread only.
 */
final class LabelChoices {
    private final List<ReleaseLabel> picture = new ArrayList<>();
    private final List<ReleaseLabel> written = new ArrayList<>();

    /** The labels of a picture just opened or re-read ({@code labels} not empty); {@code sameStore} keeps those written. */
    void picture(List<ReleaseLabel> labels, boolean sameStore) {
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("a picture offers at least one label");
        }
        picture.clear();
        picture.addAll(labels);
        if (!sameStore) {
            written.clear();
        }
    }

    /** Records {@code label}, written in the label editor, among the labels offered from now on. */
    void written(ReleaseLabel label) {
        if (!written.contains(label)) {
            written.add(label);
        }
    }

    /** Every label offered: the picture's, then those written here that are not among them, each once. */
    List<ReleaseLabel> offered() {
        List<ReleaseLabel> all = new ArrayList<>(picture);
        written.stream().filter(l -> !all.contains(l)).forEach(all::add);
        return all;
    }

    /** The label of a new feature until the analyst picks another: the picture's first. */
    ReleaseLabel preset() {
        return picture.get(0);
    }
}
