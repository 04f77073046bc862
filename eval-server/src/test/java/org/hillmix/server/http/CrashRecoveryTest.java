package org.hillmix.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 defect 1: a real {@code hillmix serve} process is SIGKILLed at random moments, 21 times, with tiny real
 * jobs in flight: 0-50 ms after a 202, at once after a job is seen {@code succeeded}, and at random while jobs are
 * submitted, and while an upload is spooled. After every restart each job ever answered 202 is listed, and each job ever seen {@code succeeded}
 * is still {@code succeeded} and serves its report. Uploads cut off by a kill leave no spool files after the
 * restart.
 *
 * <p>What a kill can show: a commit H2 had not yet written to its file when the process died (H2 writes commits in
 * the background, up to 500 ms later). What it cannot show: a write that reached the page cache but not the device,
 * since the kernel keeps the page cache of a killed process; {@code DurableJobStoreTest} covers that with a file
 * system that keeps only forced writes.
 */
@Timeout(value = 600, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CrashRecoveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CYCLES = 21;

    /** One regime, one seed, one epoch of 16 images of 8x8 pixels: the smallest real job. */
    private static final String JOB = """
            {"schema": "hillmix.job/1", "name": "%s",
             "dataset": {"kind": "synthetic", "classes": 2, "perClass": 8, "imageSize": 8, "seed": 1},
             "labels": {"kind": "simulated", "annotators": 2, "seed": 3},
             "training": {"epochs": 1, "batchSize": 4},
             "regimes": [{"name": "hard"}],
             "seeds": [0],
             "metrics": {"bins": 5, "bootstrap": 0, "fgsm": false}}
            """;

    @TempDir
    Path dir;

    @Test
    void nothingAnsweredIsLostWhenTheServerIsKilled() throws Exception {
        Path data = dir.resolve("data");
        // Kept after the run (target/), since the temporary folder goes: the children's stderr, for diagnosis.
        Path log = Files.createDirectories(Path.of("target")).resolve("crash-recovery-server.log");
        Files.deleteIfExists(log);
        Random random = new Random(20261202);
        Set<String> accepted = new LinkedHashSet<>();
        Set<String> succeeded = new LinkedHashSet<>();
        List<String> kinds = new ArrayList<>();
        int submitted = 0;
        long t0 = System.nanoTime();
        for (int cycle = 0; cycle <= CYCLES; cycle++) {
            System.out.printf("cycle %d at %.1f s: %d accepted, %d seen succeeded%n", cycle,
                    (System.nanoTime() - t0) / 1e9, accepted.size(), succeeded.size());
            try (ServerProcess s = ServerProcess.start(data, log, "--queue", "1000")) {
                String where = "after kill " + cycle + " (" + (cycle == 0 ? "first start" : kinds.get(cycle - 1))
                        + "; server log " + log + ")";
                checkNothingLost(s, accepted, succeeded, where);
                try (Stream<Path> left = Files.list(data.resolve("datasets"))) {
                    List<String> spool = left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("."))
                            .toList();
                    assertEquals(List.of(), spool, "upload spool files left " + where);
                }
                if (cycle == CYCLES) {
                    break;
                }
                int kind = cycle % 5 == 1 ? 1 : cycle == 3 || cycle == 13 ? 3 : cycle % 2 == 0 ? 0 : 2;
                switch (kind) {
                    case 0 -> {
                        // Kill 0-50 ms after a 202.
                        kinds.add("0-50 ms after a 202");
                        for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
                            accepted.add(submit(s, "c" + cycle + "-" + submitted++));
                        }
                        Thread.sleep(random.nextInt(51));
                    }
                    case 1 -> {
                        // Kill as soon as a job is seen succeeded.
                        kinds.add("right after succeeded");
                        String id = submit(s, "c" + cycle + "-" + submitted++);
                        accepted.add(id);
                        awaitSuccess(s, id);
                        succeeded.add(id);
                    }
                    case 2 -> {
                        // Kill at a random moment while jobs are being submitted, 0-100 ms apart.
                        kinds.add("while submitting");
                        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                            accepted.add(submit(s, "c" + cycle + "-" + submitted++));
                            Thread.sleep(random.nextInt(100));
                        }
                    }
                    default -> {
                        // Kill while an upload's body is being spooled to disk.
                        kinds.add("during an upload");
                        killDuringUpload(s, data);
                        continue;
                    }
                }
                s.kill();
            }
        }
        assertTrue(succeeded.size() >= 4, "only " + succeeded.size() + " jobs were seen succeeded");
        assertTrue(accepted.size() >= 20, "only " + accepted.size() + " jobs were accepted");
    }

    private static String submit(ServerProcess s, String name) throws Exception {
        HttpResponse<String> r = s.postJson("/api/v1/jobs", JOB.formatted(name));
        assertEquals(202, r.statusCode(), r.body());
        return JSON.readTree(r.body()).path("id").asText();
    }

    /** Polls the job every 10 ms until it is succeeded, and returns at once. */
    private static void awaitSuccess(ServerProcess s, String id) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            String state = JSON.readTree(s.get("/api/v1/jobs/" + id).body()).path("state").asText();
            if (state.equals("succeeded")) {
                return;
            }
            assertTrue(state.equals("queued") || state.equals("running"), id + " is " + state);
            Thread.sleep(10);
        }
        fail("job " + id + " did not succeed within 120 s; server log: " + ServerProcess.tail(s.log));
    }

    /** Every 202'd job is listed; every job seen succeeded still is and serves its report. */
    private static void checkNothingLost(ServerProcess s, Set<String> accepted, Set<String> succeeded, String where)
            throws Exception {
        Set<String> listed = new HashSet<>();
        String next = "/api/v1/jobs?limit=100";
        while (next != null) {
            JsonNode page = JSON.readTree(s.get(next).body());
            page.path("items").forEach(j -> listed.add(j.path("id").asText()));
            next = page.hasNonNull("next") ? page.path("next").asText() : null;
        }
        List<String> lost = accepted.stream().filter(id -> !listed.contains(id)).toList();
        assertEquals(List.of(), lost, lost.size() + " of " + accepted.size() + " accepted jobs lost " + where);
        for (String id : succeeded) {
            JsonNode job = JSON.readTree(s.get("/api/v1/jobs/" + id).body());
            assertEquals("succeeded", job.path("state").asText(), "job " + id + " " + where + ": " + job);
            HttpResponse<String> report = s.get("/api/v1/jobs/" + id + "/report");
            assertEquals(200, report.statusCode(), "report of " + id + " " + where + ": " + report.body());
            assertEquals(job.path("name").asText(), JSON.readTree(report.body()).path("name").asText());
        }
    }

    /** Starts an upload whose body never ends, waits until its spool file exists, and kills the server. */
    private static void killDuringUpload(ServerProcess s, Path data) throws Exception {
        try (Socket socket = new Socket(s.base.getHost(), s.base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/datasets?name=cut HTTP/1.1\r\nHost: " + s.base.getAuthority()
                    + "\r\nContent-Type: application/zip\r\nContent-Length: 50000000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[65536];
            chunk[0] = 'P';
            chunk[1] = 'K';
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            boolean spooled = false;
            for (int i = 0; i < 100 && !spooled && System.nanoTime() < deadline; i++) {
                out.write(chunk);
                out.flush();
                try (Stream<Path> files = Files.list(data.resolve("datasets"))) {
                    spooled = files.anyMatch(p -> p.getFileName().toString().startsWith(".incoming-"));
                }
            }
            assertTrue(spooled, "the upload was not spooled");
            s.kill();
        }
    }
}
