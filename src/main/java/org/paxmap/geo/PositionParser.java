package org.paxmap.geo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mil.nga.mgrs.MGRS;
import mil.nga.mgrs.grid.GridType;

/**
 * Reads a position as an analyst types it into a WGS84 {@link ParsedPosition}, or refuses it with a {@link
 * PositionParseException} that names the part and the reason.
 *
 * <p>Accepted, case-insensitively and with any spacing:
 *
 * <ul>
 *   <li>decimal degrees, latitude first unless hemisphere letters say otherwise: {@code 33.2712, 35.2033}, {@code
 *       -33.5 151.2}, {@code 33.2712N 35.2033E}, {@code E35.2033 N33.2712};
 *   <li>degrees-minutes-seconds and degrees-decimal-minutes, with symbols ({@code ° ' "}, also {@code ′ ″ º}) or
 *       without: {@code 33°16'16.3"N 35°12'11.9"E}, {@code 33 16 16.3 N 035 12 11.9 E}, {@code N33°16.272'
 *       E35°12.198'};
 *   <li>MGRS with 0 to 5 digits per coordinate (100 km down to 1 m), with or without spaces: {@code 36SYC1234567890},
 *       {@code 36S YC 12345 67890}. Conversion is NGA's {@code mil.nga.mgrs} library; the position returned is the
 *       centre of the square the reference names.
 * </ul>
 *
 * <p>Either both coordinates carry a hemisphere letter or neither does; a sign and a hemisphere letter on the same
 * coordinate are refused as ambiguous. Stateless and thread-safe.
 */
public final class PositionParser {
    private static final Pattern MGRS_SHAPE = Pattern.compile("(\\d{1,3})([A-Z])([A-Z])([A-Z])(\\d*)");
    private static final String BANDS = "CDEFGHJKLMNPQRSTUVWX";
    private static final String[] UNIT_NAMES = {"degrees", "minutes", "seconds"};
    private static final char[] UNIT_SYMBOLS = {'°', '\'', '"'};

    private PositionParser() {}

    /**
     * The position {@code text} denotes.
     *
     * @throws PositionParseException naming the part that is wrong and why
     */
    public static ParsedPosition parse(String text) {
        if (text == null || text.isBlank()) {
            throw new PositionParseException(text, "no position given: expected decimal degrees, DMS or MGRS");
        }
        String normal = normalise(text);
        String compact = normal.replaceAll("\\s+", "");
        Matcher mgrs = MGRS_SHAPE.matcher(compact);
        if (mgrs.matches()) {
            return mgrs(text, mgrs);
        }
        return degrees(text, tokens(text, normal));
    }

    private static String normalise(String text) {
        return text.strip()
                .toUpperCase(Locale.ROOT)
                .replace("''", "\"")
                .replace('′', '\'')
                .replace('’', '\'')
                .replace('‘', '\'')
                .replace('´', '\'')
                .replace('″', '"')
                .replace('”', '"')
                .replace('“', '"')
                .replace('º', '°')
                .replace('˚', '°')
                .replace('−', '-');
    }

    // ---------------------------------------------------------------- MGRS

    private static ParsedPosition mgrs(String text, Matcher m) {
        int zone = Integer.parseInt(m.group(1));
        if (zone < 1 || zone > 60) {
            throw new PositionParseException(text, "MGRS grid zone " + zone + " does not exist (zones are 1…60)");
        }
        char band = m.group(2).charAt(0);
        if (BANDS.indexOf(band) < 0) {
            throw new PositionParseException(
                    text, "MGRS latitude band '" + band + "' does not exist (bands are C…X without I and O)");
        }
        String square = m.group(3) + m.group(4);
        if (square.indexOf('I') >= 0 || square.indexOf('O') >= 0) {
            throw new PositionParseException(
                    text, "MGRS 100 km square '" + square + "' does not exist: the letters I and O are not used");
        }
        if (square.charAt(1) > 'V') {
            throw new PositionParseException(
                    text, "MGRS 100 km square '" + square + "' does not exist: row letters run from A to V");
        }
        String digits = m.group(5);
        if (digits.length() % 2 != 0) {
            throw new PositionParseException(
                    text,
                    "MGRS easting and northing must have the same number of digits: '" + digits + "' has "
                            + digits.length());
        }
        if (digits.length() > 10) {
            throw new PositionParseException(
                    text,
                    "MGRS easting and northing have at most 5 digits each: '" + digits + "' has " + digits.length());
        }
        String reference = zone + m.group(2) + square + digits;
        MGRS parsed;
        try {
            parsed = MGRS.parse(reference);
        } catch (ParseException | IllegalArgumentException e) {
            throw new PositionParseException(text, "MGRS reference " + reference + " is not valid: " + e.getMessage());
        }
        // The digits typed set the square, not the value (NGA's precision() reads 12300 as 100 m).
        long size = GridType.withAccuracy(digits.length() / 2).getPrecision();
        long half = size / 2;
        MGRS centre = MGRS.create(
                parsed.getZone(),
                parsed.getBand(),
                parsed.getColumn(),
                parsed.getRow(),
                parsed.getEasting() + half,
                parsed.getNorthing() + half);
        mil.nga.grid.features.Point point = centre.toPoint();
        return new ParsedPosition(point.getLatitude(), point.getLongitude(), size, PositionNotation.MGRS);
    }

    // ---------------------------------------------------------------- degrees

    private enum Kind {
        NUMBER,
        UNIT,
        HEMISPHERE,
        SEPARATOR
    }

    private record Token(Kind kind, String text) {
        char symbol() {
            return text.charAt(0);
        }
    }

    private static PositionParseException unreadable(String text) {
        return new PositionParseException(
                text, "cannot read '" + text.strip() + "' as a position: expected decimal degrees, DMS or MGRS");
    }

    private static List<Token> tokens(String text, String normal) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < normal.length()) {
            char c = normal.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c) || c == '.' || ((c == '-' || c == '+') && i + 1 < normal.length())) {
                int start = i++;
                while (i < normal.length() && (Character.isDigit(normal.charAt(i)) || normal.charAt(i) == '.')) {
                    i++;
                }
                String number = normal.substring(start, i);
                if (!number.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
                    throw unreadable(text);
                }
                tokens.add(new Token(Kind.NUMBER, number));
            } else if (c == '°' || c == '\'' || c == '"') {
                tokens.add(new Token(Kind.UNIT, String.valueOf(c)));
                i++;
            } else if (c == 'N' || c == 'S' || c == 'E' || c == 'W') {
                tokens.add(new Token(Kind.HEMISPHERE, String.valueOf(c)));
                i++;
            } else if (c == ',' || c == ';' || c == '/') {
                tokens.add(new Token(Kind.SEPARATOR, String.valueOf(c)));
                i++;
            } else {
                throw unreadable(text);
            }
        }
        return tokens;
    }

    private static ParsedPosition degrees(String text, List<Token> tokens) {
        List<List<Token>> halves = split(text, tokens);
        Coordinate first = coordinate(text, halves.get(0));
        Coordinate second = coordinate(text, halves.get(1));
        if ((first.hemisphere == 0) != (second.hemisphere == 0)) {
            throw new PositionParseException(
                    text, "give a hemisphere letter (N/S, E/W) for both coordinates or for neither");
        }
        if (first.numbers.size() != second.numbers.size()) {
            throw new PositionParseException(
                    text,
                    "write both coordinates the same way: '" + first.written + "' and '" + second.written
                            + "' have different numbers of parts (degrees, minutes, seconds)");
        }
        Coordinate lat;
        Coordinate lon;
        if (first.hemisphere == 0) {
            lat = first;
            lon = second;
        } else if (first.isLatitude() && !second.isLatitude()) {
            lat = first;
            lon = second;
        } else if (!first.isLatitude() && second.isLatitude()) {
            lat = second;
            lon = first;
        } else if (first.isLatitude()) {
            throw new PositionParseException(
                    text, "both coordinates are latitudes (N/S): one must be a longitude (E/W)");
        } else {
            throw new PositionParseException(
                    text, "both coordinates are longitudes (E/W): one must be a latitude (N/S)");
        }
        double latitude = lat.value();
        double longitude = lon.value();
        if (latitude < -90 || latitude > 90) {
            throw new PositionParseException(text, "latitude " + plain(latitude) + " is outside −90…90");
        }
        if (longitude < -180 || longitude > 180) {
            throw new PositionParseException(text, "longitude " + plain(longitude) + " is outside −180…180");
        }
        double precision =
                Math.max(lat.resolutionDegrees(), lon.resolutionDegrees()) * ParsedPosition.METRES_PER_DEGREE;
        int parts = Math.max(lat.numbers.size(), lon.numbers.size());
        PositionNotation notation = parts == 1
                ? PositionNotation.DECIMAL_DEGREES
                : parts == 2 ? PositionNotation.DEGREES_DECIMAL_MINUTES : PositionNotation.DEGREES_MINUTES_SECONDS;
        return new ParsedPosition(latitude, longitude, precision, notation);
    }

    /** The tokens of the two coordinates: split at a comma, by hemisphere letters, by degree signs or in the middle. */
    private static List<List<Token>> split(String text, List<Token> tokens) {
        List<Integer> separators = indexes(tokens, Kind.SEPARATOR);
        List<Integer> hemispheres = indexes(tokens, Kind.HEMISPHERE);
        int cut; // the first token of the second coordinate
        int skip = 0; // tokens between the two coordinates
        if (separators.size() > 1) {
            throw unreadable(text);
        } else if (separators.size() == 1) {
            cut = separators.get(0);
            skip = 1;
        } else if (hemispheres.size() == 2) {
            boolean prefix = tokens.get(0).kind() == Kind.HEMISPHERE;
            boolean suffix = tokens.get(tokens.size() - 1).kind() == Kind.HEMISPHERE;
            if (prefix == suffix) {
                throw unreadable(text);
            }
            cut = prefix ? hemispheres.get(1) : hemispheres.get(0) + 1;
        } else if (hemispheres.size() == 1) {
            throw new PositionParseException(
                    text, "give a hemisphere letter (N/S, E/W) for both coordinates or for neither");
        } else if (hemispheres.size() > 2) {
            throw new PositionParseException(text, "more than two hemisphere letters in '" + text.strip() + "'");
        } else {
            cut = splitByNumbers(text, tokens);
        }
        List<Token> first = tokens.subList(0, cut);
        List<Token> second = tokens.subList(cut + skip, tokens.size());
        if (first.isEmpty() || second.isEmpty()) {
            throw new PositionParseException(text, "expected two coordinates, latitude and longitude");
        }
        return List.of(first, second);
    }

    private static int splitByNumbers(String text, List<Token> tokens) {
        List<Integer> numbers = indexes(tokens, Kind.NUMBER);
        List<Integer> degreeSigns = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).kind() == Kind.UNIT && tokens.get(i).symbol() == '°') {
                degreeSigns.add(i);
            }
        }
        if (degreeSigns.size() == 2 && degreeSigns.get(1) > 0) {
            return degreeSigns.get(1) - 1;
        }
        if (numbers.size() < 2) {
            throw new PositionParseException(text, "expected two coordinates, latitude and longitude");
        }
        if (numbers.size() % 2 != 0) {
            throw unreadable(text);
        }
        return numbers.get(numbers.size() / 2);
    }

    private static List<Integer> indexes(List<Token> tokens, Kind kind) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).kind() == kind) {
                found.add(i);
            }
        }
        return found;
    }

    /** One coordinate as written: up to three numbers (degrees, minutes, seconds) and an optional hemisphere. */
    private static final class Coordinate {
        final List<BigDecimal> numbers = new ArrayList<>();
        char hemisphere;
        boolean negative;
        String written;

        boolean isLatitude() {
            return hemisphere == 'N' || hemisphere == 'S';
        }

        double value() {
            BigDecimal degrees = numbers.get(0).abs();
            for (int i = 1; i < numbers.size(); i++) {
                degrees = degrees.add(
                        numbers.get(i).divide(BigDecimal.valueOf(i == 1 ? 60 : 3600), 15, RoundingMode.HALF_EVEN));
            }
            double value = degrees.doubleValue();
            return negative || hemisphere == 'S' || hemisphere == 'W' ? -value : value;
        }

        double resolutionDegrees() {
            BigDecimal last = numbers.get(numbers.size() - 1);
            double unit = Math.pow(10, -Math.max(0, last.scale()));
            return unit / (numbers.size() == 1 ? 1 : numbers.size() == 2 ? 60 : 3600);
        }
    }

    private static Coordinate coordinate(String text, List<Token> tokens) {
        Coordinate c = new Coordinate();
        String written = written(tokens);
        c.written = written;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            switch (t.kind()) {
                case HEMISPHERE:
                    if (i != 0 && i != tokens.size() - 1) {
                        throw unreadable(text);
                    }
                    c.hemisphere = t.symbol();
                    break;
                case UNIT:
                    int index = c.numbers.size() - 1;
                    if (index < 0 || tokens.get(i - 1).kind() != Kind.NUMBER) {
                        throw unreadable(text);
                    }
                    if (UNIT_SYMBOLS[index] != t.symbol()) {
                        throw new PositionParseException(
                                text,
                                "in '" + written + "' the " + UNIT_NAMES[index] + " are marked with " + t.symbol()
                                        + ": expected " + UNIT_SYMBOLS[index]);
                    }
                    break;
                case NUMBER:
                    if (c.numbers.size() == 3) {
                        throw new PositionParseException(
                                text,
                                "too many numbers in '" + written + "': expected degrees, minutes and seconds at most");
                    }
                    String number = t.text();
                    boolean signed = number.startsWith("-") || number.startsWith("+");
                    if (signed && !c.numbers.isEmpty()) {
                        throw new PositionParseException(
                                text, UNIT_NAMES[c.numbers.size()] + " in '" + written + "' cannot carry a sign");
                    }
                    c.negative = number.startsWith("-");
                    c.numbers.add(new BigDecimal(number.startsWith("+") ? number.substring(1) : number));
                    break;
                default:
                    throw unreadable(text);
            }
        }
        if (c.numbers.isEmpty()) {
            throw new PositionParseException(text, "'" + written + "' has no number");
        }
        if (c.negative && c.hemisphere != 0) {
            throw new PositionParseException(
                    text, "'" + written + "' has both a minus sign and a hemisphere letter: give one of them");
        }
        for (int i = 0; i < c.numbers.size(); i++) {
            BigDecimal n = c.numbers.get(i).abs();
            if (i + 1 < c.numbers.size() && n.stripTrailingZeros().scale() > 0) {
                throw new PositionParseException(
                        text,
                        UNIT_NAMES[i] + " " + n.toPlainString() + " must be a whole number when " + UNIT_NAMES[i + 1]
                                + " follow");
            }
            if (i > 0 && n.compareTo(BigDecimal.valueOf(60)) >= 0) {
                throw new PositionParseException(text, UNIT_NAMES[i] + " " + n.toPlainString() + " must be below 60");
            }
        }
        return c;
    }

    private static String written(List<Token> tokens) {
        StringBuilder s = new StringBuilder();
        for (Token t : tokens) {
            if (s.length() > 0 && t.kind() == Kind.NUMBER) {
                s.append(' ');
            }
            s.append(t.text());
        }
        return s.toString();
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value)
                .setScale(6, RoundingMode.HALF_EVEN)
                .stripTrailingZeros()
                .toPlainString();
    }
}
