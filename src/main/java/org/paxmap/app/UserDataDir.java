package org.paxmap.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Paxmap keeps its own files (the sample picture): the system property {@code paxmap.dataDir} if set (tests),
 * else {@code $XDG_DATA_HOME/paxmap}, else {@code ~/.local/share/paxmap}. Thread-safe (stateless).
 */
final class UserDataDir {
    /** The system property that overrides the folder. */
    static final String PROPERTY = "paxmap.dataDir";

    private UserDataDir() {}

    /** The folder for this process's properties and environment. */
    static Path resolve() {
        return resolve(System.getProperty(PROPERTY), System.getenv(), System.getProperty("user.home"));
    }

    /** The folder for the given override, environment and home folder. */
    static Path resolve(String override, Map<String, String> env, String home) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "paxmap");
        }
        return Path.of(home, ".local", "share", "paxmap");
    }
}
