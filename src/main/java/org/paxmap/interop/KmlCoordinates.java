package org.paxmap.interop;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.paxmap.geo.GeometryValidator;
import org.paxmap.geojson.ContentLimits;

/**
 * A KML {@code <coordinates>} text: tuples {@code lon,lat[,alt]} separated by white space. Google Earth (and libkml)
 * also read a tuple list written with commas only ({@code a,b,c,d,e,f}) as lon,lat,alt triples; so does this, with
 * a note. Altitudes are dropped (Paxmap stores 2D positions). Every position must be finite and in range, and one
 * geometry holds at most {@link ContentLimits#MAX_POSITIONS}. Stateless.
 */
final class KmlCoordinates {
    private KmlCoordinates() {}

    /**
     * @param notes receives a note when the comma-only form was read as triples
     */
    static Coordinate[] parse(String text, List<String> notes) throws ItemProblem {
        String[] tuples = text.trim().split("\\s+", -1);
        if (tuples.length == 1 && tuples[0].isEmpty()) {
            throw new ItemProblem("<coordinates> is empty");
        }
        if (tuples.length > ContentLimits.MAX_POSITIONS) {
            throw new ItemProblem("more than " + ContentLimits.MAX_POSITIONS + " positions in one geometry");
        }
        List<Coordinate> out = new ArrayList<>(tuples.length);
        for (int t = 0; t < tuples.length; t++) {
            String[] parts = tuples[t].split(",", -1);
            if (tuples.length == 1 && parts.length > 3 && parts.length % 3 == 0) {
                notes.add("coordinates written without spaces between tuples; read as lon,lat,alt triples as"
                        + " Google Earth does");
                for (int i = 0; i < parts.length; i += 3) {
                    out.add(position(parts[i], parts[i + 1], i / 3 + 1));
                }
                continue;
            }
            if (parts.length < 2 || parts.length > 3) {
                throw new ItemProblem("coordinate " + (t + 1) + " has " + parts.length + " numbers (expected"
                        + " lon,lat or lon,lat,alt)");
            }
            out.add(position(parts[0], parts[1], t + 1));
        }
        return out.toArray(Coordinate[]::new);
    }

    private static Coordinate position(String lon, String lat, int n) throws ItemProblem {
        double x = number(lon, n);
        double y = number(lat, n);
        var problem = GeometryValidator.positionProblem(x, y);
        if (problem.isPresent()) {
            throw new ItemProblem("coordinate " + n + ": " + problem.get());
        }
        return new Coordinate(x, y);
    }

    private static double number(String s, int n) throws ItemProblem {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            String shown = s.length() > 30 ? s.substring(0, 30) + "…" : s;
            throw new ItemProblem("coordinate " + n + ": '" + shown + "' is not a number");
        }
    }
}
