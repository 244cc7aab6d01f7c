package org.paxmap.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One forward step of the picture schema. Applied once, in its own transaction, by {@link Migrations#migrate}; a
 * step must never be changed once released (add a new one instead).
 *
 * @param version the schema version the picture has after this step, from 1
 * @param description what the step does, recorded in {@code paxmap_versions}
 * @param step the SQL work, run inside the transaction
 */
record Migration(int version, String description, Step step) {

    /** The work of a migration, given the writer connection inside an open transaction. */
    @FunctionalInterface
    interface Step {
        void apply(Connection connection) throws SQLException;
    }
}
