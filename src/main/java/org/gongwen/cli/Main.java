package org.gongwen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code gongwen}: the command line. Bad user input gives one clear line on standard error and a non-zero exit,
 * never a stack trace (set {@code GONGWEN_DEBUG=1} to see one for an unexpected failure).
 */
@Command(name = "gongwen", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Extract, structure, tag and publish Chinese official documents (党政机关公文).",
        subcommands = {ExtractCommand.class, BuildCommand.class, IngestCommand.class, FixCommand.class,
                CheckCommand.class, TagCommand.class, RegisterCommand.class, SearchCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status (for tests and embedding). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(Main::reportFailure);
        return cli.execute(args);
    }

    private static int reportFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (System.getenv("GONGWEN_DEBUG") != null) {
            e.printStackTrace(cmd.getErr());
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        cmd.getErr().println("gongwen " + cmd.getCommandName() + ": " + message);
        return ExitCodes.SOFTWARE;
    }

    /** The version from the jar manifest or the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"gongwen " + (version == null ? "dev" : version)};
        }
    }
}
