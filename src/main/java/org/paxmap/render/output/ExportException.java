package org.paxmap.render.output;

import java.nio.file.Path;

/**
 * An export that did not produce its file. The message names the file and the reason in one sentence fit to show to a
 * user as it is ("Could not write /media/usb/brief.pdf: no space left on the device"); the cause, if any, is for the
 * log. Nothing was left at the target or beside it.
 */
public class ExportException extends Exception {
    private final Path target;

    ExportException(Path target, String message, Throwable cause) {
        super(message, cause);
        this.target = target;
    }

    /** The file that was to be written. */
    public Path target() {
        return target;
    }
}
