package org.hillmix.server.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP/1.1 load generator meant to run in its own JVM, so that its CPU use and garbage collection
 * are not the server's: {@code clients} platform threads, each with one keep-alive connection, send
 * {@code requests} GETs one after another and time each from the first byte written to the last byte of the body
 * read. A non-200 status, a broken connection or a 10 s timeout counts as an error (the client reconnects).
 *
 * <p>The client is deliberately minimal (a prepared request, a header scan, a {@code Content-Length} or chunked
 * body) so that it costs far less CPU per request than the server it measures; {@code java.net.http.HttpClient}
 * costs several times more per request, which on a two-core machine shows up as server latency.
 *
 * <p>Usage: {@code java -cp hillmix.jar org.hillmix.server.bench.HttpLoadGenerator URL CLIENTS REQUESTS WARMUP}. Prints
 * one line {@code requests=N errors=E seconds=S p50_us=... p90_us=... p99_us=... p999_us=... max_us=...}, where
 * the percentiles are nearest-rank over the successful requests.
 */
public final class HttpLoadGenerator {

    private static final int TIMEOUT_MS = 10_000;

    /** What one load run measured. */
    public record Result(long requests, long errors, double seconds, long[] sortedLatencyNanos) {

        /** Successful requests per second. */
        public double throughput() {
            return sortedLatencyNanos.length / seconds;
        }

        /** Nearest-rank percentile in milliseconds (NaN when nothing succeeded). */
        public double percentileMs(double p) {
            if (sortedLatencyNanos.length == 0) {
                return Double.NaN;
            }
            return percentile(sortedLatencyNanos, p) / 1e6;
        }

        /** Several runs as one: requests, errors and seconds added up, all latencies together. */
        public static Result merge(List<Result> runs) {
            long requests = 0;
            long errors = 0;
            double seconds = 0;
            int n = 0;
            for (Result r : runs) {
                requests += r.requests();
                errors += r.errors();
                seconds += r.seconds();
                n += r.sortedLatencyNanos().length;
            }
            long[] all = new long[n];
            int at = 0;
            for (Result r : runs) {
                System.arraycopy(r.sortedLatencyNanos(), 0, all, at, r.sortedLatencyNanos().length);
                at += r.sortedLatencyNanos().length;
            }
            Arrays.sort(all);
            return new Result(requests, errors, seconds, all);
        }

        /** The one-line form {@link HttpLoadGenerator#main} prints. */
        String line() {
            return String.format(Locale.ROOT, "requests=%d errors=%d seconds=%.4f p50_us=%d p90_us=%d p99_us=%d"
                    + " p999_us=%d max_us=%d", requests, errors, seconds, us(0.50), us(0.90), us(0.99), us(0.999),
                    sortedLatencyNanos.length == 0 ? -1 : sortedLatencyNanos[sortedLatencyNanos.length - 1] / 1000);
        }

        private long us(double p) {
            return sortedLatencyNanos.length == 0 ? -1 : percentile(sortedLatencyNanos, p) / 1000;
        }
    }

    private HttpLoadGenerator() {
    }

    /** Nearest-rank percentile of sorted values: the smallest value with at least {@code p} of them at or below it. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /**
     * Runs {@code clients} x {@code requests} GETs of {@code url} in this JVM, after {@code warmup} unrecorded
     * requests per client (all clients finish warming up before the measured requests start).
     */
    public static Result run(URI url, int clients, int requests, int warmup) throws InterruptedException {
        String host = url.getHost();
        int port = url.getPort() < 0 ? 80 : url.getPort();
        String path = url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nAccept: application/json\r\nUser-Agent: hillmix-bench\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        long[][] latencies = new long[clients][];
        AtomicLong errors = new AtomicLong();
        CountDownLatch warm = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int me = c;
            Thread t = new Thread(() -> {
                Connection[] conn = {null};
                for (int i = 0; i < warmup; i++) {
                    send(host, port, request, conn, null, 0, new AtomicLong());
                }
                warm.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                long[] mine = new long[requests];
                int ok = 0;
                for (int i = 0; i < requests; i++) {
                    ok = send(host, port, request, conn, mine, ok, errors);
                }
                close(conn[0]);
                latencies[me] = Arrays.copyOf(mine, ok);
            }, "load-client-" + c);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        warm.await();
        long start = System.nanoTime();
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int total = 0;
        for (long[] l : latencies) {
            total += l.length;
        }
        long[] all = new long[total];
        int at = 0;
        for (long[] l : latencies) {
            System.arraycopy(l, 0, all, at, l.length);
            at += l.length;
        }
        Arrays.sort(all);
        return new Result((long) clients * requests, errors.get(), seconds, all);
    }

    /** One request on {@code conn[0]} (opened when null); records its latency in {@code into[ok]} on a 200. */
    private static int send(String host, int port, byte[] request, Connection[] conn, long[] into, int ok,
            AtomicLong errors) {
        try {
            if (conn[0] == null) {
                conn[0] = new Connection(host, port);
            }
            long t0 = System.nanoTime();
            int status = conn[0].exchange(request);
            long t1 = System.nanoTime();
            if (conn[0].closeAfter) {
                conn[0] = close(conn[0]);
            }
            if (status != 200) {
                errors.incrementAndGet();
                return ok;
            }
            if (into != null) {
                into[ok] = t1 - t0;
            }
            return ok + 1;
        } catch (IOException e) {
            errors.incrementAndGet();
            conn[0] = close(conn[0]);
            return ok;
        }
    }

    /** Parses the line {@link #main} prints (the latencies are not carried, only their summary). */
    static Summary parse(String line) {
        java.util.Map<String, String> kv = new java.util.HashMap<>();
        for (String part : line.trim().split(" ")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                kv.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        if (!kv.containsKey("requests") || !kv.containsKey("p99_us")) {
            throw new IllegalArgumentException("not a load generator summary: " + line);
        }
        return new Summary(Long.parseLong(kv.get("requests")), Long.parseLong(kv.get("errors")),
                Double.parseDouble(kv.get("seconds")), Long.parseLong(kv.get("p50_us")) / 1e3,
                Long.parseLong(kv.get("p90_us")) / 1e3, Long.parseLong(kv.get("p99_us")) / 1e3,
                Long.parseLong(kv.get("p999_us")) / 1e3, Long.parseLong(kv.get("max_us")) / 1e3);
    }

    /**
     * A load run's summary as the parent process reads it.
     *
     * @param requests requests sent
     * @param errors non-200 answers, broken connections and timeouts
     * @param seconds wall time of the whole run
     * @param p50Ms median latency of the successful requests
     * @param p90Ms 90th percentile
     * @param p99Ms 99th percentile
     * @param p999Ms 99.9th percentile
     * @param maxMs slowest successful request
     */
    public record Summary(long requests, long errors, double seconds, double p50Ms, double p90Ms, double p99Ms,
            double p999Ms, double maxMs) {

        /** Successful requests per second. */
        public double throughput() {
            return (requests - errors) / seconds;
        }
    }

    private static Connection close(Connection c) {
        if (c != null) {
            try {
                c.socket.close();
            } catch (IOException e) {
                // nothing to do: the connection is abandoned either way
            }
        }
        return null;
    }

    /** One keep-alive connection. */
    private static final class Connection {
        final Socket socket;
        final OutputStream out;
        final InputStream in;
        final byte[] discard = new byte[8192];
        boolean closeAfter;

        Connection(String host, int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(TIMEOUT_MS);
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MS);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16384);
        }

        /** Sends one request, reads the whole response, returns its status. */
        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = line();
            if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
                throw new IOException("bad status line: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String h = line(); !h.isEmpty(); h = line()) {
                String lower = h.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                        size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                    skip(size);
                    line();
                }
                line();
            } else if (length >= 0) {
                skip(length);
            } else {
                throw new IOException("response without a length");
            }
            closeAfter = close;
            return status;
        }

        private void skip(long n) throws IOException {
            while (n > 0) {
                int r = in.read(discard, 0, (int) Math.min(discard.length, n));
                if (r < 0) {
                    throw new IOException("connection closed in a body");
                }
                n -= r;
            }
        }

        private String line() throws IOException {
            StringBuilder sb = new StringBuilder(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("connection closed");
                }
                if (b != '\r') {
                    sb.append((char) b);
                }
            }
            return sb.toString();
        }
    }

    /**
     * Runs one load and prints its summary line.
     *
     * @param args URL, clients, requests per client, unrecorded warm-up requests per client, and optionally a file
     *        to write the successful requests' latencies to (nanoseconds, big-endian longs)
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 4 && args.length != 5) {
            System.err.println("usage: HttpLoadGenerator URL CLIENTS REQUESTS_PER_CLIENT WARMUP_PER_CLIENT"
                    + " [LATENCIES_FILE]");
            System.exit(2);
        }
        Result r = run(URI.create(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                Integer.parseInt(args[3]));
        if (args.length == 5) {
            writeLatencies(Path.of(args[4]), r.sortedLatencyNanos());
        }
        System.out.println(r.line());
    }

    /** Writes latencies as big-endian longs (read back with {@link #readLatencies}). */
    static void writeLatencies(Path file, long[] nanos) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            for (long v : nanos) {
                out.writeLong(v);
            }
        }
    }

    /** Reads what {@link #writeLatencies} wrote. */
    static long[] readLatencies(Path file) throws IOException {
        java.nio.LongBuffer b = java.nio.ByteBuffer.wrap(Files.readAllBytes(file)).asLongBuffer();
        long[] out = new long[b.remaining()];
        b.get(out);
        return out;
    }
}
