package org.hillmix.server.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.hillmix.server.eval.run.JobProgress;

/**
 * Prints job progress on stderr, one line per phase change and per finished training epoch, so that logs stay
 * short (the engine reports every step).
 */
final class StderrProgress implements JobProgress {

    private final PrintWriter err;
    private final long start = System.nanoTime();
    private String last = "";

    StderrProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void update(String phase, String regime, int seed, int epoch, int epochs, long step,
            long steps) {
        String key;
        String line;
        if ("train".equals(phase)) {
            if (step != steps) {
                return;
            }
            key = phase + regime + seed + epoch;
            line = String.format(Locale.ROOT, "train %s seed %d: epoch %d/%d done", regime, seed, epoch, epochs);
        } else if ("cartography".equals(phase) || "validate".equals(phase) || "evaluate".equals(phase) || "fgsm".equals(phase)) {
            return; // engine sub-phases: one line per epoch is enough
        } else if (regime != null) {
            key = phase + regime + seed;
            line = String.format(Locale.ROOT, "%s %s seed %d", phase, regime, seed);
        } else {
            key = phase;
            line = switch (phase) {
                case "data" -> "loading data and labels";
                case "report" -> "writing report";
                case "done" -> "done";
                default -> phase;
            };
        }
        if (!key.equals(last)) {
            last = key;
            err.printf(Locale.ROOT, "[%6.1fs] %s%n", (System.nanoTime() - start) / 1e9, line);
            err.flush();
        }
    }
}
