package org.paxmap.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.paxmap.geo.Wgs84;

/**
 * The GeoPackage binary geometry encoding (GeoPackage 1.3, clause 2.1.3): a header ({@code GP}, version 0, a flags
 * byte, the srs id, an optional envelope) followed by standard 2D WKB. Points are written without an envelope, other
 * geometries with {@code [minx, maxx, miny, maxy]}; everything is little-endian.
 *
 * <p>Also reads the envelope straight from an encoded blob without parsing the WKB, for the {@code ST_MinX}… SQL
 * functions the R*Tree triggers call. Thread-safe: every method is stateless ({@link WKBWriter}/{@link WKBReader}
 * are created per call, they are cheap).
 */
public final class GeoPackageGeometry {
    private static final byte FLAG_LITTLE_ENDIAN = 0x01;
    private static final byte FLAG_ENVELOPE_XY = 0x02;
    private static final byte FLAG_EMPTY = 0x10;
    private static final int HEADER = 8;

    private GeoPackageGeometry() {}

    /** Encodes {@code geometry} with srs id 4326; {@code null} encodes to {@code null}. */
    public static byte[] encode(Geometry geometry) {
        if (geometry == null) {
            return null;
        }
        byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(geometry);
        boolean empty = geometry.isEmpty();
        boolean withEnvelope = !empty && !(geometry instanceof Point);
        ByteBuffer out = ByteBuffer.allocate(HEADER + (withEnvelope ? 32 : 0) + wkb.length)
                .order(ByteOrder.LITTLE_ENDIAN);
        out.put((byte) 'G').put((byte) 'P').put((byte) 0);
        out.put((byte) (FLAG_LITTLE_ENDIAN | (withEnvelope ? FLAG_ENVELOPE_XY : 0) | (empty ? FLAG_EMPTY : 0)));
        out.putInt(Wgs84.SRID);
        if (withEnvelope) {
            Envelope e = geometry.getEnvelopeInternal();
            out.putDouble(e.getMinX())
                    .putDouble(e.getMaxX())
                    .putDouble(e.getMinY())
                    .putDouble(e.getMaxY());
        }
        out.put(wkb);
        return out.array();
    }

    /**
     * Decodes a GeoPackage geometry blob into a geometry of {@link Wgs84#FACTORY}; {@code null} decodes to {@code
     * null}.
     *
     * @throws IllegalArgumentException if the blob is not a GeoPackage geometry
     */
    public static Geometry decode(byte[] blob) {
        if (blob == null) {
            return null;
        }
        int offset = wkbOffset(blob);
        if (blob.length == offset + 21) {
            // A 2D point, the common case: read it directly rather than through WKBReader (a map viewport decodes
            // thousands per frame).
            ByteOrder order = blob[offset] == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
            ByteBuffer buf = ByteBuffer.wrap(blob).order(order);
            if (buf.getInt(offset + 1) == 1) {
                return Wgs84.point(buf.getDouble(offset + 5), buf.getDouble(offset + 13));
            }
        }
        try {
            byte[] wkb = new byte[blob.length - offset];
            System.arraycopy(blob, offset, wkb, 0, wkb.length);
            return new WKBReader(Wgs84.FACTORY).read(wkb);
        } catch (ParseException e) {
            throw new IllegalArgumentException("bad WKB in GeoPackage geometry: " + e.getMessage(), e);
        }
    }

    /** Whether the blob is {@code null} or flags an empty geometry. */
    static boolean isEmpty(byte[] blob) {
        return blob == null || (header(blob) & FLAG_EMPTY) != 0;
    }

    /**
     * One bound of the blob's envelope: 0 min x, 1 max x, 2 min y, 3 max y; read from the header envelope, or for a
     * point without one, from its WKB coordinates. {@code NaN} for an empty geometry.
     */
    static double bound(byte[] blob, int which) {
        int flags = header(blob);
        ByteOrder order = (flags & FLAG_LITTLE_ENDIAN) != 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        int envelope = (flags >> 1) & 0x07;
        ByteBuffer buf = ByteBuffer.wrap(blob).order(order);
        if (envelope != 0) {
            return buf.getDouble(HEADER + 8 * which);
        }
        int wkb = HEADER;
        if (blob.length < wkb + 21) {
            return Double.NaN;
        }
        ByteOrder wkbOrder = blob[wkb] == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        buf.order(wkbOrder);
        int type = buf.getInt(wkb + 1) % 1000;
        if (type != 1) {
            // Not a point and no envelope: parse it; rare, only for foreign writers.
            Envelope e = decode(blob).getEnvelopeInternal();
            return e.isNull()
                    ? Double.NaN
                    : switch (which) {
                        case 0 -> e.getMinX();
                        case 1 -> e.getMaxX();
                        case 2 -> e.getMinY();
                        default -> e.getMaxY();
                    };
        }
        return buf.getDouble(wkb + 5 + (which < 2 ? 0 : 8));
    }

    private static int header(byte[] blob) {
        if (blob.length < HEADER || blob[0] != 'G' || blob[1] != 'P') {
            throw new IllegalArgumentException("not a GeoPackage geometry (no 'GP' magic)");
        }
        return blob[3];
    }

    private static int wkbOffset(byte[] blob) {
        int envelope = (header(blob) >> 1) & 0x07;
        int size =
                switch (envelope) {
                    case 0 -> 0;
                    case 1 -> 32;
                    case 2, 3 -> 48;
                    case 4 -> 64;
                    default -> throw new IllegalArgumentException("bad GeoPackage envelope indicator " + envelope);
                };
        return HEADER + size;
    }
}
