package org.paxmap.render.output;

import java.nio.file.Path;

/** The export was stopped through {@link ExportProgress#isCancelled()}; nothing was written. */
public final class ExportCancelledException extends ExportException {
    ExportCancelledException(Path target) {
        super(target, "Export to " + target + " was cancelled", null);
    }
}
