package org.hillmix.ui.eval.internal.views;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.osgi.util.NLS;
import org.hillmix.core.evaluation.ContractJson;
import org.hillmix.core.evaluation.JobConfig;
import org.hillmix.core.progress.OperationCancelledException;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.project.HillmixProject;
import org.hillmix.core.project.OpenProject;
import org.hillmix.core.remote.EvaluationClient;
import org.hillmix.core.remote.EvaluationJobs;
import org.hillmix.core.remote.JobStatus;
import org.hillmix.core.remote.RemoteSubmission;
import org.hillmix.ui.eval.internal.l10n.Messages;
import org.hillmix.ui.eval.internal.server.EvaluationServers;
import org.hillmix.ui.jobs.EclipseProgressMonitor;

/**
 * Evaluates a project's labels on the evaluation server as a job: builds the job configuration,
 * submits it, follows its progress through the server's event stream (cancelling the job cancels it
 * on the server), then stores the
 * JSON and HTML reports in the project's {@code reports/} folder and posts the report to the view.
 *
 * <p>On a remote server (which cannot read the project folder) the data set and the journals are first uploaded
 * through {@link RemoteSubmission}, the same client {@code hillmix submit} uses: each is named by a hash of its
 * contents and sent only when the server does not hold it yet, so a second evaluation of an unchanged project
 * uploads nothing, and one after a new session sends that session's journal only.
 */
public final class EvaluateJob extends Job {

    /** Job family, for tests. */
    public static final Object FAMILY = EvaluateJob.class;

    private final OpenProject project;
    private final List<String> regimes;
    private final int epochs;
    private final int seeds;
    private final EvaluationServers servers;
    private final IEventBroker events;

    /** A job evaluating {@code project} with {@code regimes}. */
    public EvaluateJob(OpenProject project, List<String> regimes, int epochs, int seeds, EvaluationServers servers,
            IEventBroker events) {
        super(NLS.bind(Messages.Report_jobName, project.descriptor().name()));
        this.project = project;
        this.regimes = List.copyOf(regimes);
        this.epochs = epochs;
        this.seeds = seeds;
        this.servers = servers;
        this.events = events;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            List<Path> journals = new ArrayList<>();
            try (var files = Files.list(project.journals())) {
                files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().forEach(journals::add);
            }
            List<Integer> seedList = new ArrayList<>();
            for (int s = 0; s < seeds; s++) {
                seedList.add(s);
            }
            JobConfig config = EvaluationJobs.forProject(project.folder(), project.descriptor(), journals, regimes,
                    epochs, seedList);
            boolean remote = servers.remote();
            EvaluationClient client = servers.clientFor(project);
            SubMonitor steps = SubMonitor.convert(monitor, remote ? 100 : 80);
            JobStatus queued;
            if (remote) {
                // the server cannot read this machine's files: send what it lacks, refer to it by id
                status(NLS.bind(Messages.Remote_uploading, client.base()));
                client.checkServer();
                RemoteSubmission.Prepared prepared = RemoteSubmission.prepare(client, config, project.folder(),
                        new EclipseProgressMonitor(steps.split(20)));
                status(NLS.bind(Messages.Remote_uploaded, prepared.uploadedCount(), prepared.uploads().size()));
                queued = client.submit(prepared.configJson());
            } else {
                queued = client.submit(config);
            }
            status(NLS.bind(Messages.Report_running, client.base(), queued.state()));
            EclipseProgressMonitor eclipse = new EclipseProgressMonitor(steps.split(80));
            RunProgress run = new RunProgress();
            ProgressMonitor withStatus = new ProgressMonitor() {
                @Override
                public void begin(String task, long totalWork) {
                    eclipse.begin(task, totalWork);
                    run.begin(totalWork);
                }

                @Override
                public void worked(long units) {
                    eclipse.worked(units);
                    run.worked(units);
                }

                @Override
                public void subTask(String name) {
                    eclipse.subTask(name);
                    // the view's line too, with the share of the whole run
                    status(NLS.bind(Messages.Report_running, client.base(), run.line(name)));
                }

                @Override
                public boolean isCancelled() {
                    return eclipse.isCancelled();
                }
            };
            // the server pushes progress over its event stream; nothing polls
            JobStatus done = client.follow(queued.id(), withStatus, event -> { });
            if (!done.succeeded()) {
                status(NLS.bind(Messages.Report_failed, done.state() + ": " + done.message()));
                return Status.error(NLS.bind(Messages.Report_failed, done.message()));
            }
            String json = client.reportJson(done.id());
            String html = client.reportHtml(done.id());
            Path reports = Files.createDirectories(project.folder().resolve(HillmixProject.REPORTS));
            String stem = "report-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Files.writeString(reports.resolve(stem + ".json"), json, StandardCharsets.UTF_8);
            Files.writeString(reports.resolve(stem + ".html"), html, StandardCharsets.UTF_8);
            events.post(ReportEvents.TOPIC_REPORT, new ShownReport(ContractJson.readReport(json), html));
            return Status.OK_STATUS;
        } catch (OperationCancelledException | org.eclipse.core.runtime.OperationCanceledException e) {
            status(Messages.Report_cancelled);
            return Status.CANCEL_STATUS;
        } catch (IOException | RuntimeException e) {
            status(NLS.bind(Messages.Report_failed, e.getMessage()));
            return Status.error(NLS.bind(Messages.Report_failed, e.getMessage()), e);
        }
    }

    private void status(String line) {
        events.post(ReportEvents.TOPIC_STATUS, line);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
