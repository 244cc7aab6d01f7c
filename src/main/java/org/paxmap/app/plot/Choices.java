package org.paxmap.app.plot;

import java.util.Collection;
import java.util.Locale;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.paxmap.model.ReleaseLabel;

/** Combo boxes for the forms' fixed choices, shown in words. FX-thread only. */
final class Choices {
    private Choices() {}

    /** A combo box of {@code values}, each shown as {@code words} says, with {@code id}. */
    static <T> ComboBox<T> of(String id, Collection<T> values, Function<T, String> words) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setVisibleRowCount(12);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : words.apply(value);
            }

            @Override
            public T fromString(String text) {
                return box.getItems().stream()
                        .filter(v -> words.apply(v).equals(text))
                        .findFirst()
                        .orElse(null);
            }
        });
        return box;
    }

    /** An enum constant in words: {@code UXO_CONTAMINATION} → "UXO contamination", {@code HIGH} → "High". */
    static String words(Enum<?> value) {
        String s = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        s = s.replace("uxo", "UXO");
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A release label as the banner shows it, with its policy. */
    static String label(ReleaseLabel label) {
        return label.displayForm() + "  (" + label.policy() + ", " + label.originator() + ")";
    }
}
