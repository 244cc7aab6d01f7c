package org.paxmap.cli;

import static org.paxmap.text.OutsideText.visible;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.locationtech.jts.geom.Point;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ThreatZone;
import org.paxmap.store.PictureStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paxmap query}: lists the features that match a filter, one per line, tab-separated. */
@Command(
        name = "query",
        description = {
            "List features matching a filter, one per line (tab-separated):",
            "layer, id, time, type/status/level, lon, lat (incidents) or name."
        })
final class QueryCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PICTURE", description = "the picture file")
    Path picture;

    @Mixin
    QueryOptions filter = new QueryOptions();

    @Override
    public Integer call() throws Exception {
        List<Feature> found;
        try (PictureStore store = PictureStore.open(picture)) {
            found = store.query(filter.toQuery());
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Feature f : found) {
            out.println(line(f));
        }
        out.println("# " + found.size() + " features");
        return 0;
    }

    private static String line(Feature feature) {
        if (feature instanceof Incident i) {
            Point p = i.location();
            return String.join(
                    "\t",
                    "incident",
                    i.id().toString(),
                    i.occurredAt().toString(),
                    i.type().code(),
                    i.severity().code(),
                    String.format(java.util.Locale.ROOT, "%.6f\t%.6f", p.getX(), p.getY()),
                    visible(i.title()));
        }
        if (feature instanceof PatrolRoute r) {
            return String.join(
                    "\t",
                    "route",
                    r.id().toString(),
                    r.plannedStart().toString(),
                    r.status().code(),
                    visible(r.unit()),
                    visible(r.name()));
        }
        ThreatZone z = (ThreatZone) feature;
        return String.join(
                "\t",
                "zone",
                z.id().toString(),
                z.validFrom().toString(),
                z.threatLevel().code(),
                z.category().code(),
                visible(z.name()));
    }
}
