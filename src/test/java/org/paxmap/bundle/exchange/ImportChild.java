package org.paxmap.bundle.exchange;

import java.nio.file.Path;
import org.paxmap.store.PictureStore;
import org.paxmap.testing.StopInsideWrite;

/**
 * A child-process bundle import for {@link KilledImportTest}: {@code ImportChild <picture> <bundle> <bytes>} opens
 * the picture, previews the bundle, prints {@code applying N}, and applies it; once the apply transaction has spilled
 * more than {@code bytes} into the WAL (looked at every 1,024 row changes, on the writing thread itself) it prints
 * {@code halfway} and stops that transaction where it is, for the parent to kill the process at a known point — no
 * race with the end of the apply.
 */
public final class ImportChild {
    private ImportChild() {}

    /** Runs one import up to the marker; exits non-zero with the reason if it is refused. */
    public static void main(String[] args) throws Exception {
        try (PictureStore store = PictureStore.open(Path.of(args[0]))) {
            StopInsideWrite.arm(store, Path.of(args[0]), Long.parseLong(args[2]));
            BundleImport importer = new BundleImport(store);
            ImportPreview preview = importer.preview(Path.of(args[1]));
            System.out.println("applying " + preview.bundle().allFeatures().size());
            System.out.flush();
            ImportResult result = importer.apply(preview);
            System.out.println("done " + result.applied().written());
        }
    }
}
