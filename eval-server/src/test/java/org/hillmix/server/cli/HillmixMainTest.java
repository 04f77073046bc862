package org.hillmix.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The entry point builds only the command it runs, and every command under its own name. */
class HillmixMainTest {

    private static final List<String> ALL = List.of("help", "bench", "demo", "evaluate", "labels", "metrics",
            "mixing-summary", "pairs", "serve", "shift", "shifts", "stimuli", "token");

    @Test
    void everyCommandIsRegisteredUnderTheNameItsAnnotationGives() {
        CommandLine all = HillmixMain.commandLine();
        assertEquals(ALL, List.copyOf(all.getSubcommands().keySet()));
        all.getSubcommands().forEach((name, cl) -> assertEquals(name, cl.getCommandSpec().name(),
                "the help would show " + cl.getCommandSpec().name() + " but parse " + name));
    }

    @Test
    void aCommandRunBuildsOnlyThatCommand() {
        assertEquals(Set.of("metrics"), HillmixMain.commandLineFor(new String[] {"metrics", "--probs", "p.npy"})
                .getSubcommands().keySet());
        assertEquals(Set.of("token"), HillmixMain.commandLineFor(new String[] {"token", "list"})
                .getSubcommands().keySet());
        for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"help", "metrics"},
                new String[] {"metricz"}, new String[] {"--version"})) {
            assertEquals(ALL.size(), HillmixMain.commandLineFor(args).getSubcommands().size(), String.join(" ", args));
        }
    }

    @Test
    void helpAndUnknownCommandsStillListEveryCommand() {
        CliRun help = CliRun.run("--help");
        assertEquals(0, help.exit());
        for (String name : ALL) {
            assertTrue(help.out().contains("  " + name), name + " missing from:\n" + help.out());
        }
        CliRun unknown = CliRun.run("metricz");
        assertEquals(HillmixMain.EXIT_BAD_INPUT, unknown.exit());
        assertTrue(unknown.err().contains("metricz"), unknown.err());
        CliRun sub = CliRun.run("help", "metrics");
        assertEquals(0, sub.exit());
        assertTrue(sub.out().contains("--probs"), sub.out());
    }
}
