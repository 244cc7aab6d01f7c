package org.paxmap.bundle.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code root init} whose key file cannot be written (a real write failure: a child JVM under {@code ulimit -f 0},
 * which may create the empty placeholder but not write a byte) leaves no file behind, so that the next try makes the
 * root key instead of answering "a root key is made once".
 */
@Tag("slow")
class RootInitFailureTest {
    @TempDir
    Path dir;

    @Test
    void aRootKeyThatCannotBeWrittenLeavesNoPlaceholderAndTheNextTryMakesIt() throws Exception {
        Path bash = Path.of("/bin/bash");
        assumeTrue(Files.isExecutable(bash), "no /bin/bash to run the child under ulimit -f 0");
        Path file = dir.resolve("fra-root.key");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        bash.toString(),
                        "-c",
                        "ulimit -f 0 && exec \"$@\"",
                        "bash",
                        java,
                        "-XX:-UsePerfData",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Child.class.getName(),
                        file.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child ends").isTrue();
        String said = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(said).isEqualTo(1);
        assertThat(said).startsWith("refused: cannot write the root key file " + file);

        assertThat(file).as("no empty placeholder is left").doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).as("nor a temporary file").isEmpty();
        }
        NodeIdentity root = RootAuthority.init(
                file, "fra", "French national root", RootKeyTest.PASS, EncryptedPrivateKey.MIN_ITERATIONS);
        assertThat(RootKeyFile.read(file).identity()).isEqualTo(root);
    }

    /** Makes a root key in {@code args[0]}; prints "refused: REASON" and exits 1 if it cannot. */
    static final class Child {
        private Child() {}

        public static void main(String[] args) {
            try {
                RootAuthority.init(
                        Path.of(args[0]),
                        "fra",
                        "French national root",
                        RootKeyTest.PASS,
                        EncryptedPrivateKey.MIN_ITERATIONS);
                System.out.println("made");
                System.exit(0);
            } catch (TrustException e) {
                System.out.println("refused: " + e.getMessage());
                System.exit(1);
            }
        }
    }
}
