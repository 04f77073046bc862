package org.hillmix.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.hillmix.core.shift.ImageShift;
import org.hillmix.core.shift.ShiftSuite;
import org.hillmix.core.shift.ShiftedDatasetWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hillmix shift}: writes a shifted copy of a data set (image folder or index CSV) in the
 * same layout with the same index. Exit 0 on success, 2 with one line on stderr for bad input
 * (an unknown shift or a severity outside 1-5 lists the valid ones).
 */
@Command(name = "shift", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a shifted copy of a data set (same layout, same index, 8-bit PNG images).",
            "Shifts, formulas and parameters: 'hillmix shifts' and docs/shifts.md."})
public final class ShiftCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR|CSV",
            description = "Image folder DIR/<class>/<image>, or an index CSV (columns file and label and/or label_id).")
    Path data;

    @Option(names = "--shift", required = true, paramLabel = "NAME",
            description = "Shift name, e.g. gaussian-noise, fog, jpeg, rotation ('hillmix shifts' lists them).")
    String shift;

    @Option(names = "--severity", required = true, paramLabel = "S", description = "Severity 1 (mildest) to 5.")
    int severity;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "N",
            description = "Seed of the shift's randomness; each item's seed derives from it and the item id"
                    + " (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder: new or empty.")
    Path out;

    @Option(names = "--force", description = "Also write into a non-empty output folder (same-named files are replaced).")
    boolean force;

    @Override
    public Integer call() throws IOException {
        ImageShift s = ShiftSuite.byName(shift);
        ShiftSuite.checkSeverity(severity);
        ShiftedDatasetWriter.checkOutput(data, out, force);
        PrintWriter err = spec.commandLine().getErr();
        ShiftedDatasetWriter.Result r = ShiftedDatasetWriter.write(data, s, severity, seed, out, force,
                new StderrProgressMonitor(err, "shift"));
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "shift: wrote %d images shifted by %s at severity %d (%s; seed %d)%s and %s to %s%n",
                r.images(), s.name(), severity, s.parameters(severity), seed,
                r.index() == null ? "" : ", " + r.index().getFileName(), ShiftedDatasetWriter.PROVENANCE, out);
        stdout.flush();
        err.flush();
        return 0;
    }
}
