package org.hillmix.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import javax.imageio.ImageIO;

import org.hillmix.core.data.ImageCodec;
import org.hillmix.core.data.ImageTensor;
import org.hillmix.core.shift.ImageShift;
import org.hillmix.core.shift.ShiftSuite;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hillmix shifts}: lists the shift suite (name, family, parameters per severity, source),
 * or with {@code --grid IMAGE --out FILE.png} draws one image under every shift and severity.
 */
@Command(name = "shifts", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List the image shifts with their parameters per severity, or draw a grid of one image under"
                + " each shift and severity (--grid IMAGE --out FILE.png).", "Formulas: docs/shifts.md."})
public final class ShiftsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--grid", paramLabel = "IMAGE", description = "Draw this image (PNG or JPEG) under every shift.")
    Path grid;

    @Option(names = "--out", paramLabel = "FILE", description = "With --grid: the PNG to write.")
    Path out;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "N", description = "With --grid: the seed"
            + " (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--zoom", defaultValue = "3", paramLabel = "K", description = "With --grid: each pixel drawn as"
            + " KxK (default: ${DEFAULT-VALUE}).")
    int zoom;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        if (grid == null) {
            if (out != null) {
                throw new IllegalArgumentException("--out goes with --grid IMAGE; without --grid the shifts are listed");
            }
            for (ImageShift s : ShiftSuite.all()) {
                stdout.printf(Locale.ROOT, "%s (%s): %s; %s%n", s.name(), s.family().name().toLowerCase(Locale.ROOT),
                        s.summary(), s.source());
                for (int sev = ShiftSuite.MIN_SEVERITY; sev <= ShiftSuite.MAX_SEVERITY; sev++) {
                    stdout.printf(Locale.ROOT, "  %d: %s%n", sev, s.parameters(sev));
                }
            }
            stdout.flush();
            return 0;
        }
        if (out == null) {
            throw new IllegalArgumentException("--grid needs --out FILE.png");
        }
        if (zoom < 1 || zoom > 16) {
            throw new IllegalArgumentException("--zoom " + zoom + " is outside 1-16");
        }
        if (!Files.isRegularFile(grid)) {
            throw new IllegalArgumentException("--grid " + grid + ": file not found");
        }
        ImageTensor image = ImageCodec.read(grid);
        if (!ImageIO.write(ShiftGrid.render(image, ShiftSuite.all(), seed, zoom), "png", out.toFile())) {
            throw new IOException("no PNG writer in this Java runtime");
        }
        stdout.printf(Locale.ROOT, "shifts: wrote %s (%d shifts x original and severities 1-5, seed %d)%n", out,
                ShiftSuite.all().size(), seed);
        stdout.flush();
        return 0;
    }
}
