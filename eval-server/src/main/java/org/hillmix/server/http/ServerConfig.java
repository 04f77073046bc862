package org.hillmix.server.http;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.hillmix.server.datasets.ExtractionLimits;
import org.hillmix.server.jobs.SharedDatabase;

/**
 * Everything the evaluation server is configured with; build one with {@link #builder(Path)}.
 *
 * @param host address to listen on (default 127.0.0.1); a non-loopback address requires API tokens
 * @param port TCP port (default 8080; 0 picks a free one)
 * @param dataDir where the database ({@code db/}) and data sets ({@code datasets/}) live
 * @param workers jobs run at once (default 1)
 * @param queueCapacity jobs that may wait (default 16); more get 429
 * @param requeueInterrupted queue jobs interrupted by a restart again instead of marking them interrupted
 * @param requireToken require tokens on loopback as well
 * @param treatAsRemote apply the non-loopback token rules although the address is loopback (tests)
 * @param maxJsonBytes largest accepted JSON body (default 1 MiB)
 * @param extraction limits on data-set uploads
 * @param allowedPaths folders whose files job configurations may name (besides the data-set folder)
 * @param eventTick how often event streams look for changes (default 250 ms)
 * @param heartbeat silence after which an event stream sends a heartbeat comment (default 15 s)
 * @param retryAfter the {@code Retry-After} sent with 429 (default 30 s)
 * @param persistInterval how often running jobs' progress is saved (default 1 s)
 * @param stopTimeout how long stopping waits for running jobs to honour cancellation (default 30 s)
 * @param uploadRetention how long an uploaded label set no queued or running job needs is kept after its last use
 *        (default 7 days)
 * @param maxLabelSets most label sets stored at once (default 1000)
 * @param tls the TLS identity to serve HTTPS (HTTP/1.1 and HTTP/2) with, or null for plain HTTP
 * @param insecureHttp allow plain HTTP on a non-loopback address (warned at start)
 * @param database the shared PostgreSQL job store, or null for H2 in {@code dataDir/db} (the default)
 * @param databaseProbeInterval how often {@code GET /health} learns whether the database answers (default 2 s)
 */
public record ServerConfig(String host, int port, Path dataDir, int workers, int queueCapacity,
        boolean requeueInterrupted, boolean requireToken, boolean treatAsRemote, long maxJsonBytes,
        ExtractionLimits extraction, List<Path> allowedPaths, Duration eventTick, Duration heartbeat,
        Duration retryAfter, Duration persistInterval, Duration stopTimeout,
        Duration uploadRetention, int maxLabelSets, TlsSettings tls, boolean insecureHttp,
        SharedDatabase database, Duration databaseProbeInterval) {

    /** Default port. */
    public static final int DEFAULT_PORT = 8080;
    /** Default JSON body limit, 1 MiB. */
    public static final long DEFAULT_MAX_JSON = 1L << 20;

    /** Checks the values. */
    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, got " + port);
        }
        if (workers < 1 || workers > 64) {
            throw new IllegalArgumentException("workers must be 1-64, got " + workers);
        }
        if (queueCapacity < 1 || queueCapacity > 100_000) {
            throw new IllegalArgumentException("queue must be 1-100000, got " + queueCapacity);
        }
        if (maxJsonBytes < 1024) {
            throw new IllegalArgumentException("the JSON body limit must be at least 1024 bytes, got " + maxJsonBytes);
        }
        if (uploadRetention == null || uploadRetention.isNegative() || uploadRetention.isZero()) {
            throw new IllegalArgumentException("the upload retention must be positive, got " + uploadRetention);
        }
        if (maxLabelSets < 1) {
            throw new IllegalArgumentException("the label-set limit must be at least 1, got " + maxLabelSets);
        }
        allowedPaths = List.copyOf(allowedPaths);
    }

    /** Default {@link #uploadRetention()}: 7 days. */
    public static final Duration DEFAULT_UPLOAD_RETENTION = Duration.ofDays(7);

    /** The sub-folder holding data sets. */
    public Path datasetsDir() {
        return dataDir.resolve("datasets");
    }

    /** The sub-folder holding uploaded label sets. */
    public Path labelSetsDir() {
        return dataDir.resolve("labelsets");
    }

    /** A builder with the defaults above. */
    public static Builder builder(Path dataDir) {
        return new Builder(dataDir);
    }

    /** Builds a {@link ServerConfig}. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = DEFAULT_PORT;
        private final Path dataDir;
        private int workers = 1;
        private int queueCapacity = 16;
        private boolean requeueInterrupted;
        private boolean requireToken;
        private boolean treatAsRemote;
        private long maxJsonBytes = DEFAULT_MAX_JSON;
        private ExtractionLimits extraction = ExtractionLimits.defaults();
        private List<Path> allowedPaths = List.of();
        private Duration eventTick = Duration.ofMillis(250);
        private Duration heartbeat = Duration.ofSeconds(15);
        private Duration retryAfter = Duration.ofSeconds(30);
        private Duration persistInterval = Duration.ofSeconds(1);
        private Duration stopTimeout = Duration.ofSeconds(30);
        private Duration uploadRetention = DEFAULT_UPLOAD_RETENTION;
        private int maxLabelSets = 1000;
        private TlsSettings tls;
        private boolean insecureHttp;
        private SharedDatabase database;
        private Duration databaseProbeInterval = Duration.ofSeconds(2);

        private Builder(Path dataDir) {
            this.dataDir = dataDir.toAbsolutePath().normalize();
        }

        /** See {@link ServerConfig#host()}. */
        public Builder host(String v) {
            host = v;
            return this;
        }

        /** See {@link ServerConfig#port()}. */
        public Builder port(int v) {
            port = v;
            return this;
        }

        /** See {@link ServerConfig#workers()}. */
        public Builder workers(int v) {
            workers = v;
            return this;
        }

        /** See {@link ServerConfig#queueCapacity()}. */
        public Builder queueCapacity(int v) {
            queueCapacity = v;
            return this;
        }

        /** See {@link ServerConfig#requeueInterrupted()}. */
        public Builder requeueInterrupted(boolean v) {
            requeueInterrupted = v;
            return this;
        }

        /** See {@link ServerConfig#requireToken()}. */
        public Builder requireToken(boolean v) {
            requireToken = v;
            return this;
        }

        /** See {@link ServerConfig#treatAsRemote()}. */
        public Builder treatAsRemote(boolean v) {
            treatAsRemote = v;
            return this;
        }

        /** See {@link ServerConfig#maxJsonBytes()}. */
        public Builder maxJsonBytes(long v) {
            maxJsonBytes = v;
            return this;
        }

        /** See {@link ServerConfig#extraction()}. */
        public Builder extraction(ExtractionLimits v) {
            extraction = v;
            return this;
        }

        /** See {@link ServerConfig#allowedPaths()}. */
        public Builder allowedPaths(List<Path> v) {
            allowedPaths = v;
            return this;
        }

        /** See {@link ServerConfig#eventTick()}. */
        public Builder eventTick(Duration v) {
            eventTick = v;
            return this;
        }

        /** See {@link ServerConfig#heartbeat()}. */
        public Builder heartbeat(Duration v) {
            heartbeat = v;
            return this;
        }

        /** See {@link ServerConfig#retryAfter()}. */
        public Builder retryAfter(Duration v) {
            retryAfter = v;
            return this;
        }

        /** See {@link ServerConfig#persistInterval()}. */
        public Builder persistInterval(Duration v) {
            persistInterval = v;
            return this;
        }

        /** See {@link ServerConfig#stopTimeout()}. */
        public Builder stopTimeout(Duration v) {
            stopTimeout = v;
            return this;
        }

        /** See {@link ServerConfig#uploadRetention()}. */
        public Builder uploadRetention(Duration v) {
            uploadRetention = v;
            return this;
        }

        /** See {@link ServerConfig#maxLabelSets()}. */
        public Builder maxLabelSets(int v) {
            maxLabelSets = v;
            return this;
        }

        /** See {@link ServerConfig#tls()}. */
        public Builder tls(TlsSettings v) {
            tls = v;
            return this;
        }

        /** See {@link ServerConfig#insecureHttp()}. */
        public Builder insecureHttp(boolean v) {
            insecureHttp = v;
            return this;
        }

        /** See {@link ServerConfig#databaseProbeInterval()}. */
        public Builder databaseProbeInterval(Duration v) {
            databaseProbeInterval = v;
            return this;
        }

        /** See {@link ServerConfig#database()}. */
        public Builder database(SharedDatabase v) {
            database = v;
            return this;
        }

        /** The configuration. */
        public ServerConfig build() {
            return new ServerConfig(host, port, dataDir, workers, queueCapacity, requeueInterrupted, requireToken,
                    treatAsRemote, maxJsonBytes, extraction, allowedPaths, eventTick, heartbeat, retryAfter,
                    persistInterval, stopTimeout, uploadRetention, maxLabelSets, tls,
                    insecureHttp, database, databaseProbeInterval);
        }
    }
}
