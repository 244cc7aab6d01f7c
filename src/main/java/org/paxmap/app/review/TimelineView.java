package org.paxmap.app.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.paxmap.review.DailyHistogram;
import org.paxmap.review.PictureFilter;

/**
 * The timeline under the map: a histogram of incidents per UTC day over the whole picture (counting what the other
 * filters let through) with the time window drawn over it. Drag inside the window to move it, drag its edges to
 * resize it, drag across the histogram to draw a new one; double-click or "All time" removes it. The window snaps to
 * whole days and sets the model's filter on every step of a drag, so the table and map follow the mouse. FX-thread
 * only.
 */
public final class TimelineView extends VBox {
    static final double MARGIN = 10;
    private static final double AXIS = 16;
    private static final double EDGE = 6;
    private static final Color BAR = Color.web("#90a4ae");
    private static final Color BAR_IN = Color.web("#1565c0");
    private static final Color WINDOW_FILL = Color.web("#1565c0", 0.10);
    private static final Color WINDOW_EDGE = Color.web("#0d47a1");
    private static final Color AXIS_TEXT = Color.web("#455a64");
    private static final Color GRID = Color.web("#cfd8dc");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private enum Drag {
        NONE,
        MOVE,
        START,
        END,
        NEW
    }

    private final ReviewModel model;
    private final Canvas canvas = new Canvas();
    private final Label summary = new Label();
    private final Pane holder;
    private boolean stale = true;
    private DailyHistogram histogram;
    private Drag drag = Drag.NONE;
    private int anchorDay;
    private int grabStart;
    private int grabEnd;

    /** A timeline over {@code model}'s histogram that sets its filter's time window. */
    public TimelineView(ReviewModel model) {
        this.model = model;
        setId("reviewTimeline");
        getStyleClass().add("review-timeline");
        canvas.setId("timelineCanvas");
        holder = new Pane(canvas) {
            @Override
            protected void layoutChildren() {
                if (stale || canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
                    canvas.setWidth(getWidth());
                    canvas.setHeight(getHeight());
                    stale = false;
                    draw();
                }
            }
        };
        holder.setPrefHeight(70);
        holder.setMinHeight(50);
        VBox.setVgrow(holder, Priority.ALWAYS);
        summary.setId("timelineSummary");
        summary.getStyleClass().add("timeline-summary");
        Label title = new Label("Timeline");
        title.getStyleClass().add("review-filter-heading");
        Button all = new Button("All time");
        all.setId("timelineAll");
        all.setOnAction(e -> setWindow(null, null));
        all.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        summary.setMinWidth(0);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Tooltip.install(
                canvas,
                new Tooltip("Drag across the days to choose a window; drag the window to move it, its edges to resize"
                        + " it; double-click for all time."));
        HBox head = new HBox(8, title, summary, grow, new TimelinePlayer(model), all);
        head.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(head, holder);
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(e -> drag = Drag.NONE);
        canvas.setOnMouseMoved(this::moved);
        canvas.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                setWindow(null, null);
            }
        });
        model.histogramProperty().addListener((o, was, now) -> {
            histogram = now;
            redraw();
        });
        model.filterProperty().addListener((o, was, now) -> redraw());
    }

    /** The x of the left edge of {@code day} (an offset from the histogram's first day) on the canvas. */
    double xOfDay(double day) {
        return MARGIN + day * dayWidth();
    }

    private double dayWidth() {
        int days = histogram == null ? 0 : histogram.days();
        return days == 0 ? 0 : (canvas.getWidth() - 2 * MARGIN) / days;
    }

    private int dayAt(double x) {
        double w = dayWidth();
        if (w == 0) {
            return 0;
        }
        return (int) Math.floor((x - MARGIN) / w);
    }

    /** The window as day offsets {@code [start, end)} from the first day, or {@code null} for all time. */
    private int[] window() {
        PictureFilter f = model.filter();
        if (histogram == null || histogram.days() == 0 || (f.from() == null && f.to() == null)) {
            return null;
        }
        long first = histogram.firstDay().toEpochDay();
        int start = f.from() == null ? 0 : (int) (days(f.from()) - first);
        int end = f.to() == null ? histogram.days() : (int) (Math.ceil(f.to().toEpochMilli() / 86_400_000.0) - first);
        return new int[] {start, end};
    }

    private static long days(Instant at) {
        return Math.floorDiv(at.toEpochMilli(), 86_400_000L);
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || histogram == null || histogram.days() == 0) {
            return;
        }
        int[] w = window();
        int day = clampDay(dayAt(e.getX()));
        if (w != null && Math.abs(e.getX() - xOfDay(w[0])) <= EDGE) {
            drag = Drag.START;
        } else if (w != null && Math.abs(e.getX() - xOfDay(w[1])) <= EDGE) {
            drag = Drag.END;
        } else if (w != null && day >= w[0] && day < w[1]) {
            drag = Drag.MOVE;
            grabStart = w[0];
            grabEnd = w[1];
        } else {
            drag = Drag.NEW;
            setDays(day, day + 1);
        }
        anchorDay = day;
    }

    private void dragged(MouseEvent e) {
        if (drag == Drag.NONE) {
            return;
        }
        int day = clampDay(dayAt(e.getX()));
        int[] w = window();
        int days = histogram.days();
        switch (drag) {
            case MOVE:
                int shift = Math.max(-grabStart, Math.min(days - grabEnd, day - anchorDay));
                setDays(grabStart + shift, grabEnd + shift);
                break;
            case START:
                setDays(Math.min(day, w[1] - 1), w[1]);
                break;
            case END:
                setDays(w[0], Math.max(day + 1, w[0] + 1));
                break;
            default:
                setDays(Math.min(anchorDay, day), Math.max(anchorDay, day) + 1);
        }
    }

    private void moved(MouseEvent e) {
        int[] w = window();
        if (w != null && (Math.abs(e.getX() - xOfDay(w[0])) <= EDGE || Math.abs(e.getX() - xOfDay(w[1])) <= EDGE)) {
            canvas.setCursor(Cursor.H_RESIZE);
        } else if (w != null && dayAt(e.getX()) >= w[0] && dayAt(e.getX()) < w[1]) {
            canvas.setCursor(Cursor.MOVE);
        } else {
            canvas.setCursor(Cursor.CROSSHAIR);
        }
    }

    private int clampDay(int day) {
        return Math.max(0, Math.min(histogram.days() - 1, day));
    }

    private void setDays(int start, int end) {
        LocalDate first = histogram.firstDay();
        setWindow(
                first.plusDays(start).atStartOfDay(ZoneOffset.UTC).toInstant(),
                first.plusDays(end).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private void setWindow(Instant from, Instant to) {
        PictureFilter f = model.filter();
        if (!java.util.Objects.equals(f.from(), from) || !java.util.Objects.equals(f.to(), to)) {
            model.setFilter(f.withTime(from, to));
        }
    }

    /**
     * Sets the summary now and draws the canvas again in the next layout pass: once per pulse however many changes
     * asked for it (a filter change makes two).
     */
    private void redraw() {
        summary.setText(summaryText()); // now, so it is laid out in this pulse with the canvas
        stale = true;
        holder.requestLayout();
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.web("#fafbfc"));
        g.fillRect(0, 0, w, h);
        if (histogram == null || histogram.days() == 0) {
            g.setFill(AXIS_TEXT);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(histogram == null ? "Loading…" : "No incidents to show", w / 2, h / 2);
            return;
        }
        int days = histogram.days();
        int max = Math.max(1, histogram.max());
        double plotTop = 4;
        double plotBottom = h - AXIS;
        double dw = dayWidth();
        int[] window = window();
        // grid line at the top of the scale
        g.setStroke(GRID);
        g.setLineWidth(1);
        g.strokeLine(MARGIN, plotBottom + 0.5, w - MARGIN, plotBottom + 0.5);
        double gap = dw >= 4 ? 1 : 0;
        for (int d = 0; d < days; d++) {
            int c = histogram.count(d);
            boolean in = window == null || (d >= window[0] && d < window[1]);
            if (c == 0) {
                continue;
            }
            double bh = Math.max(1, (plotBottom - plotTop) * c / max);
            g.setFill(in ? BAR_IN : BAR);
            g.fillRect(xOfDay(d), plotBottom - bh, Math.max(1, dw - gap), bh);
        }
        if (window != null) {
            double x0 = xOfDay(window[0]);
            double x1 = xOfDay(window[1]);
            g.setFill(WINDOW_FILL);
            g.fillRect(x0, 0, x1 - x0, plotBottom);
            g.setStroke(WINDOW_EDGE);
            g.setLineWidth(2);
            g.strokeLine(x0, 0, x0, plotBottom);
            g.strokeLine(x1, 0, x1, plotBottom);
            g.setFill(WINDOW_EDGE);
            g.fillRect(x0 - 3, plotBottom / 2 - 9, 6, 18);
            g.fillRect(x1 - 3, plotBottom / 2 - 9, 6, 18);
        }
        drawAxis(g, days, dw, plotBottom);
    }

    /** What the timeline shows in words: the window (or all time), the incidents in it, the tallest day. */
    private String summaryText() {
        if (histogram == null || histogram.days() == 0) {
            return histogram == null ? "" : "no incidents";
        }
        int days = histogram.days();
        int[] window = window();
        int inWindow = 0;
        int from = window == null ? 0 : Math.max(0, window[0]);
        int to = window == null ? days : Math.min(days, window[1]);
        for (int d = from; d < to; d++) {
            inWindow += histogram.count(d);
        }
        LocalDate first = histogram.firstDay();
        String scale = "  ·  tallest day " + ReviewFormat.count(histogram.max());
        if (window == null) {
            return "All time: " + DAY.format(first) + " – " + DAY.format(first.plusDays(days - 1)) + "  ·  "
                    + ReviewFormat.count(inWindow) + " incidents" + scale;
        }
        LocalDate a = first.plusDays(window[0]);
        LocalDate b = first.plusDays(window[1] - 1);
        long n = ChronoUnit.DAYS.between(a, b) + 1;
        return DAY.format(a) + " – " + DAY.format(b) + " (" + n + (n == 1 ? " day" : " days") + ")  ·  "
                + ReviewFormat.count(inWindow) + " incidents" + scale;
    }

    private void drawAxis(GraphicsContext g, int days, double dw, double plotBottom) {
        LocalDate first = histogram.firstDay();
        int step = 1;
        int[] steps = {1, 2, 7, 14, 30, 61, 91, 182, 365, 730};
        for (int s : steps) {
            step = s;
            if (s * dw >= 64) {
                break;
            }
        }
        g.setFont(Font.font(10.5));
        g.setFill(AXIS_TEXT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setStroke(GRID);
        g.setLineWidth(1);
        for (int d = 0; d < days; d += step) {
            double x = Math.round(xOfDay(d)) + 0.5;
            g.strokeLine(x, plotBottom, x, plotBottom + 4);
            if (x < canvas.getWidth() - 40) {
                g.fillText(TICK.format(first.plusDays(d)), x + 2, plotBottom + 2);
            }
        }
    }
}
