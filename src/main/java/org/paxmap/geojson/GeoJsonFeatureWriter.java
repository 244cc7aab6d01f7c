package org.paxmap.geojson;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.paxmap.model.Feature;

/**
 * Writes picture features as one RFC 7946 FeatureCollection (UTF-8, no {@code crs} member), each feature as {@link
 * FeatureJson#toGeoJson}. Numbers are written in their shortest form; coordinates, already quantised to 1e-7°, have
 * at most 7 decimals. Streams with a Jackson {@link JsonGenerator}: memory is one feature tree at a time. Thread-safe
 * (stateless); does not close the stream.
 */
public final class GeoJsonFeatureWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GeoJsonFeatureWriter() {}

    /** Writes {@code features} (any layers) with {@link FeatureJson#toGeoJson}; streams, does not close {@code out}. */
    public static void write(List<? extends Feature> features, OutputStream out) throws IOException {
        Collection collection = open(out);
        for (Feature feature : features) {
            collection.write(feature);
        }
        collection.finish();
    }

    /** Starts a FeatureCollection on {@code out}, to be given features one by one; does not close {@code out}. */
    public static Collection open(OutputStream out) throws IOException {
        JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        g.writeArrayFieldStart("features");
        return new Collection(g);
    }

    /** A FeatureCollection being written, one feature at a time. One thread; not thread-safe. */
    public static final class Collection {
        private final JsonGenerator g;

        private Collection(JsonGenerator g) {
            this.g = g;
        }

        /** Writes one feature. */
        public void write(Feature feature) throws IOException {
            g.writeRaw('\n');
            tree(FeatureJson.toGeoJson(feature), g);
        }

        /** Closes the collection and flushes; the stream stays open. */
        public void finish() throws IOException {
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
            g.close();
        }
    }

    /** Writes a tree, doubles in plain decimal notation (never {@code 1.0E-7}, which some GIS readers reject). */
    private static void tree(JsonNode node, JsonGenerator g) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    g.writeFieldName(e.getKey());
                    tree(e.getValue(), g);
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode item : node) {
                    tree(item, g);
                }
                g.writeEndArray();
            }
            case NUMBER -> {
                if (node.isIntegralNumber()) {
                    g.writeNumber(node.longValue());
                } else {
                    double d = node.doubleValue();
                    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                        g.writeNumber((long) d);
                    } else {
                        g.writeNumber(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString());
                    }
                }
            }
            case STRING -> g.writeString(node.textValue());
            case BOOLEAN -> g.writeBoolean(node.booleanValue());
            default -> g.writeNull();
        }
    }
}
