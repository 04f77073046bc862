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
import java.sql.Statement;
import java.util.HexFormat;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The server's H2 file database ({@code <data-dir>/db/hillmix.mv.db}): jobs, reports and API tokens. Opening it
 * applies pending {@link Migrations}.
 *
 * <p>The database is opened in H2's auto-server mode by default, so that {@code hillmix token create} can add a
 * token while {@code hillmix serve} holds the file open: the first process serves the file to later ones over a
 * TCP port that accepts local connections only. The credentials are random, kept in {@code db/credentials}
 * (owner-readable only where the file system supports POSIX permissions).
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
     * @param autoServer whether other processes may open the same file while this one holds it (see class doc)
     * @throws IOException when the directory cannot be created or the database cannot be opened or migrated
     */
    public static Database open(Path dataDir, boolean autoServer) throws IOException {
        return open(dataDir, autoServer, "file");
    }

    /**
     * {@link #open(Path, boolean)} through an H2 file system ({@code file}, or in tests one that models what a
     * power cut keeps).
     */
    static Database open(Path dataDir, boolean autoServer, String fileSystem) throws IOException {
        Path dir = dataDir.toAbsolutePath().normalize().resolve("db");
        Files.createDirectories(dir);
        String password = password(dir.resolve("credentials"));
        // Without auto-server the owner closes the database itself (after recording interrupted jobs); H2 does not
        // allow that combination with auto-server, where its own shutdown hook closes the file and restart recovery
        // marks jobs the hook cut off.
        String url = "jdbc:h2:" + fileSystem + ":" + dir.resolve("hillmix").toString().replace('\\', '/')
                + (autoServer ? ";AUTO_SERVER=TRUE" : ";DB_CLOSE_ON_EXIT=FALSE");
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, USER, password);
        pool.setMaxConnections(32);
        Database db = new Database(pool, dir);
        try (Connection c = pool.getConnection()) {
            Migrations.apply(c);
        } catch (SQLException e) {
            pool.dispose();
            throw new IOException("cannot open the server database in " + dir + ": " + firstLine(e.getMessage())
                    + (e.getErrorCode() == 90020 ? " (another process holds it; stop it or let it run with "
                            + "auto-server mode)" : ""), e);
        }
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
        try (Statement s = connection.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        }
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
