package org.paxmap.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code paxmap} command: picture operations for scripts and field laptops. Exit codes: 0 success, 1 refused input
 * or failed operation (one line on standard error saying why), 2 wrong usage, 3 a bundle import that left conflicts
 * ({@link BundleCommand#CONFLICTS}).
 */
@Command(
        name = "paxmap",
        mixinStandardHelpOptions = true,
        versionProvider = PaxmapCommand.Version.class,
        description = "Paxmap — offline situational-awareness pictures for peace operations.",
        subcommands = {
            InitCommand.class,
            InfoCommand.class,
            ImportCommand.class,
            ImportGeoJsonCommand.class,
            ExportCommand.class,
            ExportGeoJsonCommand.class,
            QueryCommand.class,
            BasemapCommand.class,
            KeysCommand.class,
            PartnersCommand.class,
            RootCommand.class,
            RootsCommand.class,
            BundleCommand.class,
            ConflictsCommand.class,
            ProposalsCommand.class,
            ProvenanceCommand.class,
            BriefCommand.class,
            RenderCommand.class,
            CommandLine.HelpCommand.class
        })
public final class PaxmapCommand implements Runnable {
    /** Exit code for refused input or a failed operation. */
    public static final int FAILED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try: paxmap help)");
    }

    /**
     * Runs the command line and returns its exit code, writing to the given streams through a {@link VisibleWriter}
     * each, so that no control or bidi character reaches them raw (help is printed without ANSI colours for the same
     * reason).
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new PaxmapCommand());
        cli.setOut(new PrintWriter(new VisibleWriter(out), true));
        cli.setErr(new PrintWriter(new VisibleWriter(err), true));
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cli.setExecutionExceptionHandler(new FailureHandler());
        return cli.execute(args);
    }

    /** Entry point of the {@code paxmap} script and the installed app's command. */
    public static void main(String[] args) {
        org.paxmap.store.NativeSqlite.prepare(); // before the first connection: no clash with another process
        // the terminal's encoding, as the JDK chose it from the locale
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, Charset.defaultCharset()), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, Charset.defaultCharset()), true);
        System.exit(execute(out, err, args));
    }

    /** The version from the jar manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = PaxmapCommand.class.getPackage().getImplementationVersion();
            return new String[] {"paxmap " + (v == null ? "development" : v)};
        }
    }
}
