package org.paxmap.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.store.PictureStore;
import org.paxmap.testing.SharedData;

/**
 * A GeoPackage from outside is read with {@code PRAGMA trusted_schema = OFF}: a feature "table" that is a view
 * reaching into a virtual table not marked innocuous (here {@code pragma_table_info}) is refused with the file named,
 * and the picture is left unchanged; the same file with the view removed imports.
 */
class UntrustedSchemaTest {
    @TempDir
    Path dir;

    @Test
    void aViewCallingAVirtualTableInAForeignGeoPackageIsRefusedAndThePictureUnchanged() throws Exception {
        Path real = SharedData.realdata().resolve("geopackage/geopackage-js_gdal_sample.gpkg");
        Assumptions.assumeTrue(Files.isRegularFile(real), "needs ../shared/realdata (" + real + ")");
        Path hostile = Files.copy(real, dir.resolve("hostile.gpkg"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + hostile);
                Statement s = c.createStatement()) {
            s.execute("PRAGMA legacy_alter_table = ON");
            s.execute("ALTER TABLE point2d RENAME TO point2d_rows");
            s.execute("CREATE VIEW point2d AS SELECT * FROM point2d_rows"
                    + " WHERE (SELECT count(*) FROM pragma_table_info('point2d_rows')) > 0");
        }
        Path picture = dir.resolve("picture.gpkg");
        PictureStore.create(picture, "TST-1").close();
        String before = PictureChecksum.of(picture);
        try (PictureStore store = PictureStore.open(picture)) {
            assertThatThrownBy(() -> ImportPipeline.apply(store, List.of(hostile), RealDataImportTest.OPTIONS))
                    .isInstanceOf(ImportException.class)
                    .hasMessageStartingWith("hostile.gpkg: refused: its schema (a view or trigger) calls a function"
                            + " or table that a file from outside may not use")
                    .hasMessageContaining("pragma_table_info");
        }
        assertThat(PictureChecksum.of(picture)).isEqualTo(before);

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + hostile);
                Statement s = c.createStatement()) {
            s.execute("DROP VIEW point2d");
            s.execute("CREATE VIEW point2d AS SELECT * FROM point2d_rows");
        }
        try (PictureStore store = PictureStore.open(picture)) {
            assertThat(ImportPipeline.apply(store, List.of(hostile), RealDataImportTest.OPTIONS)
                            .changes())
                    .as("the same file with a harmless view imports, so the refusal was the view's doing")
                    .isPositive();
        }
    }
}
