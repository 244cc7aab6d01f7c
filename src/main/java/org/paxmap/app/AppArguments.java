package org.paxmap.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The program arguments the window understands: an optional picture file and {@code --exit-after-ms=N} (quit after N
 * milliseconds, for smoke runs). Immutable.
 *
 * @param picture the picture to open, or empty for the sample picture
 * @param exitAfterMillis quit after this many milliseconds, or 0 to run until the user quits
 */
record AppArguments(Optional<Path> picture, long exitAfterMillis) {
    private static final String EXIT_AFTER = "--exit-after-ms=";

    /**
     * Parses the raw arguments.
     *
     * @throws IllegalArgumentException naming an unknown option or a bad number
     */
    static AppArguments parse(List<String> raw) {
        Path picture = null;
        long exitAfter = 0;
        for (String arg : raw) {
            if (arg.startsWith(EXIT_AFTER)) {
                try {
                    exitAfter = Long.parseLong(arg.substring(EXIT_AFTER.length()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--exit-after-ms needs a number of milliseconds, not '"
                            + arg.substring(EXIT_AFTER.length()) + "'");
                }
            } else if (arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + arg);
            } else if (picture == null) {
                picture = Path.of(arg);
            } else {
                throw new IllegalArgumentException("only one picture can be opened, got " + picture + " and " + arg);
            }
        }
        return new AppArguments(Optional.ofNullable(picture), exitAfter);
    }
}
