package org.paxmap.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parts of a split TAK package export are placed all or none ({@link FeatureExport#placeParts}), on real files:
 * a part that cannot be placed takes the parts placed before it away, and an existing {@code NAME-i.zip} the user did
 * not choose is never replaced.
 */
class SplitPartsPlacementTest {
    @TempDir
    Path dir;

    @Test
    void aPartThatCannotBePlacedTakesThePartsPlacedBeforeItAway() throws Exception {
        Path target = dir.resolve("sector.zip");
        List<Path> parts = FeatureExport.parts(target, 3);
        Path lost = dir.resolve(".paxmap-export-lost.part"); // a temporary file that went missing: part 2 fails
        List<Path> temps = List.of(temp("one"), lost, temp("three"));

        assertThatThrownBy(() -> FeatureExport.placeParts(temps, parts, target)).isInstanceOf(IOException.class);

        assertThat(parts.get(0)).as("part 1 was placed, then taken away").doesNotExist();
        assertThat(parts.get(1)).doesNotExist();
        assertThat(parts.get(2)).doesNotExist();
    }

    @Test
    void anExistingPartIsNeverReplacedAndNothingIsPlaced() throws Exception {
        Path target = dir.resolve("sector.zip");
        List<Path> parts = FeatureExport.parts(target, 3);
        Files.writeString(parts.get(2), "the user's own file", StandardCharsets.UTF_8);
        List<Path> temps = List.of(temp("one"), temp("two"), temp("three"));

        assertThatThrownBy(() -> FeatureExport.placeParts(temps, parts, target))
                .isInstanceOf(ExportException.class)
                .hasMessage("Cannot write " + target + ": the export is split in 3 packages and " + parts.get(2)
                        + " exists (Paxmap replaces only the file you chose); move it away or choose another name."
                        + " Nothing was written");

        assertThat(parts.get(0)).doesNotExist();
        assertThat(parts.get(1)).doesNotExist();
        assertThat(parts.get(2)).hasContent("the user's own file");
    }

    @Test
    void placedPartsHoldTheirPackages() throws Exception {
        Path target = dir.resolve("sector.zip");
        List<Path> parts = FeatureExport.parts(target, 2);
        FeatureExport.placeParts(List.of(temp("one"), temp("two")), parts, target);
        assertThat(parts.get(0)).hasContent("one");
        assertThat(parts.get(1)).hasContent("two");
    }

    private Path temp(String content) throws IOException {
        return Files.writeString(Files.createTempFile(dir, ".paxmap-export-", ".part"), content);
    }
}
