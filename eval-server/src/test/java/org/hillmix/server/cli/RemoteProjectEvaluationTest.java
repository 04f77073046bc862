package org.hillmix.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.evaluation.DatasetKind;
import org.hillmix.core.evaluation.EvaluationReport;
import org.hillmix.core.evaluation.JobConfig;
import org.hillmix.core.io.JudgmentJsonl;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.project.DatasetLocation;
import org.hillmix.core.project.HillmixProject;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.remote.EvaluationClient;
import org.hillmix.core.remote.EvaluationJobs;
import org.hillmix.core.remote.JobStatus;
import org.hillmix.core.remote.RemoteSubmission;
import org.hillmix.core.remote.UploadResult;
import org.hillmix.server.app.ServerAssembly;
import org.hillmix.server.datasets.Archives;
import org.hillmix.server.http.EvaluationServer;
import org.hillmix.server.http.ServerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench's remote Evaluate without the workbench: a project's job ({@link EvaluationJobs#forProject}, the
 * same configuration the workbench builds) goes through {@link RemoteSubmission} to a server that has no
 * {@code --allow-path} and its own data directory. The report arrives; evaluating again sends nothing; a new
 * session's journal is the only thing sent after it is added.
 */
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RemoteProjectEvaluationTest {

    @TempDir
    Path tmp;

    @Test
    void aProjectIsEvaluatedRemotelyAndOnlyWhatChangedIsSent() throws Exception {
        Path project = tmp.resolve("study");
        for (Map.Entry<String, byte[]> e : Archives.imageFolder("", 8).entrySet()) {
            Path f = project.resolve("images").resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.write(f, e.getValue());
        }
        HillmixProject descriptor = HillmixProject.create("study", ClassSet.of("cat", "dog"),
                new DatasetLocation(DatasetKind.IMAGE_FOLDER, "images"));
        Path first = HillmixProject.journal(project, "ann-1");
        Files.createDirectories(first.getParent());
        JudgmentJsonl.write(first, judgments("ann-1", 0, 8), ProgressMonitor.NULL);

        ServerConfig config = ServerConfig.builder(tmp.resolve("server")).port(0)
                .eventTick(Duration.ofMillis(50)).stopTimeout(Duration.ofSeconds(10)).build();
        assertTrue(config.allowedPaths().isEmpty(), "the server may read no client folder");
        try (EvaluationServer server = EvaluationServer.newServer(config, ServerAssembly::executor)) {
            server.start();
            EvaluationClient client = new EvaluationClient(server.baseUri(), null);

            RemoteSubmission.Prepared once = RemoteSubmission.prepare(client, job(project, descriptor), project,
                    ProgressMonitor.NULL);
            assertEquals(2, once.uploadedCount(), once.uploads().toString());
            assertEquals("server", once.config().path("dataset").path("kind").asText());
            for (JsonNode label : once.config().path("labels")) {
                assertEquals("server", label.path("kind").asText(), once.config().toString());
            }
            assertTrue(!once.config().toString().contains(project.toString()),
                    "no client path reaches the server: " + once.config());
            JobStatus queued = client.submit(once.config().toString());
            JobStatus done = client.follow(queued.id(), ProgressMonitor.NULL, s -> { });
            assertTrue(done.succeeded(), done.state() + ": " + done.message());
            EvaluationReport report = client.report(done.id());
            assertEquals("study", report.name());
            assertEquals(16, report.data().trainItems() + report.data().validationItems()
                    + report.data().testItems(), "every project image reached the server");
            assertEquals(report.data().trainItems(), report.data().trainItemsWithSoftLabels(),
                    "the uploaded journal labels the training images");
            long datasetUploads = server.stats().count("POST /api/v1/datasets", 201);
            long labelUploads = server.stats().count("POST /api/v1/labelsets", 201);
            assertEquals(1, datasetUploads);
            assertEquals(1, labelUploads);

            RemoteSubmission.Prepared again = RemoteSubmission.prepare(client, job(project, descriptor), project,
                    ProgressMonitor.NULL);
            assertEquals(0, again.uploadedCount(), again.uploads().toString());
            assertEquals(once.config(), again.config(), "the same ids");
            assertEquals(datasetUploads, server.stats().count("POST /api/v1/datasets", 201));
            assertEquals(labelUploads, server.stats().count("POST /api/v1/labelsets", 201));

            Path second = HillmixProject.journal(project, "ann-2");
            JudgmentJsonl.write(second, judgments("ann-2", 0, 8), ProgressMonitor.NULL);
            RemoteSubmission.Prepared grown = RemoteSubmission.prepare(client, job(project, descriptor), project,
                    ProgressMonitor.NULL);
            List<String> sent = grown.uploads().stream().filter(UploadResult::uploaded).map(UploadResult::field)
                    .toList();
            assertEquals(List.of("labels[1]"), sent, "only the new session's journal: " + grown.uploads());
            assertEquals(labelUploads + 1, counted(server, "POST /api/v1/labelsets", labelUploads + 1));
            assertEquals(datasetUploads, server.stats().count("POST /api/v1/datasets", 201));
        }
    }

    @Test
    void aLimitBesideAnUploadedDataSetIsKeptAndHonoured() throws Exception {
        Path client = tmp.resolve("client");
        for (Map.Entry<String, byte[]> e : Archives.imageFolder("", 8).entrySet()) {
            Path f = client.resolve("data/pets").resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.write(f, e.getValue());
        }
        Files.createDirectories(client.resolve("labels"));
        JudgmentJsonl.write(client.resolve("labels/session-1.jsonl"), judgments("ann-1", 0, 8), ProgressMonitor.NULL);
        String limited = RemoteSubmitTest.JOB.replace("\"path\": \"data/pets\"}", "\"path\": \"data/pets\", \"limit\": 12}");
        assertTrue(limited.contains("\"limit\": 12"), limited);
        ServerConfig config = ServerConfig.builder(tmp.resolve("server")).port(0)
                .eventTick(Duration.ofMillis(50)).stopTimeout(Duration.ofSeconds(10)).build();
        try (EvaluationServer server = EvaluationServer.newServer(config, ServerAssembly::executor)) {
            server.start();
            EvaluationClient http = new EvaluationClient(server.baseUri(), null);
            RemoteSubmission.Prepared prepared = RemoteSubmission.prepare(http,
                    new com.fasterxml.jackson.databind.ObjectMapper().readTree(limited), client, ProgressMonitor.NULL);
            JsonNode dataset = prepared.config().path("dataset");
            assertEquals("server", dataset.path("kind").asText());
            assertEquals(12, dataset.path("limit").asInt(), "the limit stays beside the server reference: " + dataset);
            JobStatus done = http.follow(http.submit(prepared.config().toString()).id(), ProgressMonitor.NULL,
                    s -> { });
            assertTrue(done.succeeded(), done.state() + ": " + done.message());
            EvaluationReport report = http.report(done.id());
            assertEquals(12, report.data().trainItems() + report.data().validationItems()
                    + report.data().testItems(), "the server trained on the 12 the limit allows, not all 16");
        }
    }

    /**
     * The server's count of {@code route} answered 201, once it reaches {@code expected} or after 10 s: the
     * server counts a request when its handling ends, which may be just after the client has read the answer.
     */
    private static long counted(EvaluationServer server, String route, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        long n = server.stats().count(route, 201);
        while (n < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
            n = server.stats().count(route, 201);
        }
        return n;
    }

    private static JobConfig job(Path project, HillmixProject descriptor) throws Exception {
        List<Path> journals;
        try (var files = Files.list(project.resolve(HillmixProject.JOURNALS))) {
            journals = files.sorted().toList();
        }
        return EvaluationJobs.forProject(project, descriptor, journals, List.of("hard", "human-soft"), 1, List.of(0));
    }

    private static List<Judgment> judgments(String annotator, int from, int to) {
        List<Judgment> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(Judgment.of(annotator, "cat/" + i, new CategoricalAnswer(0, 80, 1, 20, List.of())));
            out.add(Judgment.of(annotator, "dog/" + i, new CategoricalAnswer(1, 70, 0, 30, List.of())));
        }
        return out;
    }
}
