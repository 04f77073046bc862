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

/**
 * The server's H2 file database ({@code <data-dir>/db/hillmix.mv.db}): jobs, reports and API tokens. Opening it
 * applies pending migrations ({@link Schema}).
 *
 * <p>The database is embedded and private: it opens no network port (no H2 auto-server or TCP server), and one
 * process at a time holds it (H2's file lock); another gets {@link DatabaseInUseException}. The data directory and
 * {@code db/} are made owner-only (0700) and the database files 0600, where the file system has POSIX permissions.
 * The random password in {@code db/credentials} only keeps the file from being opened by accident with H2's
 * defaults; what protects the data is the folder's permissions.
 */
public final class Database implements AutoCloseable {

    private static final String USER = "hillmix";

    private final JdbcConnectionPool pool;
    private final Path directory;

    private Database(JdbcConnectionPool pool, Path directory) {
        this.pool = pool;
        this.directory = directory;
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
        Database db = new Database(pool, dir);
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

    /** Where the database files live. */
    public Path directory() {
        return directory;
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
