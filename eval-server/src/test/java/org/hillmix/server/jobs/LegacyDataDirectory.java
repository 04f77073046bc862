package org.hillmix.server.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes a data directory as the last release before Flyway left it: the H2 database {@code db/hillmix} with the
 * password in {@code db/credentials}, its content from the committed fixture {@code release-0.1-h2-data.sql}.
 */
public final class LegacyDataDirectory {

    /** The API token whose SHA-256 the fixture stores. */
    public static final String TOKEN = "hmx_release01FixtureTokenAAAAAAAAAAAAAAAAAAAAAAAAAA";
    /** The fixture's succeeded job. */
    public static final String SUCCEEDED = "0b1c7c52-5b8e-4d52-9a51-5e2c3c1b0001";
    /** The fixture's failed job. */
    public static final String FAILED = "0b1c7c52-5b8e-4d52-9a51-5e2c3c1b0002";
    /** The fixture's queued job. */
    public static final String QUEUED = "0b1c7c52-5b8e-4d52-9a51-5e2c3c1b0003";
    /** The succeeded job's JSON report, as stored. */
    public static final String REPORT_JSON =
            "{\"schema\":\"hillmix.report/1\",\"job\":\"old-succeeded\",\"runs\":[{\"regime\":\"hard\",\"seed\":0,"
                    + "\"accuracy\":0.5625}]}";

    private LegacyDataDirectory() {
    }

    /** Creates the old database under {@code dataDir/db}. */
    public static void create(Path dataDir) throws IOException, SQLException {
        Path db = Files.createDirectories(dataDir.resolve("db"));
        String password = "legacy-fixture-password";
        Files.writeString(db.resolve("credentials"), password + "\n", StandardCharsets.US_ASCII);
        String url = "jdbc:h2:file:" + db.resolve("hillmix").toAbsolutePath().toString().replace('\\', '/');
        try (Connection c = DriverManager.getConnection(url, "hillmix", password);
                Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM 'classpath:/org/hillmix/server/jobs/release-0.1-h2-data.sql'");
        }
    }
}
