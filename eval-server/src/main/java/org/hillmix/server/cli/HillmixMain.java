package org.hillmix.server.cli;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
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
 * more than many commands' work. {@link #main} therefore gives it only the command that is run ({@code hillmix
 * metrics ...} never loads the server's, the trainer's or the other commands' classes); the whole tree is built for
 * help, version and unknown commands.
 */
@Command(name = "hillmix", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "HILLmix: human soft labels for mixup data, and what they do to models.")
public final class HillmixMain implements Runnable {

    /** Exit code for bad input: wrong arguments, unreadable or invalid files. */
    public static final int EXIT_BAD_INPUT = 2;

    /** The subcommands by name, in help order; each class is loaded only when its command is built. */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("help", CommandLine.HelpCommand::new);
        COMMANDS.put("bench", BenchCommand::new);
        COMMANDS.put("demo", DemoCommand::new);
        COMMANDS.put("evaluate", EvaluateCommand::new);
        COMMANDS.put("labels", LabelsCommand::new);
        COMMANDS.put("metrics", MetricsCommand::new);
        COMMANDS.put("mixing-summary", MixingSummaryCommand::new);
        COMMANDS.put("pairs", PairsCommand::new);
        COMMANDS.put("serve", ServeCommand::new);
        COMMANDS.put("shift", ShiftCommand::new);
        COMMANDS.put("shifts", ShiftsCommand::new);
        COMMANDS.put("stimuli", StimuliCommand::new);
        COMMANDS.put("token", TokenCommand::new);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the configured command line with every command; tests call this to run commands in process. */
    public static CommandLine commandLine() {
        return commandLine(COMMANDS.keySet());
    }

    /** The command line with only the subcommands {@code names} (all of them must exist). */
    static CommandLine commandLine(Collection<String> names) {
        CommandLine cl = new CommandLine(new HillmixMain());
        for (String name : names) {
            cl.addSubcommand(name, COMMANDS.get(name).get());
        }
        cl.setExecutionExceptionHandler(new BadInputHandler());
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("hillmix: " + ex.getMessage() + " (see '" + ex.getCommandLine().getCommandName()
                    + " --help')");
            return EXIT_BAD_INPUT;
        });
        return cl;
    }

    /** The command line {@code args} need: only their command when they start with one (not help), else all. */
    static CommandLine commandLineFor(String[] args) {
        if (args.length > 0 && COMMANDS.containsKey(args[0]) && !args[0].equals("help")) {
            return commandLine(List.of(args[0]));
        }
        return commandLine();
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(commandLineFor(args).execute(args));
    }
}
