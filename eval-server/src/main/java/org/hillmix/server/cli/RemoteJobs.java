package org.hillmix.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

import org.hillmix.core.internal.fs.AtomicFiles;
import org.hillmix.core.remote.EvaluationClient;
import org.hillmix.core.remote.EvaluationServerException;
import org.hillmix.core.remote.IncompatibleServerException;
import org.hillmix.core.remote.JobStatus;

/**
 * What {@code submit} and {@code follow} share: following a job with a progress line on stderr, writing its
 * report, and the exit codes (0 the job succeeded; 2 bad input, including what the server refused as such; 1 a
 * failure on the server's side or of the connection, with the server's problem detail).
 */
final class RemoteJobs {

    /** Exit code for a failure on the server's side. */
    static final int EXIT_SERVER = 1;

    private RemoteJobs() {
    }

    /** Fails early when {@code out} exists as a file: the report is written only after the job has run. */
    static void checkOut(Path out) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + " is an existing file; give a folder (new or "
                    + "existing) for report.json and report.html");
        }
    }

    /** Follows job {@code id} to its end, then writes its report into {@code out}; the exit code. */
    static int followAndFinish(EvaluationClient client, String id, Path out, PrintWriter stdout, PrintWriter err)
            throws IOException {
        JobStatus end = client.follow(id, null, new ProgressLine(err));
        if (!end.succeeded()) {
            err.println("job " + id + " " + end.state() + (end.message().isEmpty() ? "" : ": " + end.message()));
            err.flush();
            return EXIT_SERVER;
        }
        Files.createDirectories(out);
        Path json = write(out.resolve("report.json"), client.reportJson(id));
        Path html = write(out.resolve("report.html"), client.reportHtml(id));
        stdout.println("report: " + json);
        stdout.println("html:   " + html);
        stdout.flush();
        return 0;
    }

    /** Writes a report file atomically and forced to the device: it is named to the user next. */
    private static Path write(Path target, String text) throws IOException {
        AtomicFiles.writeDurably(target, text.getBytes(StandardCharsets.UTF_8));
        return target;
    }

    /**
     * The exit code and one line for a failure talking to the server: what the server refused as bad input (4xx
     * other than 408 and 429, a wrong API version) is 2, anything else (no server, lost connection, 5xx) is 1.
     */
    static int report(IOException e, String command, PrintWriter err) {
        int code = EXIT_SERVER;
        if (e instanceof IncompatibleServerException) {
            code = HillmixMain.EXIT_BAD_INPUT;
        } else if (e instanceof EvaluationServerException s && s.status() >= 400 && s.status() < 500
                && s.status() != 408 && s.status() != 429) {
            code = HillmixMain.EXIT_BAD_INPUT;
        }
        err.println("hillmix " + command + ": " + String.valueOf(e.getMessage()).replace('\n', ' '));
        err.flush();
        return code;
    }

    /** One stderr line per phase change or further 5% of the job, in the style of {@code evaluate}. */
    static final class ProgressLine implements Consumer<JobStatus> {
        private final PrintWriter err;
        private final long start = System.nanoTime();
        private String lastPhase = "";
        private int lastTwentieth = -1;
        private String lastState = "";

        ProgressLine(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void accept(JobStatus s) {
            int twentieth = Double.isNaN(s.fraction()) ? lastTwentieth : (int) Math.floor(s.fraction() * 20);
            if (s.phase().equals(lastPhase) && twentieth == lastTwentieth && s.state().equals(lastState)) {
                return;
            }
            lastPhase = s.phase();
            lastTwentieth = twentieth;
            lastState = s.state();
            String pct = Double.isNaN(s.fraction()) ? "   " : String.format(Locale.ROOT, "%3d%%",
                    Math.round(s.fraction() * 100));
            String what = "running".equals(s.state()) ? s.phase() : s.state();
            err.printf(Locale.ROOT, "[%6.1fs] %s %s %s%n", (System.nanoTime() - start) / 1e9, bar(s.fraction()), pct,
                    what);
            err.flush();
        }

        private static String bar(double fraction) {
            int filled = Double.isNaN(fraction) ? 0 : (int) Math.round(Math.max(0, Math.min(1, fraction)) * 20);
            return "[" + "#".repeat(filled) + ".".repeat(20 - filled) + "]";
        }
    }
}
