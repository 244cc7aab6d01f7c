package org.paxmap.app.review;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.paxmap.review.DailyHistogram;
import org.paxmap.review.PictureFilter;

/**
 * Plays the review's time window through the picture's days: as a sliding window (its current length, or a week when
 * there is none) or cumulatively from the first day, a day a step — or a quarter day, smooth — at a chosen number of
 * days a second. The filter's window is what moves, so the map, the table and the timeline follow as they do for a
 * drag. Stops at the last day; a drag or "All time" while playing stops it. FX thread.
 */
public final class TimelinePlayer extends HBox {
    /** The speeds offered, in days a second. */
    static final double[] SPEEDS = {0.5, 1, 2, 4, 8};

    private static final Duration WEEK = Duration.ofDays(7);

    /** How the window moves. */
    enum Mode {
        SLIDING("Sliding window"),
        CUMULATIVE("Cumulative"),
        SMOOTH("Sliding, smooth");

        private final String words;

        Mode(String words) {
            this.words = words;
        }
    }

    private final ReviewModel model;
    private final ToggleButton play = new ToggleButton("▶ Play");
    private final ChoiceBox<Mode> mode = new ChoiceBox<>(FXCollections.observableArrayList(Mode.values()));
    private final ChoiceBox<Double> speed = new ChoiceBox<>();
    private Timeline ticker;
    private Instant from;
    private Instant to;
    private Instant start;
    private Instant end;
    private Duration step;
    private boolean moving;

    /** A player of {@code model}'s time window. */
    public TimelinePlayer(ReviewModel model) {
        this.model = model;
        setId("timelinePlayer");
        setSpacing(4);
        setAlignment(Pos.CENTER_LEFT);
        play.setId("timelinePlay");
        play.setTooltip(
                new Tooltip("Play the time window through the picture's days (map, table and timeline follow)"));
        play.setMinWidth(Region.USE_PREF_SIZE);
        mode.setId("timelinePlayMode");
        mode.setValue(Mode.SLIDING);
        mode.setConverter(new StringConverter<>() {
            @Override
            public String toString(Mode m) {
                return m == null ? "" : m.words;
            }

            @Override
            public Mode fromString(String s) {
                return null;
            }
        });
        speed.setId("timelinePlaySpeed");
        for (double s : SPEEDS) {
            speed.getItems().add(s);
        }
        speed.setValue(2.0);
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double d) {
                return d == null ? "" : (d == Math.rint(d) ? String.valueOf(d.intValue()) : String.valueOf(d)) + " d/s";
            }

            @Override
            public Double fromString(String s) {
                return null;
            }
        });
        speed.setTooltip(new Tooltip("Days played a second"));
        getChildren().addAll(play, mode, speed);
        play.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                start();
            } else {
                pause();
            }
        });
        speed.valueProperty().addListener((o, was, now) -> {
            if (isPlaying()) {
                ticker.stop();
                schedule();
            }
        });
        // a window set by hand (a drag, "All time") while playing stops the playback
        model.filterProperty().addListener((o, was, now) -> {
            if (!moving
                    && isPlaying()
                    && !(java.util.Objects.equals(now.from(), from) && java.util.Objects.equals(now.to(), to))) {
                play.setSelected(false);
            }
        });
    }

    /** Whether the window is moving. */
    public boolean isPlaying() {
        return ticker != null && ticker.getStatus() == Animation.Status.RUNNING;
    }

    private void start() {
        DailyHistogram days = model.histogramProperty().get();
        if (days == null || days.days() == 0) {
            play.setSelected(false);
            return;
        }
        start = days.firstDay().atStartOfDay(ZoneOffset.UTC).toInstant();
        end = days.firstDay().plusDays(days.days()).atStartOfDay(ZoneOffset.UTC).toInstant();
        PictureFilter f = model.filter();
        Mode m = mode.getValue();
        step = m == Mode.SMOOTH ? Duration.ofHours(6) : Duration.ofDays(1);
        if (m == Mode.CUMULATIVE) {
            from = start;
            to = f.to() != null && f.to().isAfter(start) && f.to().isBefore(end) ? f.to() : start.plus(step);
        } else {
            Duration length = f.from() != null && f.to() != null ? Duration.between(f.from(), f.to()) : WEEK;
            boolean resume = f.from() != null && f.to() != null && f.to().isBefore(end);
            to = resume ? f.to() : start.plus(length);
            from = to.minus(length);
        }
        apply();
        schedule();
    }

    private void schedule() {
        double stepsPerSecond = speed.getValue() * (Duration.ofDays(1).toMillis() / (double) step.toMillis());
        ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1 / stepsPerSecond), e -> advance()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
    }

    private void advance() {
        if (!to.isBefore(end)) {
            play.setSelected(false);
            return;
        }
        to = to.plus(step);
        if (mode.getValue() != Mode.CUMULATIVE) {
            from = from.plus(step);
        }
        apply();
    }

    private void apply() {
        moving = true;
        try {
            model.setFilter(model.filter().withTime(from, to));
        } finally {
            moving = false;
        }
    }

    private void pause() {
        if (ticker != null) {
            ticker.stop();
        }
    }
}
