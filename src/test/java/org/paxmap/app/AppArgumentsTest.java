package org.paxmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppArgumentsTest {
    @Test
    void a_picture_and_a_smoke_run_timeout_are_understood() {
        AppArguments args = AppArguments.parse(List.of("--exit-after-ms=1500", "/tmp/x.gpkg"));
        assertEquals(Optional.of(Path.of("/tmp/x.gpkg")), args.picture());
        assertEquals(1500, args.exitAfterMillis());
        assertEquals(new AppArguments(Optional.empty(), 0), AppArguments.parse(List.of()));
    }

    @Test
    void a_bad_option_is_refused_with_its_name() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AppArguments.parse(List.of("--fast")))
                .getMessage()
                .contains("--fast"));
        assertTrue(
                assertThrows(IllegalArgumentException.class, () -> AppArguments.parse(List.of("--exit-after-ms=soon")))
                        .getMessage()
                        .contains("soon"));
    }

    @Test
    void the_data_folder_is_the_override_then_xdg_then_home() {
        assertEquals(Path.of("/t"), UserDataDir.resolve("/t", Map.of("XDG_DATA_HOME", "/x"), "/h"));
        assertEquals(Path.of("/x/paxmap"), UserDataDir.resolve(null, Map.of("XDG_DATA_HOME", "/x"), "/h"));
        assertEquals(Path.of("/h/.local/share/paxmap"), UserDataDir.resolve("", Map.of(), "/h"));
    }
}
