package org.paxmap.app.exchange;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A small panel saying where a feature came from: created here or by which partner, and each imported version with
 * its bundle, signer and time. Fill it with {@link ProvenanceFacts#read} (off the FX thread), then {@link #show} on
 * the FX thread. Meant for any details panel (the conflicts dialog uses it). FX-thread only.
 */
public final class ProvenanceView extends VBox {
    /** An empty view. */
    public ProvenanceView() {
        super(4);
        getStyleClass().add("provenance-view");
        clear();
    }

    /** Shows {@code facts}, one line per fact. */
    public void show(ProvenanceFacts facts) {
        getChildren().clear();
        for (String line : facts.lines()) {
            Label label = new Label(line);
            label.setWrapText(true);
            label.setMinHeight(Label.USE_PREF_SIZE);
            label.getStyleClass().add("provenance-line");
            getChildren().add(label);
        }
    }

    /** Shows nothing (no feature selected). */
    public void clear() {
        getChildren().setAll(new Label("—"));
    }

    /** The lines shown, for tests and copying. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        getChildren().forEach(n -> sb.append(((Label) n).getText()).append('\n'));
        return sb.toString();
    }
}
