package org.paxmap.edit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.paxmap.geo.GeometryValidator;
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

    /**
     * Why {@code c} is not a position on the globe, or empty: {@link GeometryValidator#positionFault}'s rule in the
     * window's words, e.g. "latitude 95 is outside −90…90" or "longitude is not a number".
     */
    static Optional<String> positionProblem(Coordinate c) {
        return GeometryValidator.positionFault(c.x, c.y)
                .map(f -> f.finite()
                        ? f.axis() + " " + number(f.value()) + " is outside −" + f.limit() + "…" + f.limit()
                        : f.axis() + " is not a number");
    }
}
