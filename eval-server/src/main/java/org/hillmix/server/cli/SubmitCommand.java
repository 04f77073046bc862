package org.hillmix.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hillmix.core.remote.EvaluationClient;
import org.hillmix.core.remote.JobStatus;
import org.hillmix.core.remote.RemoteSubmission;
import org.hillmix.core.remote.UploadResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hillmix submit --server URL --config job.json --out DIR}: evaluates a job on a server that shares no
 * files with this machine. The job's local data set and label files are uploaded (only what the server does
 * not hold yet), the configuration is pointed at the uploads and submitted, progress follows on stderr, Ctrl-C
 * cancels the job, and the report is written into DIR. See docs/server.md.
 */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = {"Evaluates a job on a remote evaluation server: uploads its local data set and label "
                + "files",
            "(skipping what the server has), submits, follows progress on stderr (Ctrl-C cancels the job) and "
                + "writes",
            "report.json and report.html. Relative paths in the job are resolved against the current directory.",
            "Exit 0: the job succeeded; 2: bad input; 1: the job or the server failed."})
public final class SubmitCommand implements Callable<Integer> {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    RemoteOptions remote;

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "job configuration (JSON)")
    Path config;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "hillmix-report",
            description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        RemoteJobs.checkOut(out);
        JsonNode job;
        try {
            job = MAPPER.readTree(config.toFile());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(config + " line " + e.getLocation().getLineNr() + ": not valid JSON: "
                    + e.getOriginalMessage().replace('\n', ' '), e);
        }
        if (job == null || !job.isObject()) {
            throw new IllegalArgumentException(config + " must hold one JSON object, a job configuration");
        }
        EvaluationClient client = remote.client(err);
        String id;
        try {
            client.checkServer();
            RemoteSubmission.Prepared prepared = RemoteSubmission.prepare(client, job, Path.of("").toAbsolutePath(),
                    null);
            for (UploadResult u : prepared.uploads()) {
                err.println(u.uploaded() ? String.format(Locale.ROOT, "uploaded %s (%,d bytes) as %s", u.field(),
                        u.bytes(), u.id()) : "the server has " + u.field() + " already (" + u.id() + "); not sent");
                err.flush();
            }
            JobStatus queued = client.submit(MAPPER.writeValueAsString(prepared.config()));
            id = queued.id();
            err.println("job " + id + " queued on " + client.base() + "; Ctrl-C cancels it");
            err.flush();
        } catch (IOException e) {
            return RemoteJobs.report(e, "submit", err);
        }
        AtomicBoolean finished = new AtomicBoolean();
        Thread cancelOnInterrupt = new Thread(() -> {
            if (!finished.get()) {
                err.println("cancelling job " + id + " ...");
                err.flush();
                try {
                    client.cancel(id);
                } catch (IOException e) {
                    err.println("could not cancel job " + id + ": " + e.getMessage());
                    err.flush();
                }
            }
        }, "hillmix-submit-cancel");
        Runtime.getRuntime().addShutdownHook(cancelOnInterrupt);
        try {
            return RemoteJobs.followAndFinish(client, id, out, spec.commandLine().getOut(), err);
        } catch (IOException e) {
            return RemoteJobs.report(e, "submit", err);
        } finally {
            finished.set(true);
            try {
                Runtime.getRuntime().removeShutdownHook(cancelOnInterrupt);
            } catch (IllegalStateException e) {
                // the JVM is shutting down (Ctrl-C): the hook runs
            }
        }
    }
}
