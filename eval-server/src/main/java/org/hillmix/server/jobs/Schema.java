package org.hillmix.server.jobs;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/**
 * The job store's schema, migrated by Flyway from the scripts {@code V<n>__what.sql} in the resource folder
 * {@code org/hillmix/server/jobs/migrations/} (history in Flyway's table {@code "flyway_schema_history"}, a quoted
 * lower-case name on both engines). The same scripts
 * serve H2 and PostgreSQL; {@code ${text}} stands for the large-text type ({@link SqlDialect#textType()}).
 *
 * <p>A data directory from the last release before Flyway (its own table {@code schema_version} at version 2) holds
 * exactly the schema of {@code V1__baseline.sql}: it is baselined at version 1 and migrated on from there. A
 * database whose history names a version newer than these scripts is refused ({@link NewerSchemaException}).
 * To change the schema add {@code V<n+1>__what.sql}; never edit a released script.
 */
public final class Schema {

    /** Where the migration scripts live on the class path. */
    public static final String LOCATION = "classpath:org/hillmix/server/jobs/migrations";
    /** The {@code schema_version} of the last hand-written release, whose schema is {@code V1__baseline.sql}. */
    static final int LEGACY_VERSION = 2;

    /** Flyway's java.util.logging adapter, named since Flyway has no short name for it. */
    private static final String JUL_LOG_CREATOR = "org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator";
    /** Flyway logs through java.util.logging at WARNING and above: a start prints no migration chatter. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private Schema() {
    }

    /**
     * Brings the database behind {@code dataSource} to the newest schema.
     *
     * @param where how to name the database in messages (a folder, or a URL without credentials)
     * @return how many scripts were applied
     * @throws NewerSchemaException when a newer release migrated the database
     * @throws IOException when a script fails (Flyway rolls it back) or the database is not one of ours
     */
    public static int migrate(DataSource dataSource, SqlDialect dialect, String where) throws IOException {
        try {
            boolean legacy = legacyVersion(dataSource, where);
            Flyway flyway = Flyway.configure(Schema.class.getClassLoader())
                    .loggers(JUL_LOG_CREATOR)
                    .dataSource(dataSource)
                    .locations(LOCATION)
                    .placeholders(Map.of("text", dialect.textType()))
                    .baselineOnMigrate(legacy)
                    .baselineVersion("1")
                    .baselineDescription("schema_version " + LEGACY_VERSION + " of the release before Flyway")
                    .load();
            refuseNewer(flyway.info(), where);
            return flyway.migrate().migrationsExecuted;
        } catch (FlywayException e) {
            throw new IOException("cannot migrate the server database " + where + ": "
                    + Database.firstLine(e.getMessage()), e);
        } catch (SQLException e) {
            throw new IOException("cannot read the server database " + where + ": "
                    + Database.firstLine(e.getMessage()), e);
        }
    }

    private static void refuseNewer(MigrationInfoService info, String where) throws NewerSchemaException {
        MigrationInfo newest = null;
        String known = "0";
        for (MigrationInfo m : info.all()) {
            if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                newest = m;
            } else if (m.getVersion() != null) {
                known = m.getVersion().getVersion();
            }
        }
        if (newest != null) {
            throw new NewerSchemaException(where, newest.getVersion().getVersion(), known);
        }
    }

    /**
     * Whether the database was written by the release before Flyway: table {@code schema_version} without {@code
     * flyway_schema_history}. Only its last version ({@value #LEGACY_VERSION}) is known to match the baseline.
     */
    private static boolean legacyVersion(DataSource dataSource, String where) throws SQLException, IOException {
        try (Connection c = dataSource.getConnection()) {
            if (!hasTable(c, "schema_version") || hasTable(c, "flyway_schema_history")) {
                return false;
            }
            int version;
            try (PreparedStatement p = c.prepareStatement("SELECT COALESCE(MAX(version), 0) FROM schema_version");
                    ResultSet r = p.executeQuery()) {
                r.next();
                version = r.getInt(1);
            }
            if (version > LEGACY_VERSION) {
                throw new NewerSchemaException(where, "schema_version " + version, "schema_version "
                        + LEGACY_VERSION);
            }
            if (version < LEGACY_VERSION) {
                throw new IOException("the server database " + where + " has schema_version " + version + " from an"
                        + " early release; start that data directory once with the release of schema_version "
                        + LEGACY_VERSION + " first");
            }
            return true;
        }
    }

    private static boolean hasTable(Connection c, String name) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String candidate : new String[] {name, name.toUpperCase(java.util.Locale.ROOT)}) {
            try (ResultSet r = meta.getTables(null, c.getSchema(), candidate, new String[] {"TABLE"})) {
                if (r.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
