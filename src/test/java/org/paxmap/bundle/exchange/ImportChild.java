package org.paxmap.bundle.exchange;

import java.nio.file.Path;
import org.paxmap.store.PictureStore;

/**
 * A child-process bundle import for {@link KilledImportTest}: {@code ImportChild <picture> <bundle>} opens the
 * picture, previews the bundle, prints {@code applying}, applies it and prints {@code done <written>}.
 */
public final class ImportChild {
    private ImportChild() {}

    /** Runs one import; exits non-zero with the reason if it is refused. */
    public static void main(String[] args) throws Exception {
        try (PictureStore store = PictureStore.open(Path.of(args[0]))) {
            BundleImport importer = new BundleImport(store);
            ImportPreview preview = importer.preview(Path.of(args[1]));
            System.out.println("applying " + preview.bundle().allFeatures().size());
            System.out.flush();
            ImportResult result = importer.apply(preview);
            System.out.println("done " + result.applied().written());
        }
    }
}
