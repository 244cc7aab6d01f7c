package org.paxmap.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.paxmap.model.NodeIds;
import org.paxmap.store.PictureStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paxmap init}: creates an empty picture. */
@Command(name = "init", description = "Create a new, empty picture (a GeoPackage file).")
final class InitCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PICTURE", description = "the picture file to create, e.g. ops.gpkg")
    Path picture;

    @Option(
            names = "--node",
            paramLabel = "ID",
            description = "this node's id in bundles (default: a random id like LOCAL-3F9A2C1E)")
    String node;

    @Option(names = "--title", paramLabel = "TEXT", description = "the picture's title")
    String title;

    @Option(
            names = "--sample",
            description = "create an exercise or test picture, which accepts the TEST ONLY sample keys (never for"
                    + " real data)")
    boolean sample;

    @Override
    public Integer call() throws Exception {
        String nodeId = node != null ? node : NodeIds.random();
        try (PictureStore store = PictureStore.create(picture, nodeId)) {
            if (title != null) {
                store.putSetting("title", title);
            }
            if (sample) {
                store.putSetting(PictureStore.SETTING_SAMPLE, "true");
            }
            spec.commandLine().getOut().println("created " + picture + " (node " + nodeId + ")");
        }
        return 0;
    }
}
