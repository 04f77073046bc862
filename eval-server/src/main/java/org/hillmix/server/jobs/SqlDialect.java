package org.hillmix.server.jobs;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database engines the job store runs on. The SQL of the stores is the same on both (standard types, {@code
 * OFFSET ... FETCH}, conditional updates); what differs is the large-text type in migrations and what it takes to
 * make a commit durable.
 */
public enum SqlDialect {

    /** Embedded H2 in the data directory (the default, one server). */
    H2("CLOB"),
    /** A shared PostgreSQL server (several servers, docs/scale-out.md). */
    POSTGRESQL("TEXT");

    private final String textType;

    SqlDialect(String textType) {
        this.textType = textType;
    }

    /** The column type for unbounded text (placeholder {@code ${text}} in the migrations). */
    public String textType() {
        return textType;
    }

    /** The dialect of a JDBC URL. */
    static SqlDialect ofUrl(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        throw new IllegalArgumentException("unsupported database URL (jdbc:postgresql://HOST:PORT/DATABASE or the"
                + " default H2 in the data directory): " + url.replaceAll("[?;].*", ""));
    }

    /** The dialect of an open connection. */
    static SqlDialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return "PostgreSQL".equals(product) ? POSTGRESQL : H2;
    }

    /**
     * Makes what {@code connection} committed durable. H2 writes commits in the background and never forces its
     * file, so this runs {@code CHECKPOINT SYNC}; PostgreSQL has flushed its write-ahead log before a commit
     * returns ({@code synchronous_commit = on}, its default), so nothing is left to do.
     */
    void forceToDisk(Connection connection) throws SQLException {
        if (this == H2) {
            try (Statement s = connection.createStatement()) {
                s.execute("CHECKPOINT SYNC");
            }
        }
    }
}
