package org.hillmix.server.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Headless entry point of {@code hillmix.jar}: {@code java -jar hillmix.jar <command> --help}.
 *
 * <p>Exit codes: 0 success, 2 bad input (one-line reason on stderr), 1 unexpected failure.
 *
 * <p>Start-up: picocli builds a model of every command it is given, by reflection over its options, which costs
 * more than many commands' work. For the commands in {@link #LEAN} {@link #main} therefore gives it only the
 * command that is run ({@code hillmix metrics ...} never loads the server's, the trainer's or the other commands'
 * classes); help, version, unknown commands and commands not listed there get the whole tree below.
 */
@Command(name = "hillmix", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "HILLmix: human soft labels for mixup data, and what they do to models.",
        subcommands = {
            CommandLine.HelpCommand.class,
            BenchCommand.class,
            DemoCommand.class,
            EvaluateCommand.class,
            FollowCommand.class,
            LabelsCommand.class,
            MetricsCommand.class,
            MixingSummaryCommand.class,
            PairsCommand.class,
            ServeCommand.class,
            ShiftCommand.class,
            ShiftsCommand.class,
            StimuliCommand.class,
            SubmitCommand.class,
            TokenCommand.class,
        })
public final class HillmixMain implements Runnable {

    /** Exit code for bad input: wrong arguments, unreadable or invalid files. */
    public static final int EXIT_BAD_INPUT = 2;

    /**
     * Commands that start alone, by name: each class is loaded only when its command runs. Every command but
     * {@code help} is here; {@code HillmixMainTest} checks that, and that each entry is the command of that name in
     * the whole tree.
     */
    static final Map<String, Supplier<Object>> LEAN = Map.ofEntries(
            Map.entry("bench", BenchCommand::new),
            Map.entry("demo", DemoCommand::new),
            Map.entry("evaluate", EvaluateCommand::new),
            Map.entry("follow", FollowCommand::new),
            Map.entry("labels", LabelsCommand::new),
            Map.entry("metrics", MetricsCommand::new),
            Map.entry("mixing-summary", MixingSummaryCommand::new),
            Map.entry("pairs", PairsCommand::new),
            Map.entry("serve", ServeCommand::new),
            Map.entry("shift", ShiftCommand::new),
            Map.entry("shifts", ShiftsCommand::new),
            Map.entry("stimuli", StimuliCommand::new),
            Map.entry("submit", SubmitCommand::new),
            Map.entry("token", TokenCommand::new));

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the configured command line with every command; tests call this to run commands in process. */
    public static CommandLine commandLine() {
        return configure(new CommandLine(new HillmixMain()));
    }

    /**
     * The command line {@code args} need: for a command in {@link #LEAN}, a root of the same name and options
     * with only that command; otherwise (help, version, anything else) {@link #commandLine()}.
     */
    static CommandLine commandLineFor(String[] args) {
        Supplier<Object> lean = args.length > 0 ? LEAN.get(args[0]) : null;
        if (lean == null) {
            return commandLine();
        }
        CommandLine cl = new CommandLine(new LeanRoot());
        cl.addSubcommand(args[0], lean.get());
        return configure(cl);
    }

    private static CommandLine configure(CommandLine cl) {
        cl.setExecutionExceptionHandler(new BadInputHandler());
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("hillmix: " + ex.getMessage() + " (see '" + ex.getCommandLine().getCommandName()
                    + " --help')");
            return EXIT_BAD_INPUT;
        });
        return cl;
    }

    /** The root {@link #commandLineFor} puts one command under: {@code hillmix} without its subcommand list. */
    @Command(name = "hillmix", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "HILLmix: human soft labels for mixup data, and what they do to models.")
    static final class LeanRoot implements Runnable {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(commandLineFor(args).execute(args));
    }
}
