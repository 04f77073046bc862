package org.hillmix.server.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The load generator against the bare handler on loopback: counts, errors and its summary line. */
class HttpLoadGeneratorTest {

    @Test
    void everyRequestIsAnsweredAndTimedOnKeepAliveConnections() throws Exception {
        byte[] body = "{\"id\":\"x\",\"state\":\"running\"}".getBytes(StandardCharsets.UTF_8);
        try (BareJettyServer bare = new BareJettyServer(body)) {
            HttpLoadGenerator.Result r = HttpLoadGenerator.run(bare.uri("/api/v1/jobs/x"), 3, 40, 5);
            assertEquals(120, r.requests());
            assertEquals(0, r.errors());
            assertEquals(120, r.sortedLatencyNanos().length, "one latency per successful request");
            long[] l = r.sortedLatencyNanos();
            for (int i = 1; i < l.length; i++) {
                assertEquals(true, l[i - 1] <= l[i] && l[0] > 0, "sorted positive latencies");
            }
            HttpLoadGenerator.Summary s = HttpLoadGenerator.parse(r.line());
            assertEquals(120, s.requests());
            assertEquals(0, s.errors());
            assertEquals(l[l.length - 1] / 1000 / 1e3, s.maxMs(), 1e-9);
            assertEquals(HttpLoadGenerator.percentile(l, 0.99) / 1000 / 1e3, s.p99Ms(), 1e-9);
        }
    }

    @Test
    void refusedConnectionsAreCountedAsErrorsNotThrown() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        HttpLoadGenerator.Result r = HttpLoadGenerator.run(URI.create("http://127.0.0.1:" + port + "/"), 2, 5, 0);
        assertEquals(10, r.requests());
        assertEquals(10, r.errors());
        assertEquals(0, r.sortedLatencyNanos().length);
        assertEquals(-1, HttpLoadGenerator.parse(r.line()).p99Ms() * 1e3, 1e-9, "no latency without a success");
    }

    @Test
    void nearestRankPercentile() {
        long[] v = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        assertEquals(50, HttpLoadGenerator.percentile(v, 0.50));
        assertEquals(100, HttpLoadGenerator.percentile(v, 0.99));
        assertEquals(10, HttpLoadGenerator.percentile(v, 0.01));
        assertEquals(20, HttpLoadGenerator.percentile(v, 0.11));
    }

    @Test
    void roundsMergeIntoOneDistributionAndLatenciesSurviveTheFile(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws Exception {
        HttpLoadGenerator.Result a = new HttpLoadGenerator.Result(3, 1, 1.0, new long[] {5, 7});
        HttpLoadGenerator.Result b = new HttpLoadGenerator.Result(2, 0, 3.0, new long[] {1, 9});
        HttpLoadGenerator.Result m = HttpLoadGenerator.Result.merge(java.util.List.of(a, b));
        assertEquals(5, m.requests());
        assertEquals(1, m.errors());
        assertEquals(4.0, m.seconds(), 0.0);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new long[] {1, 5, 7, 9}, m.sortedLatencyNanos());
        assertEquals(1.0, m.throughput(), 1e-12, "4 successes in 4 s");

        java.nio.file.Path f = dir.resolve("l.bin");
        HttpLoadGenerator.writeLatencies(f, m.sortedLatencyNanos());
        org.junit.jupiter.api.Assertions.assertArrayEquals(m.sortedLatencyNanos(), HttpLoadGenerator.readLatencies(f));
    }
}
