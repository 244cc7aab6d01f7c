package org.paxmap.app.review;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.paxmap.model.AdmiraltyGrade;
import org.paxmap.model.EventType;
import org.paxmap.model.IncidentType;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.Severity;
import org.paxmap.review.PictureFilter;

/**
 * The review's filter bar: full-text search, and drop-down check lists for incident type (by event type), severity,
 * Admiralty grade (source reliability and information credibility) and release label, and a button that clears them
 * all (the time window included). Every change replaces the model's filter at once, keeping the criteria it does not
 * set (the timeline's window). FX-thread only.
 */
public final class FilterBar extends HBox {
    private final ReviewModel model;
    private final TextField search = new TextField();
    private final Map<IncidentType, CheckBox> types = new LinkedHashMap<>();
    private final Map<Severity, CheckBox> severities = new LinkedHashMap<>();
    private final Map<Character, CheckBox> reliabilities = new LinkedHashMap<>();
    private final Map<Integer, CheckBox> credibilities = new LinkedHashMap<>();
    private final Map<ReleaseLabel, CheckBox> labels = new LinkedHashMap<>();
    private final MenuButton typeButton = new MenuButton();
    private final MenuButton severityButton = new MenuButton();
    private final MenuButton gradeButton = new MenuButton();
    private final MenuButton labelButton = new MenuButton();
    private boolean clearing;

    /** A bar that sets {@code model}'s filter. */
    public FilterBar(ReviewModel model) {
        this.model = model;
        setId("reviewFilters");
        getStyleClass().add("review-filters");
        setAlignment(Pos.CENTER_LEFT);
        search.setId("reviewSearch");
        search.setPromptText("Search titles, descriptions, sources, names…");
        search.getStyleClass().add("review-search");
        HBox.setHgrow(search, Priority.ALWAYS);
        search.textProperty().addListener((o, was, now) -> apply());

        typeButton.setId("reviewTypeFilter");
        for (EventType eventType : EventType.values()) {
            Menu group = new Menu(eventType.label());
            group.setId("typeGroup-" + eventType.code());
            for (IncidentType type : IncidentType.values()) {
                if (type.eventType() == eventType) {
                    group.getItems().add(check("type-" + type.code(), type.label(), types, type));
                }
            }
            typeButton.getItems().add(group);
        }
        severityButton.setId("reviewSeverityFilter");
        for (Severity s : Severity.values()) {
            severityButton.getItems().add(check("severity-" + s.code(), ReviewFormat.severity(s), severities, s));
        }
        gradeButton.setId("reviewGradeFilter");
        gradeButton.getItems().add(heading("Source reliability"));
        for (char r = 'A'; r <= 'F'; r++) {
            gradeButton
                    .getItems()
                    .add(check(
                            "reliability-" + r,
                            r + "  " + new AdmiraltyGrade(r, 1).reliabilityMeaning(),
                            reliabilities,
                            r));
        }
        gradeButton.getItems().addAll(new SeparatorMenuItem(), heading("Information credibility"));
        for (int c = 1; c <= 6; c++) {
            gradeButton
                    .getItems()
                    .add(check(
                            "credibility-" + c,
                            c + "  " + new AdmiraltyGrade('A', c).credibilityMeaning(),
                            credibilities,
                            c));
        }
        labelButton.setId("reviewLabelFilter");
        Button clear = new Button("Clear filters");
        clear.setId("reviewClearFilters");
        clear.setOnAction(e -> clear());
        Label heading = new Label("Filter");
        heading.getStyleClass().add("review-filter-heading");
        getChildren().addAll(heading, search, typeButton, severityButton, gradeButton, labelButton, clear);
        for (MenuButton b : List.of(typeButton, severityButton, gradeButton, labelButton)) {
            b.getStyleClass().add("review-filter-menu");
        }
        updateButtonTexts();
        model.filterProperty().addListener((o, was, now) -> {
            if (now.equals(PictureFilter.all()) && !clearing) {
                clear();
            }
        });
    }

    /** Offers {@code pictureLabels} (the open picture's distinct labels) in the label list; clears their choice. */
    public void showLabels(List<ReleaseLabel> pictureLabels) {
        labels.clear();
        labelButton.getItems().clear();
        int n = 0;
        for (ReleaseLabel l : new LinkedHashSet<>(pictureLabels)) {
            labelButton
                    .getItems()
                    .add(check(
                            "label-" + n++,
                            l.displayForm() + "   (" + l.policy() + ", " + l.originator() + ")",
                            labels,
                            l));
        }
        apply();
    }

    /** The search box. */
    public TextField searchField() {
        return search;
    }

    private <K> CustomMenuItem check(String id, String text, Map<K, CheckBox> boxes, K key) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.getStyleClass().add("review-check");
        box.selectedProperty().addListener((o, was, now) -> apply());
        boxes.put(key, box);
        CustomMenuItem item = new CustomMenuItem(box, false);
        item.getStyleClass().add("review-check-item");
        return item;
    }

    private static MenuItem heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("review-menu-heading");
        CustomMenuItem item = new CustomMenuItem(l, false);
        item.setDisable(false);
        return item;
    }

    private void clear() {
        clearing = true;
        try {
            search.clear();
            for (Map<?, CheckBox> boxes : List.of(types, severities, reliabilities, credibilities, labels)) {
                boxes.values().forEach(b -> b.setSelected(false));
            }
            model.setFilter(PictureFilter.all());
        } finally {
            clearing = false;
        }
        updateButtonTexts();
    }

    private void apply() {
        if (clearing) {
            return;
        }
        PictureFilter f = model.filter()
                .withText(search.getText())
                .withTypes(chosen(types, () -> EnumSet.noneOf(IncidentType.class)))
                .withSeverities(chosen(severities, () -> EnumSet.noneOf(Severity.class)))
                .withGrades(chosen(reliabilities, LinkedHashSet::new), chosen(credibilities, LinkedHashSet::new))
                .withLabels(chosen(labels, LinkedHashSet::new));
        updateButtonTexts();
        model.setFilter(f);
    }

    private void updateButtonTexts() {
        typeButton.setText(summary("Type", types, IncidentType::label));
        severityButton.setText(summary("Severity", severities, ReviewFormat::severity));
        List<String> grades = new ArrayList<>();
        reliabilities.forEach((k, b) -> {
            if (b.isSelected()) {
                grades.add(String.valueOf(k));
            }
        });
        credibilities.forEach((k, b) -> {
            if (b.isSelected()) {
                grades.add(String.valueOf(k));
            }
        });
        gradeButton.setText(grades.isEmpty() ? "Grade: any" : "Grade: " + String.join(",", grades));
        labelButton.setText(summary("Label", labels, ReleaseLabel::displayForm));
        for (MenuButton b : List.of(typeButton, severityButton, gradeButton, labelButton)) {
            boolean active = !b.getText().endsWith(": any");
            b.getStyleClass().remove("review-filter-active");
            if (active) {
                b.getStyleClass().add("review-filter-active");
            }
        }
    }

    private static <K> String summary(String name, Map<K, CheckBox> boxes, Function<K, String> text) {
        List<String> chosen = new ArrayList<>();
        boxes.forEach((k, b) -> {
            if (b.isSelected()) {
                chosen.add(text.apply(k));
            }
        });
        if (chosen.isEmpty()) {
            return name + ": any";
        }
        return chosen.size() <= 2 ? name + ": " + String.join(", ", chosen) : name + ": " + chosen.size() + " chosen";
    }

    private static <K, S extends Set<K>> S chosen(Map<K, CheckBox> boxes, Supplier<S> empty) {
        S out = empty.get();
        boxes.forEach((k, b) -> {
            if (b.isSelected()) {
                out.add(k);
            }
        });
        return out;
    }
}
