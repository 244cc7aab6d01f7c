package org.paxmap.bundle.trust;

/**
 * Where in which document a JSON value is read, for messages: the file (or other source) and the dotted path of the
 * enclosing object ({@code ""} at the top). Immutable.
 *
 * @param file the file or source named in messages
 * @param prefix the path of the enclosing object followed by a dot, or empty
 */
record JsonPlace(String file, String prefix) {
    /** The top level of {@code file}. */
    static JsonPlace of(String file) {
        return new JsonPlace(file, "");
    }

    /** The dotted path of member {@code name}. */
    String field(String name) {
        return prefix + name;
    }

    /** The place of the object member {@code name}. */
    JsonPlace in(String name) {
        return new JsonPlace(file, prefix + name + ".");
    }
}
