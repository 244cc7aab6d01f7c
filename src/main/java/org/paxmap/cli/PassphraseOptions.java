package org.paxmap.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where a command gets the node key's passphrase: {@code --passphrase-file FILE} (its first line), else the
 * environment variable {@value #ENV}, else the console (asked twice when a key is created). Not thread-safe (one per
 * command invocation).
 */
final class PassphraseOptions {
    static final String ENV = "PAXMAP_PASSPHRASE";

    @Option(
            names = "--passphrase-file",
            paramLabel = "FILE",
            description = "read the key's passphrase from the first line of FILE (default: $" + ENV
                    + ", else ask on the console)")
    Path file;

    /** The command this option belongs to, for its error stream (null when made by hand, e.g. a second passphrase). */
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** Where warnings go when there is no command (a passphrase option made by hand). */
    PrintWriter warnings;

    /** Work given the passphrase, which is cleared when it returns. */
    @FunctionalInterface
    interface Secret<T> {
        T with(char[] passphrase) throws Exception;
    }

    /** Reads the passphrase ({@link #read}), hands it to {@code work} and clears it, whatever happens. */
    <T> T use(boolean confirm, Secret<T> work) throws Exception {
        char[] secret = read(confirm);
        try {
            return work.with(secret);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /** The passphrase; {@code confirm} asks twice on the console. */
    char[] read(boolean confirm) throws CommandFailure {
        if (file != null) {
            try {
                warnIfReadableByOthers();
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String line = text.lines().findFirst().orElse("");
                if (line.isEmpty()) {
                    throw new CommandFailure("passphrase file " + file + " is empty");
                }
                return line.toCharArray();
            } catch (NoSuchFileException e) {
                throw new CommandFailure("passphrase file " + file + ": no such file");
            } catch (IOException e) {
                throw new CommandFailure("passphrase file " + file + " cannot be read: " + e.getMessage());
            }
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isEmpty()) {
            return env.toCharArray();
        }
        return fromConsole(confirm);
    }

    /**
     * Warns, without refusing, when the passphrase file can be read by other users of this computer (group or other
     * read permission): anyone who can read it can unlock the node key. Says how to fix it.
     */
    private void warnIfReadableByOthers() throws IOException {
        Set<PosixFilePermission> mode;
        try {
            mode = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException notPosix) {
            return; // no POSIX permissions here (Windows): nothing to say
        }
        if (mode.contains(PosixFilePermission.GROUP_READ) || mode.contains(PosixFilePermission.OTHERS_READ)) {
            PrintWriter err = mixee != null ? mixee.commandLine().getErr() : warnings;
            if (err != null) {
                err.println("warning: passphrase file " + file + " can be read by other users of this computer (mode "
                        + PosixFilePermissions.toString(mode) + "): anyone who reads it can unlock the node key;"
                        + " make it readable only by you: chmod 600 " + file);
                err.flush();
            }
        }
    }

    /** The passphrase typed on the console ({@code confirm}: twice); refused when there is no console. */
    static char[] fromConsole(boolean confirm) throws CommandFailure {
        @SuppressWarnings("SystemConsoleNull") // on Java 17, the JDK this build targets, null means no terminal
        Console console = System.console();
        if (console == null) {
            throw new CommandFailure(
                    "no passphrase: give --passphrase-file FILE or set " + ENV + " (there is no console to ask on)");
        }
        char[] first = console.readPassword("Passphrase for the node key: ");
        if (first == null) {
            throw new CommandFailure("no passphrase given");
        }
        if (confirm) {
            char[] again = console.readPassword("Same passphrase again: ");
            if (again == null || !Arrays.equals(first, again)) {
                throw new CommandFailure("the two passphrases differ; nothing was created");
            }
        }
        return first;
    }
}
