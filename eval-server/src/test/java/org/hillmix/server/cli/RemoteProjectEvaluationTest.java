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

    @Test
    void cifarBatchesAnIdxPairAndAnIndexCsvAreUploadedAndReadAsTheirOwnKind() throws Exception {
        Path projects = tmp.resolve("projects");
        // 16 items of two classes in each kind; ids are record indices (CIFAR, IDX) or the file stems (CSV)
        Path cifar = Files.createDirectories(projects.resolve("cifar/data"));
        byte[] records = new byte[16 * 3073];
        for (int i = 0; i < 16; i++) {
            records[i * 3073] = (byte) (i % 2 == 0 ? 3 : 5); // cat, dog
            for (int b = 1; b < 3073; b++) {
                records[i * 3073 + b] = (byte) ((i % 2 == 0 ? 40 : 200) + b % 13);
            }
        }
        Files.write(cifar.resolve("data_batch_1.bin"), java.util.Arrays.copyOfRange(records, 0, 8 * 3073));
        Files.write(cifar.resolve("data_batch_2.bin"), java.util.Arrays.copyOfRange(records, 8 * 3073, 16 * 3073));
        Path idx = Files.createDirectories(projects.resolve("idx/data"));
        java.nio.ByteBuffer images = java.nio.ByteBuffer.allocate(16 + 16 * 28 * 28).putInt(0x803).putInt(16)
                .putInt(28).putInt(28);
        java.nio.ByteBuffer labels = java.nio.ByteBuffer.allocate(8 + 16).putInt(0x801).putInt(16);
        for (int i = 0; i < 16; i++) {
            for (int p = 0; p < 28 * 28; p++) {
                images.put((byte) ((i % 2 == 0 ? 30 : 220) + p % 11));
            }
            labels.put((byte) (i % 2));
        }
        Files.write(idx.resolve("train-images-idx3-ubyte"), images.array());
        Files.write(idx.resolve("train-labels-idx1-ubyte"), labels.array());
        Path csv = Files.createDirectories(projects.resolve("csv/data"));
        StringBuilder index = new StringBuilder("file,label\n");
        for (Map.Entry<String, byte[]> e : Archives.imageFolder("", 8).entrySet()) {
            Path f = csv.resolve("img").resolve(e.getKey().replace('/', '-'));
            Files.createDirectories(f.getParent());
            Files.write(f, e.getValue());
            index.append("img/").append(f.getFileName()).append(',').append(e.getKey().split("/")[0]).append('\n');
        }
        Files.writeString(csv.resolve("pets.csv"), index);

        ServerConfig config = ServerConfig.builder(tmp.resolve("server")).port(0)
                .eventTick(Duration.ofMillis(50)).stopTimeout(Duration.ofSeconds(10)).build();
        try (EvaluationServer server = EvaluationServer.newServer(config, ServerAssembly::executor)) {
            server.start();
            EvaluationClient client = new EvaluationClient(server.baseUri(), null);
            Map<DatasetKind, String> where = Map.of(DatasetKind.CIFAR_BINARY, "data",
                    DatasetKind.IDX, "data/train-images-idx3-ubyte", DatasetKind.INDEX_CSV, "data/pets.csv");
            for (Map.Entry<DatasetKind, String> e : where.entrySet()) {
                Path folder = projects.resolve(switch (e.getKey()) {
                    case CIFAR_BINARY -> "cifar";
                    case IDX -> "idx";
                    default -> "csv";
                });
                HillmixProject descriptor = HillmixProject.create(e.getKey().id(), e.getKey() == DatasetKind.IDX
                        ? ClassSet.MNIST : e.getKey() == DatasetKind.CIFAR_BINARY ? ClassSet.CIFAR10
                        : ClassSet.of("cat", "dog"), new DatasetLocation(e.getKey(), e.getValue()));
                JobConfig job = EvaluationJobs.forProject(folder, descriptor, List.of(), List.of("hard"), 1,
                        List.of(0));
                RemoteSubmission.Prepared prepared = RemoteSubmission.prepare(client, job, folder,
                        ProgressMonitor.NULL);
                assertEquals(1, prepared.uploadedCount(), e.getKey() + ": " + prepared.uploads());
                JobStatus done = client.follow(client.submit(prepared.configJson()).id(), ProgressMonitor.NULL,
                        st -> { });
                assertTrue(done.succeeded(), e.getKey() + ": " + done.state() + ": " + done.message());
                EvaluationReport report = client.report(done.id());
                assertEquals(16, report.data().trainItems() + report.data().validationItems()
                        + report.data().testItems(), e.getKey() + ": every record reached the server");
                String id = prepared.config().path("dataset").path("id").asText();
                JsonNode info = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                        java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                                server.baseUri().resolve("api/v1/datasets/" + id)).build(),
                                java.net.http.HttpResponse.BodyHandlers.ofString()).body());
                assertEquals(e.getKey().id(), info.path("kind").asText(), "stored as its own kind: " + info);
                assertEquals(0, RemoteSubmission.prepare(client, job, folder, ProgressMonitor.NULL).uploadedCount(),
                        e.getKey() + ": sent once");
            }
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
