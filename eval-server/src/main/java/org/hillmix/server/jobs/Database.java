package org.hillmix.server.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;

import javax.sql.DataSource;

import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.hillmix.server.datasets.PrivateFiles;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The server's database: jobs, reports and API tokens. By default the H2 file database {@code
 * <data-dir>/db/hillmix.mv.db} ({@link #open(Path)}); for several servers a shared PostgreSQL ({@link
 * #connect(SharedDatabase)}, docs/scale-out.md). Opening either applies pending migrations ({@link Schema}).
 *
 * <p>The database is embedded and private: it opens no network port (no H2 auto-server or TCP server), and one
 * process at a time holds it (H2's file lock); another gets {@link DatabaseInUseException}. The data directory and
 * {@code db/} are made owner-only (0700) and the database files 0600, where the file system has POSIX permissions.
 * The random password in {@code db/credentials} only keeps the file from being opened by accident with H2's
 * defaults; what protects the data is the folder's permissions.
 */
public final class Database implements AutoCloseable {

    private static final String USER = "hillmix";

    /** Seconds to wait for a PostgreSQL connection or login before giving up. */
    private static final int CONNECT_TIMEOUT_SECONDS = 10;

    private final JdbcConnectionPool pool;
    private final Path directory;
    private final SqlDialect dialect;
    private final String where;
    /** The connection holding the server's advisory lock on PostgreSQL ({@link #holdAsOnlyServer()}). */
    private Connection serverLock;
    /** The advisory-lock key of {@code hillmix serve}: "HMXS" in ASCII. */
    private static final long SERVER_LOCK_KEY = 0x484d5853L;

    private Database(JdbcConnectionPool pool, Path directory, SqlDialect dialect, String where) {
        this.pool = pool;
        this.directory = directory;
        this.dialect = dialect;
        this.where = where;
    }

    /**
     * Connects to a shared PostgreSQL database and migrates it to the current schema. Connections are pooled
     * (H2's pool over the driver's pooled connections; one that fails is dropped from the pool).
     *
     * @throws IOException with one line naming the database when it cannot be reached, refuses the login, or
     *         holds a schema of a newer release ({@link NewerSchemaException})
     */
    public static Database connect(SharedDatabase shared) throws IOException {
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        source.setURL(shared.url());
        if (shared.user() != null) {
            source.setUser(shared.user());
        }
        if (shared.password() != null) {
            source.setPassword(shared.password());
        }
        source.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        source.setLoginTimeout(CONNECT_TIMEOUT_SECONDS);
        source.setApplicationName("hillmix");
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(32);
        pool.setLoginTimeout(CONNECT_TIMEOUT_SECONDS);
        try (Connection c = pool.getConnection()) {
            c.isValid(CONNECT_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            pool.dispose();
            throw new IOException("cannot reach the database " + shared.where() + ": " + firstLine(e.getMessage()), e);
        }
        try {
            Schema.migrate(pool, SqlDialect.POSTGRESQL, shared.where());
        } catch (IOException e) {
            pool.dispose();
            throw e;
        }
        return new Database(pool, null, SqlDialect.POSTGRESQL, shared.where());
    }

    /**
     * Opens (creating if needed) the database under {@code dataDir/db} and migrates it to the current schema.
     *
     * @param dataDir the server's data directory
     * @throws DatabaseInUseException when another process (a running server) holds the database
     * @throws IOException when the directory cannot be created or the database cannot be opened or migrated
     */
    public static Database open(Path dataDir) throws IOException {
        return open(dataDir, "file");
    }

    /**
     * {@link #open(Path)} through an H2 file system ({@code file}, or in tests one that models what a
     * power cut keeps).
     */
    static Database open(Path dataDir, String fileSystem) throws IOException {
        Path data = dataDir.toAbsolutePath().normalize();
        Path dir = data.resolve("db");
        PrivateFiles.folder(data);
        PrivateFiles.folder(dir);
        String password = password(dir.resolve("credentials"));
        // The owner closes the database itself (after recording interrupted jobs), not H2's shutdown hook.
        String url = "jdbc:h2:" + fileSystem + ":" + dir.resolve("hillmix").toString().replace('\\', '/')
                + ";DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, USER, password);
        pool.setMaxConnections(32);
        Database db = new Database(pool, dir, SqlDialect.H2, "in " + dir);
        try (Connection c = pool.getConnection()) {
            // the first connection takes H2's file lock (or fails on it) before Flyway looks at the schema
            c.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new DatabaseInUseException(dir);
            }
            throw new IOException("cannot open the server database in " + dir + ": " + firstLine(e.getMessage()), e);
        }
        try {
            Schema.migrate(pool, SqlDialect.H2, "in " + dir);
            try (Connection c = pool.getConnection()) {
                forceToDisk(c);
            }
        } catch (IOException | SQLException e) {
            pool.dispose();
            throw e instanceof IOException io ? io : new IOException("cannot open the server database in " + dir
                    + ": " + firstLine(e.getMessage()), e);
        }
        PrivateFiles.filesIn(dir);
        return db;
    }

    /**
     * Makes this process the only server on a shared PostgreSQL database: takes a session-level advisory lock on a
     * connection held until {@link #close()} (PostgreSQL releases it when the session ends, also when the process
     * is killed). Jobs are queued and recovered by the server holding them, so a second server on the same database
     * would mark the first one's running jobs interrupted. H2 needs nothing: its file lock does the same.
     *
     * @throws IOException naming the database when another server holds it
     */
    public void holdAsOnlyServer() throws IOException {
        if (dialect != SqlDialect.POSTGRESQL) {
            return;
        }
        try {
            Connection c = pool.getConnection();
            boolean locked;
            try (java.sql.Statement s = c.createStatement();
                    java.sql.ResultSet r = s.executeQuery("SELECT pg_try_advisory_lock(" + SERVER_LOCK_KEY + ")")) {
                r.next();
                locked = r.getBoolean(1);
            }
            if (!locked) {
                c.close();
                throw new DatabaseInUseException("the database " + where + " is in use by another 'hillmix serve'; "
                        + "one server per database for now (docs/scale-out.md)", null);
            }
            serverLock = c;
        } catch (SQLException e) {
            throw new IOException("cannot lock the database " + where + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** Where the H2 database files live; null for PostgreSQL. */
    public Path directory() {
        return directory;
    }

    /** The engine behind this database. */
    public SqlDialect dialect() {
        return dialect;
    }

    /** The database for messages: {@code in <folder>} for H2, the URL without options for PostgreSQL. */
    public String where() {
        return where;
    }

    /** A pooled data source; close every connection taken from it. */
    public DataSource dataSource() {
        return pool;
    }

    /** Takes a connection from the pool. */
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /**
     * Makes everything committed so far durable: H2 writes commits to its file in the background (up to
     * {@code WRITE_DELAY}, 500 ms, later) and never forces the file on its own, so a crash or a power cut could
     * lose a job the server had already answered 202 for. {@code CHECKPOINT SYNC} writes the pending commits and
     * forces the file to the device ({@link java.nio.channels.FileChannel#force(boolean)}). Call it after every
     * write that someone is about to be told about (a queued job, a state change, a report, a token), never for
     * progress, which may be lost.
     */
    public static void forceToDisk(Connection connection) throws SQLException {
        SqlDialect.of(connection).forceToDisk(connection);
    }

    /** Closes every pooled connection; H2 closes the file when the last one goes. */
    @Override
    public void close() {
        if (serverLock != null) {
            try {
                serverLock.close();
            } catch (SQLException e) {
                // the pool is disposed next; PostgreSQL drops the lock with the session
            }
        }
        pool.dispose();
    }

    /** Reads the database password, creating a random one (owner-only file) on first use. */
    private static String password(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String fresh = HexFormat.of().formatHex(random);
            // Written beside the target and moved into place so another process never reads a half-written file.
            Path tmp = Files.createTempFile(file.getParent(), "credentials", ".tmp");
            try {
                try {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // Not a POSIX file system (Windows): the data directory's own ACL protects the file.
                }
                Files.writeString(tmp, fresh + "\n", StandardCharsets.US_ASCII);
                Files.move(tmp, file);
            } catch (FileAlreadyExistsException e) {
                // Another process created it first; read theirs below.
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
        if (text.isEmpty()) {
            throw new IOException("database credentials file " + file + " is empty; restore it or delete the whole "
                    + file.getParent() + " folder to start with an empty database");
        }
        return text;
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int cut = message.indexOf('\n');
        return cut < 0 ? message : message.substring(0, cut);
    }
}
