package org.hillmix.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.data.ImageCodec;
import org.hillmix.core.data.ImageTensor;
import org.hillmix.core.evaluation.ContractJson;
import org.hillmix.core.evaluation.DatasetKind;
import org.hillmix.core.evaluation.EvaluationReport;
import org.hillmix.core.evaluation.JobConfig;
import org.hillmix.core.io.JudgmentJsonl;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.project.DatasetLocation;
import org.hillmix.core.project.HillmixProject;
import org.hillmix.core.protocol.FreeDistributionAnswer;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.remote.EvaluationClient;
import org.hillmix.core.remote.EvaluationJobs;
import org.hillmix.core.remote.EvaluationServerException;
import org.hillmix.core.remote.JobStatus;
import org.hillmix.server.eval.run.EvaluationRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench's client ({@link EvaluationClient}, core) against the real server on loopback: a
 * job built from a project (image folder plus a judgment journal) trains with DJL and its report is
 * read back; refusals come back as clear messages.
 */
@Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class EvaluationClientTest {

    @TempDir
    Path dir;

    /** A project of two classes x 8 synthetic 8x8 images and one annotator's free-distribution journal. */
    private Path project() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("project"));
        List<Judgment> judgments = new ArrayList<>();
        for (String cls : List.of("cat", "dog")) {
            Path images = Files.createDirectories(folder.resolve("images").resolve(cls));
            for (int i = 0; i < 8; i++) {
                byte[] px = new byte[3 * 8 * 8];
                for (int k = 0; k < px.length; k++) {
                    px[k] = (byte) ((cls.equals("cat") ? 40 : 200) + (k * 7 + i * 13) % 30);
                }
                String file = cls + i + ".png";
                ImageCodec.writePng(ImageTensor.fromBytes(3, 8, 8, px), images.resolve(file));
                // the image folder's item ids are <class>/<file name>
                List<Double> w = cls.equals("cat") ? List.of(80.0, 20.0) : List.of(10.0, 90.0);
                judgments.add(new Judgment("ann1", cls + "/" + file, new FreeDistributionAnswer(w), 500,
                        Instant.EPOCH, Instant.EPOCH, false, Map.of()));
            }
        }
        Files.createDirectories(folder.resolve("journals"));
        JudgmentJsonl.write(folder.resolve("journals").resolve("ann1.jsonl"), judgments, null);
        return folder;
    }

    @Test
    void projectJobRunsAndItsReportIsRead() throws Exception {
        Path folder = project();
        HillmixProject p = HillmixProject.create("client test", ClassSet.of("cat", "dog"),
                new DatasetLocation(DatasetKind.IMAGE_FOLDER, "images"));
        JobConfig job = EvaluationJobs.forProject(folder, p, List.of(folder.resolve("journals").resolve("ann1.jsonl")),
                List.of("hard", "human-soft"), 1, List.of(0));
        try (TestServer s = TestServer.start(dir.resolve("server"), new EvaluationRunner(dir),
                b -> b.allowedPaths(List.of(folder)))) {
            EvaluationClient client = new EvaluationClient(s.server.baseUri(), null);
            client.health();
            JobStatus queued = client.submit(job);
            assertFalse(queued.id().isEmpty());
            List<Long> progress = new ArrayList<>();
            ProgressMonitor pm = new ProgressMonitor() {
                @Override
                public void begin(String task, long totalWork) {
                    assertEquals(1000, totalWork);
                }

                @Override
                public void worked(long units) {
                    progress.add(units);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
            List<String> states = new ArrayList<>();
            JobStatus done = client.follow(queued.id(), pm, e -> states.add(e.state()));
            assertTrue(done.succeeded(), done.toString());
            assertEquals(1000, progress.stream().mapToLong(Long::longValue).sum(), "progress reaches the end");
            assertEquals("succeeded", states.get(states.size() - 1), "the stream ends with the finished job");

            EvaluationReport report = client.report(done.id());
            assertEquals("client test", report.name());
            assertEquals(List.of("cat", "dog"), report.data().classes());
            assertEquals(List.of("hard", "human-soft"), report.regimes().stream()
                    .map(EvaluationReport.RegimeResult::regime).toList());
            EvaluationReport.Aggregate ece = report.regimes().get(0).aggregate().get("ece");
            assertTrue(ece.mean() >= 0 && ece.mean() <= 1, "ECE in [0, 1]: " + ece);
            assertFalse(report.regimes().get(0).reliability().isEmpty());
            assertTrue(client.reportHtml(done.id()).contains("<html"));
        }
    }

    @Test
    void refusalsAreClear() throws Exception {
        try (TestServer s = TestServer.start(dir.resolve("server"), new EvaluationRunner(dir), b -> b)) {
            EvaluationClient client = new EvaluationClient(s.server.baseUri(), null);
            EvaluationServerException bad = assertThrows(EvaluationServerException.class,
                    () -> client.submit("{\"schema\": \"hillmix.job/1\", \"name\": \"x\"}"));
            assertEquals(400, bad.status());
            assertTrue(bad.getMessage().contains("refused POST /api/v1/jobs") && bad.getMessage().contains("regimes"),
                    bad.getMessage());
            EvaluationServerException missing = assertThrows(EvaluationServerException.class,
                    () -> client.status("no-such-job"));
            assertEquals(404, missing.status());
        }
        int free;
        try (ServerSocket socket = new ServerSocket(0)) {
            free = socket.getLocalPort();
        }
        IOException none = assertThrows(IOException.class,
                () -> new EvaluationClient(URI.create("http://127.0.0.1:" + free), null).health());
        assertTrue(none.getMessage().startsWith("no evaluation server answers at"), none.getMessage());
    }

    @Test
    void reportParserRefusesOtherJson() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ContractJson.readReport("{\"schema\":\"x\"}"));
        assertTrue(e.getMessage().contains("hillmix.report/1"), e.getMessage());
    }
}
