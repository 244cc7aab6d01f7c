package org.paxmap.model;

/** The three layers of a picture; each is one GeoPackage feature table and one GeoJSON file in a bundle. */
public enum Layer {
    INCIDENTS("incidents", "POINT"),
    ROUTES("routes", "LINESTRING"),
    ZONES("zones", "MULTIPOLYGON");

    private final String tableName;
    private final String geometryType;

    Layer(String tableName, String geometryType) {
        this.tableName = tableName;
        this.geometryType = geometryType;
    }

    /** The feature table's name, also the layer's name in GeoJSON exports and bundles. */
    public String tableName() {
        return tableName;
    }

    /** What one feature of the layer is called in messages: incident, route, zone. */
    public String noun() {
        return tableName.substring(0, tableName.length() - 1);
    }

    /** The GeoPackage geometry type name declared for the layer's geometry column. */
    public String geometryType() {
        return geometryType;
    }

    /** Finds a layer by its table name (case-insensitive), or throws naming the unknown value. */
    public static Layer fromTableName(String name) {
        for (Layer layer : values()) {
            if (layer.tableName.equalsIgnoreCase(name)) {
                return layer;
            }
        }
        throw new IllegalArgumentException("unknown layer '" + name + "' (expected incidents, routes or zones)");
    }
}
