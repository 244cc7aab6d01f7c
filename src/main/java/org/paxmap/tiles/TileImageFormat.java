package org.paxmap.tiles;

/**
 * What the first bytes of a stored tile say it is. Raster formats this program decodes, and the vector encodings it
 * recognises only to refuse them. Stateless.
 */
enum TileImageFormat {
    PNG("png", "png"),
    JPEG("jpg", "jpeg"),
    WEBP("webp", "webp"),
    /** gzip-compressed data, in practice a Mapbox Vector Tile. */
    GZIP(null, null),
    /** an uncompressed Mapbox Vector Tile (protobuf, field 3 "layers"). */
    PROTOBUF(null, null),
    UNKNOWN(null, null);

    /** The name {@link TileSetInfo#format()} uses, or {@code null} for what is no raster image. */
    final String infoName;
    /** The ImageIO format name, or {@code null}. */
    final String imageIoName;

    TileImageFormat(String infoName, String imageIoName) {
        this.infoName = infoName;
        this.imageIoName = imageIoName;
    }

    boolean isRaster() {
        return infoName != null;
    }

    boolean isVector() {
        return this == GZIP || this == PROTOBUF;
    }

    /** The format the magic bytes of {@code data} announce (PNG 89 50 4E 47, JPEG FF D8 FF, RIFF....WEBP). */
    static TileImageFormat sniff(byte[] data) {
        if (data == null) {
            return UNKNOWN;
        }
        if (startsWith(data, 0, 0x89, 0x50, 0x4E, 0x47)) {
            return PNG;
        }
        if (startsWith(data, 0, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(data, 0, 'R', 'I', 'F', 'F') && startsWith(data, 8, 'W', 'E', 'B', 'P')) {
            return WEBP;
        }
        if (startsWith(data, 0, 0x1F, 0x8B)) {
            return GZIP;
        }
        if (startsWith(data, 0, 0x1A)) {
            return PROTOBUF;
        }
        return UNKNOWN;
    }

    /** The format a metadata value such as "png", "jpeg" or "pbf" names, or {@code null} if it names none. */
    static TileImageFormat named(String name) {
        if (name == null) {
            return null;
        }
        switch (name.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "png":
                return PNG;
            case "jpg":
            case "jpeg":
                return JPEG;
            case "webp":
                return WEBP;
            case "pbf":
            case "mvt":
                return PROTOBUF;
            default:
                return null;
        }
    }

    private static boolean startsWith(byte[] data, int offset, int... expected) {
        if (data.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((data[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
