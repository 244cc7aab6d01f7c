package org.paxmap.app;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;

/**
 * The classification strip shown at the top and bottom of the window: the picture's label in display form, coloured by
 * its classification. FX-thread only.
 */
final class ClassificationBanner extends Label {
    private static final String[] LEVEL_CLASSES = {
        "banner-exercise",
        "banner-unclassified",
        "banner-restricted",
        "banner-confidential",
        "banner-secret",
        "banner-none"
    };

    ClassificationBanner(String id) {
        setId(id);
        getStyleClass().add("classification-banner");
        setMaxWidth(Double.MAX_VALUE);
        setAlignment(Pos.CENTER);
        show("NO PICTURE OPEN", "banner-none");
    }

    /** Shows the picture's banner text. */
    void show(LoadedPicture picture) {
        show(picture.bannerText(), levelClass(picture));
    }

    /** Shows a neutral text (loading, nothing open). */
    void showNeutral(String text) {
        show(text, "banner-none");
    }

    private void show(String text, String levelClass) {
        setText(text);
        getStyleClass().removeAll(LEVEL_CLASSES);
        getStyleClass().add(levelClass);
    }

    private static String levelClass(LoadedPicture picture) {
        if (picture.labels().isEmpty()) {
            return "banner-none";
        }
        if (picture.exerciseOnly()) {
            return "banner-exercise";
        }
        String text = picture.bannerText().toUpperCase(Locale.ROOT);
        if (text.contains("SECRET")) {
            return "banner-secret";
        }
        if (text.contains("CONFIDENTIAL")) {
            return "banner-confidential";
        }
        if (text.contains("RESTRICTED")) {
            return "banner-restricted";
        }
        return "banner-unclassified";
    }
}
