package org.hillmix.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.hillmix.core.remote.EvaluationClient;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hillmix follow --server URL JOB_ID --out DIR}: follows a job submitted earlier (for example after
 * {@code submit} lost its connection) and writes its report. Ctrl-C stops following; the job goes on.
 */
@Command(name = "follow", mixinStandardHelpOptions = true,
        description = {"Follows a job on an evaluation server until it finishes and writes report.json and "
                + "report.html.",
            "Ctrl-C stops following; the job goes on. Exit 0: the job succeeded; 2: bad input; 1: the job or the "
                + "server failed."})
public final class FollowCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    RemoteOptions remote;

    @Parameters(index = "0", paramLabel = "JOB_ID", description = "the job's id (submit prints it)")
    String jobId;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "hillmix-report",
            description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        RemoteJobs.checkOut(out);
        if (!jobId.matches("[A-Za-z0-9-]{1,64}")) {
            throw new IllegalArgumentException("JOB_ID must be a job id such as 5b0f7a2e-..., got '" + jobId + "'");
        }
        EvaluationClient client = remote.client(err);
        try {
            client.checkServer();
            return RemoteJobs.followAndFinish(client, jobId, out, spec.commandLine().getOut(), err);
        } catch (IOException e) {
            return RemoteJobs.report(e, "follow", err);
        }
    }
}
