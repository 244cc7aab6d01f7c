package org.paxmap.render.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/** Slides as a briefing draws them: base-map tiles under a zone, a route, incidents, a title and a legend. */
final class TestSlides {
    static final Path BASEMAP = Path.of("maps", "basemap.mbtiles");

    private TestSlides() {}

    /** {@code count} distinct tiles of the bundled base map, the most detailed first, skipping {@code offset}. */
    static List<BufferedImage> basemapTiles(int offset, int count) {
        List<BufferedImage> tiles = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + BASEMAP.toAbsolutePath());
                PreparedStatement query = db.prepareStatement(
                        "SELECT tile_data FROM tiles ORDER BY zoom_level DESC, tile_column, tile_row LIMIT ? OFFSET ?")) {
            query.setInt(1, count);
            query.setInt(2, offset);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tiles.add(ImageIO.read(new ByteArrayInputStream(rows.getBytes(1))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + BASEMAP, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tiles;
    }

    /** A slide: {@code tiles} as an 8 × 5 grid over the page, then the vector picture and the title on top. */
    static PageArt slide(String title, List<BufferedImage> tiles) {
        return (g, width, height) -> {
            double tileWidth = width / 8;
            double tileHeight = height / 5;
            for (int i = 0; i < tiles.size(); i++) {
                int column = i % 8;
                int row = (i / 8) % 5;
                g.drawImage(
                        tiles.get(i),
                        (int) Math.round(column * tileWidth),
                        (int) Math.round(row * tileHeight),
                        (int) Math.round(tileWidth) + 1,
                        (int) Math.round(tileHeight) + 1,
                        null);
            }
            vectorPicture(g, width, height, title);
        };
    }

    /** The vector part of a slide: a filled and outlined zone, a curved route, incident dots, title and legend. */
    static void vectorPicture(Graphics2D g, double width, double height, String title) {
        Path2D zone = new Path2D.Double();
        zone.moveTo(width * 0.2, height * 0.3);
        zone.lineTo(width * 0.45, height * 0.25);
        zone.lineTo(width * 0.5, height * 0.6);
        zone.lineTo(width * 0.25, height * 0.7);
        zone.closePath();
        g.setColor(new Color(220, 40, 40));
        g.fill(zone);
        g.setColor(new Color(120, 0, 0));
        g.setStroke(new BasicStroke((float) (width / 300)));
        g.draw(zone);

        Path2D route = new Path2D.Double();
        route.moveTo(width * 0.1, height * 0.9);
        route.curveTo(width * 0.3, height * 0.5, width * 0.6, height * 0.95, width * 0.9, height * 0.4);
        g.setColor(new Color(0, 70, 200));
        g.setStroke(new BasicStroke((float) (width / 150), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(route);

        g.setColor(new Color(255, 200, 0));
        for (int i = 0; i < 6; i++) {
            double r = width / 80;
            g.fill(new Ellipse2D.Double(width * (0.55 + i * 0.06) - r, height * 0.3 - r, 2 * r, 2 * r));
        }

        g.setColor(Color.WHITE);
        g.fillRect(0, 0, (int) Math.ceil(width), (int) Math.round(height * 0.1));
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(height / 20)));
        g.drawString(title, (float) (width * 0.03), (float) (height * 0.07));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(height / 40)));
        g.drawString("Legend: zone, route, incidents", (float) (width * 0.03), (float) (height * 0.97));
    }
}
