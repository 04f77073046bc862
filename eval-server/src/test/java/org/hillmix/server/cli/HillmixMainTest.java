package org.hillmix.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The entry point builds only the command it runs, and that command is the one the whole tree has. */
class HillmixMainTest {

    @Test
    void everyLeanCommandIsTheWholeTreesCommandOfThatName() {
        Map<String, CommandLine> all = HillmixMain.commandLine().getSubcommands();
        assertTrue(all.keySet().containsAll(HillmixMain.LEAN.keySet()), "unknown: " + HillmixMain.LEAN.keySet());
        for (Map.Entry<String, java.util.function.Supplier<Object>> e : HillmixMain.LEAN.entrySet()) {
            CommandLine whole = all.get(e.getKey());
            Object lean = e.getValue().get();
            assertSame(whole.getCommand().getClass(), lean.getClass(), e.getKey());
            assertEquals(e.getKey(), whole.getCommandSpec().name(), "the help would show another name");
        }
        // a test that cannot pass by accident: most of the tree starts lean
        assertTrue(HillmixMain.LEAN.size() >= 12, HillmixMain.LEAN.keySet().toString());
        // Every command starts lean (follow and submit did not, though they run for the length of a job).
        Set<String> commands = new java.util.TreeSet<>(all.keySet());
        commands.remove("help");
        assertEquals(commands, new java.util.TreeSet<>(HillmixMain.LEAN.keySet()));
    }

    @Test
    void aCommandRunBuildsOnlyThatCommand() {
        assertEquals(Set.of("metrics"), HillmixMain.commandLineFor(new String[] {"metrics", "--probs", "p.npy"})
                .getSubcommands().keySet());
        assertEquals(Set.of("token"), HillmixMain.commandLineFor(new String[] {"token", "list"})
                .getSubcommands().keySet());
        int whole = HillmixMain.commandLine().getSubcommands().size();
        for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"help", "metrics"},
                new String[] {"metricz"}, new String[] {"--version"})) {
            assertEquals(whole, HillmixMain.commandLineFor(args).getSubcommands().size(), String.join(" ", args));
        }
    }

    @Test
    void helpErrorsAndVersionLookTheSameLeanOrWhole() {
        CliRun help = CliRun.run("--help");
        assertEquals(0, help.exit());
        for (String name : HillmixMain.commandLine().getSubcommands().keySet()) {
            assertTrue(help.out().contains("  " + name), name + " missing from:\n" + help.out());
        }
        CliRun unknown = CliRun.run("metricz");
        assertEquals(HillmixMain.EXIT_BAD_INPUT, unknown.exit());
        assertTrue(unknown.err().contains("metricz"), unknown.err());
        CliRun sub = CliRun.run("help", "metrics");
        CliRun lean = CliRun.run("metrics", "--help");
        assertEquals(0, sub.exit());
        assertEquals(0, lean.exit());
        assertEquals(sub.out(), lean.out(), "hillmix help metrics and hillmix metrics --help print the same usage");
        CliRun bad = CliRun.run("metrics", "--bins", "x");
        assertEquals(HillmixMain.EXIT_BAD_INPUT, bad.exit());
        assertTrue(bad.err().startsWith("hillmix: ") && bad.err().contains("--bins"), bad.err());
    }
}
