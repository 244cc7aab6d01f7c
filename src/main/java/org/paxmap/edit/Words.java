package org.paxmap.edit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.paxmap.geo.PositionFormat;
import org.paxmap.model.DateTimeGroup;

/** The wording shared by the drafts' and geometry edits' messages. Stateless. */
final class Words {
    private Words() {}

    /** A number as written, without a trailing ".0" or exponent: 95, 35.5, −5. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().replace('-', '−');
    }

    /** A position as the window shows it: latitude, longitude, five decimals. */
    static String position(Coordinate c) {
        return PositionFormat.decimal(c.x, c.y);
    }

    /** An instant as a date-time group in Z. */
    static String time(Instant instant) {
        return DateTimeGroup.format(instant);
    }

    /** Why {@code c} is not a position on the globe, or empty. */
    static Optional<String> positionProblem(Coordinate c) {
        if (!Double.isFinite(c.y)) {
            return Optional.of("latitude is not a number");
        }
        if (!Double.isFinite(c.x)) {
            return Optional.of("longitude is not a number");
        }
        if (c.y < -90 || c.y > 90) {
            return Optional.of("latitude " + number(c.y) + " is outside −90…90");
        }
        if (c.x < -180 || c.x > 180) {
            return Optional.of("longitude " + number(c.x) + " is outside −180…180");
        }
        return Optional.empty();
    }
}
