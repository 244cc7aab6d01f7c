package org.paxmap.interop;

/**
 * What a reader does with a thing that cannot become a feature: refuse the whole file (the default: fail closed), or
 * with skip-invalid leave it out and say so. Stateless.
 */
final class ItemProblems {
    private ItemProblems() {}

    /**
     * @param where the file and the item, e.g. {@code a.kml, Placemark 3 ("Camp")}
     * @param kind the kind of thing for the preview's skip count, e.g. {@code KML Placemark}
     * @throws ImportException unless the context skips invalid things
     */
    static void handle(ImportContext context, ImportSink sink, String where, String kind, ItemProblem problem)
            throws ImportException {
        if (!context.options().skipInvalid()) {
            throw new ImportException(where + ": " + problem.getMessage());
        }
        sink.skip(kind, "invalid (left out as asked)");
        sink.warn("skipped " + where + ": " + problem.getMessage());
    }
}
