package org.hillmix.server.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.logging.Logger;


import org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.hillmix.server.auth.AuthPolicy;
import org.hillmix.server.auth.LocalAdminCredential;
import org.hillmix.server.auth.TokenStore;
import org.hillmix.server.datasets.DatasetStore;
import org.hillmix.server.jobs.Database;
import org.hillmix.server.jobs.JobExecutor;
import org.hillmix.server.jobs.JobService;
import org.hillmix.server.jobs.JobStore;
import org.hillmix.server.jobs.LabelSetReferences;
import org.hillmix.server.jobs.LabelSetResolver;
import org.hillmix.server.labelsets.LabelSetStore;
import org.hillmix.server.labelsets.UploadRetention;

/**
 * The evaluation server: embedded Jetty serving the JSON API under {@code /api/v1}, {@code /health} and
 * {@code /metrics} (docs/server.md), over an H2 job database and a bounded job queue.
 *
 * <p>Handler chain: {@link RequestStatsHandler} (metrics) -&gt; {@link LocalAdminAuthHandler} (administration
 * endpoints: loopback and the local credential, then straight to the router) -&gt; {@link BearerAuthHandler} (only
 * when tokens are required, see {@link AuthPolicy}) -&gt; {@link Router} -&gt; one {@link ApiHandler} per endpoint.
 *
 * <pre>{@code
 * try (EvaluationServer server = EvaluationServer.newServer(ServerConfig.builder(dir).port(0).build(), factory)) {
 *     server.start();
 *     URI api = server.baseUri();
 * }
 * }</pre>
 */
public final class EvaluationServer implements AutoCloseable {

    /** Creates the job executor once the server's data sets are known. */
    @FunctionalInterface
    public interface ExecutorFactory {
        /** The executor jobs run with. */
        JobExecutor create(ServerConfig config, DatasetStore datasets);
    }

    private static final Logger LOG = Logger.getLogger(EvaluationServer.class.getName());

    /** The administration endpoint for API tokens ({@link LocalAdminAuthHandler}). */
    public static final String ADMIN_TOKENS = "/api/v1/admin/tokens";

    private final ServerConfig config;
    private final Database db;
    private final JobStore store;
    private final JobService jobs;
    private final TokenStore tokens;
    private final DatasetStore datasets;
    private final LabelSetStore labelSets;
    private final UploadRetention retention;
    private final ScheduledExecutorService retentionScheduler;
    private final AuthPolicy auth;
    private final HttpStats stats = new HttpStats();
    private final Router router = new Router();
    private final ScheduledExecutorService eventScheduler;
    private final JobEventsHandler events;
    private final Server jetty;
    private final ServerConnector connector;
    private final boolean remote;
    private final InetAddress bind;
    private final SslContextFactory.Server ssl;
    /** The local administration credential of this start (docs/server.md, "Managing tokens while it runs"). */
    private final String adminSecret = LocalAdminCredential.newSecret();
    private LocalAdminCredential adminCredential;
    private boolean started;

    private EvaluationServer(ServerConfig config, ExecutorFactory executors, Clock clock) throws IOException {
        this.config = config;
        this.bind = resolve(config.host());
        // A wrong keystore or password is reported before anything is opened.
        this.ssl = config.tls() == null ? null : config.tls().contextFactory();
        this.db = Database.open(config.dataDir());
        try {
            // Left by a crash (its server is gone: the database is ours); the next start() writes a new one.
            LocalAdminCredential.delete(config.dataDir());
            this.tokens = new TokenStore(db.dataSource(), clock);
            this.auth = AuthPolicy.decide(bind, config.requireToken(), config.treatAsRemote(), !tokens.isEmpty(),
                    "hillmix token create --name NAME --data-dir " + config.dataDir());
            this.remote = config.treatAsRemote() || !bind.isLoopbackAddress();
            checkTransport(bind, config, remote);
            this.datasets = new DatasetStore(config.datasetsDir(), config.extraction(), clock);
            // The database is ours (H2's file lock): no upload of another process can be in flight.
            this.labelSets = new LabelSetStore(config.labelSetsDir(), config.maxLabelSets(), clock);
            List<String> abandoned = new ArrayList<>(datasets.removeAbandonedUploads());
            abandoned.addAll(DatasetStore.removeAbandonedUploads(labelSets.root()));
            if (!abandoned.isEmpty()) {
                LOG.info("removed " + abandoned.size() + " upload(s) cut off by an earlier crash: " + abandoned);
            }
            this.store = new JobStore(db);
            // Jobs may name uploaded label sets; the resolver turns them into label sources before the executor.
            JobExecutor executor = new LabelSetResolver(labelSets, executors.create(config, datasets));
            this.jobs = new JobService(store, executor, new JobService.Options(
                    config.workers(), config.queueCapacity(), config.requeueInterrupted(), config.persistInterval(),
                    config.stopTimeout()), clock);
        } catch (SQLException e) {
            db.close();
            throw new IOException("cannot read the server database: " + e.getMessage(), e);
        } catch (RuntimeException | IOException e) {
            db.close();
            throw e;
        }
        this.eventScheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hillmix-events");
            t.setDaemon(true);
            return t;
        });
        this.events = new JobEventsHandler(jobs, eventScheduler, Math.max(10, config.eventTick().toMillis()),
                Math.max(100, config.heartbeat().toMillis()));
        LabelSetReferences references = new LabelSetReferences(store);
        this.retention = new UploadRetention(labelSets, config.uploadRetention(), references::needed)
                .alsoDatasets(datasets, references::neededDatasets);
        this.retentionScheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hillmix-retention");
            t.setDaemon(true);
            return t;
        });
        Semaphore uploadSlots = new Semaphore(UploadDatasetHandler.CONCURRENT);
        int retryAfter = (int) Math.max(1, config.retryAfter().toSeconds());
        String job = JobView.JOBS + "/{id}";
        router.route("GET", "/health", new HealthHandler())
                .route("GET", "/metrics", new MetricsHandler(stats, jobs))
                .route("GET", "/api/v1/openapi.json", new OpenApiHandler())
                .route("POST", JobView.JOBS, new SubmitJobHandler(jobs, config.maxJsonBytes(), retryAfter))
                .route("GET", JobView.JOBS, new ListJobsHandler(jobs))
                .route("GET", job, new GetJobHandler(jobs))
                .route("DELETE", job, new CancelJobHandler(jobs))
                .route("POST", job + "/cancel", new CancelJobHandler(jobs))
                .route("GET", job + "/events", events)
                .route("GET", job + "/report", new ReportHandler(jobs, store, false))
                .route("GET", job + "/report.html", new ReportHandler(jobs, store, true))
                .route("GET", "/api/v1/datasets", new ListDatasetsHandler(datasets))
                .route("POST", "/api/v1/datasets", new UploadDatasetHandler(datasets, uploadSlots))
                .route("GET", "/api/v1/datasets/{id}", new GetDatasetHandler(datasets))
                .route("GET", "/api/v1/labelsets", new ListLabelSetsHandler(labelSets))
                .route("POST", "/api/v1/labelsets", new UploadLabelSetHandler(labelSets,
                        config.extraction().maxUploadBytes(), uploadSlots))
                .route("GET", "/api/v1/labelsets/{id}", new GetLabelSetHandler(labelSets))
                .route("DELETE", "/api/v1/labelsets/{id}", new DeleteLabelSetHandler(labelSets, references::needed))
                .route("GET", ADMIN_TOKENS, new AdminListTokensHandler(tokens))
                .route("POST", ADMIN_TOKENS, new AdminCreateTokenHandler(tokens))
                .route("DELETE", ADMIN_TOKENS + "/{id}", new AdminRevokeTokenHandler(tokens));

        QueuedThreadPool threads = new QueuedThreadPool(128, 4);
        threads.setName("hillmix-http");
        threads.setDaemon(true);
        jetty = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        connector = config.tls() == null ? new ServerConnector(jetty, new HttpConnectionFactory(http))
                : new ServerConnector(jetty, secureFactories(http, ssl));
        connector.setHost(config.host());
        connector.setPort(config.port());
        jetty.addConnector(connector);
        Handler api = auth.tokensRequired() ? new BearerAuthHandler(tokens, router) : router;
        // Administration requests pass the local-credential check instead of the API-token check.
        jetty.setHandler(new RequestStatsHandler(stats, router, new LocalAdminAuthHandler(adminSecret, router, api)));
        jetty.setErrorHandler(new ProblemErrorHandler());
        jetty.setStopTimeout(2000);
    }

    /**
     * The connection factories of a TLS connector: TLS, then ALPN choosing HTTP/2 ({@code h2}) when the client
     * offers it and HTTP/1.1 otherwise.
     */
    private static ConnectionFactory[] secureFactories(HttpConfiguration plain, SslContextFactory.Server ssl) {
        HttpConfiguration https = new HttpConfiguration(plain);
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        // Clients may connect by IP address (no SNI); the certificate check is the client's business.
        secure.setSniHostCheck(false);
        https.addCustomizer(secure);
        HTTP2ServerConnectionFactory h2 = new HTTP2ServerConnectionFactory(https);
        HttpConnectionFactory h1 = new HttpConnectionFactory(https);
        ALPNServerConnectionFactory alpn = new ALPNServerConnectionFactory(h2.getProtocol(), h1.getProtocol());
        alpn.setDefaultProtocol(h1.getProtocol());
        return new ConnectionFactory[] {new SslConnectionFactory(ssl, alpn.getProtocol()), alpn, h2, h1};
    }

    /**
     * A non-loopback address needs TLS (tokens and labels would otherwise cross the network in clear text) unless
     * the operator accepted plain HTTP with {@code --insecure-http}.
     */
    private static void checkTransport(InetAddress bind, ServerConfig config, boolean remote) {
        if (remote && config.tls() == null && !config.insecureHttp()) {
            throw new IllegalArgumentException("refusing to listen on " + bind.getHostAddress() + " over plain HTTP: "
                    + "API tokens and uploaded labels would cross the network unencrypted; pass --tls-keystore "
                    + "FILE.p12 --tls-password-file FILE, or --insecure-http on a network you trust");
        }
    }

    /**
     * Whether the server listens beyond loopback over plain HTTP (allowed with {@code --insecure-http}); the
     * command that starts it warns about it.
     */
    public boolean insecureRemote() {
        return remote && config.tls() == null;
    }

    /**
     * Opens the database, checks the token policy and wires the handlers; {@link #start()} starts listening.
     *
     * @throws IllegalArgumentException when the configuration is not allowed (e.g. a non-loopback address
     *         without API tokens)
     * @throws IOException when the data directory or database cannot be opened
     */
    public static EvaluationServer newServer(ServerConfig config, ExecutorFactory executors) throws IOException {
        return new EvaluationServer(config, executors, Clock.systemUTC());
    }

    /**
     * Recovers jobs from the database, starts the workers, starts listening and writes the local administration
     * credential ({@link LocalAdminCredential}) into the data directory when a loopback connection can reach the
     * server.
     */
    public synchronized void start() throws Exception {
        if (started) {
            return;
        }
        try {
            jobs.start();
            retention.schedule(retentionScheduler);
            jetty.start();
            URI loopback = LocalAdminCredential.loopbackUri(bind, port(), ssl != null);
            if (loopback != null) {
                LocalAdminCredential c = new LocalAdminCredential(loopback, adminSecret,
                        ssl == null ? List.of() : certificateFingerprints(ssl));
                c.write(config.dataDir());
                adminCredential = c;
            }
            started = true;
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    /**
     * The local administration credential written at {@link #start()}, or null when none was (before the start,
     * or when the server listens on one non-loopback address only).
     */
    public synchronized LocalAdminCredential adminCredential() {
        return adminCredential;
    }

    /** SHA-256 fingerprints of the certificates of the keystore's key entries, which loopback clients pin. */
    private static List<String> certificateFingerprints(SslContextFactory.Server ssl) throws Exception {
        java.security.KeyStore ks = ssl.getKeyStore();
        List<String> out = new ArrayList<>();
        for (String alias : java.util.Collections.list(ks.aliases())) {
            java.security.cert.Certificate cert = ks.isKeyEntry(alias) ? ks.getCertificate(alias) : null;
            if (cert != null) {
                out.add(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(cert.getEncoded())));
            }
        }
        return out;
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        jetty.join();
    }

    /** The port the server listens on (the chosen one when configured with port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** Base URI, e.g. {@code http://127.0.0.1:8080} ({@code https} with TLS). */
    public URI baseUri() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return URI.create((config.tls() == null ? "http" : "https") + "://" + host + ":" + port());
    }

    /** Whether requests need a bearer token. */
    public boolean tokensRequired() {
        return auth.tokensRequired();
    }

    /** The configuration. */
    public ServerConfig config() {
        return config;
    }

    /** The job queue (for embedding and tests). */
    public JobService jobs() {
        return jobs;
    }

    /** The API tokens. */
    public TokenStore tokens() {
        return tokens;
    }

    /** The uploaded label sets. */
    public LabelSetStore labelSets() {
        return labelSets;
    }

    /** The sweeper of unused uploads. */
    public UploadRetention retention() {
        return retention;
    }

    /** Request statistics. */
    public HttpStats stats() {
        return stats;
    }

    /** The routes, for documentation checks. */
    public Router router() {
        return router;
    }

    /**
     * Stops listening, ends event streams, stops the queue (running jobs become interrupted or re-queued, queued
     * jobs stay queued) and closes the database.
     */
    @Override
    public synchronized void close() {
        if (adminCredential != null) {
            try {
                LocalAdminCredential.delete(config.dataDir());
            } catch (IOException e) {
                LOG.warning("cannot delete " + LocalAdminCredential.file(config.dataDir()) + ": " + e.getMessage());
            }
            adminCredential = null;
        }
        events.closeAll();
        try {
            jetty.stop();
        } catch (Exception e) {
            // Stopping is best effort; the queue and database below must be closed regardless.
        }
        retentionScheduler.shutdownNow();
        jobs.close();
        eventScheduler.shutdownNow();
        db.close();
        started = false;
    }

    private static InetAddress resolve(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot resolve host '" + host + "'; use an IP address such as "
                    + "127.0.0.1", e);
        }
    }
}
