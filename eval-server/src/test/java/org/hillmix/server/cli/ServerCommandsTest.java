package org.hillmix.server.cli;

import static org.hillmix.server.cli.CliRun.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;

import org.hillmix.server.auth.TokenStore;
import org.hillmix.server.jobs.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** {@code hillmix token ...} and the refusals of {@code hillmix serve}, run in process. */
class ServerCommandsTest {

    @TempDir
    Path dir;


    @Test
    void tokenCreateListRevoke() throws Exception {
        String d = dir.toString();
        CliRun created = run("token", "create", "--name", "ci", "--data-dir", d);
        assertEquals(0, created.exit(), created.err());
        String token = created.out().strip();
        assertTrue(token.startsWith(TokenStore.PREFIX) && !token.contains("\n"), "stdout is the token alone");
        assertTrue(created.err().contains("shown only now"), created.err());

        CliRun list = run("token", "list", "--data-dir", d);
        assertEquals(0, list.exit());
        assertTrue(list.out().contains("ci"), list.out());
        assertFalse(list.out().contains(token), "list never shows the secret");
        String id = list.out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];

        try (Database db = Database.open(dir)) {
            assertTrue(new TokenStore(db.dataSource(), Clock.systemUTC()).verify(token));
        }

        CliRun revoked = run("token", "revoke", id, "--data-dir", d);
        assertEquals(0, revoked.exit(), revoked.err());
        CliRun again = run("token", "revoke", id, "--data-dir", d);
        assertEquals(2, again.exit());
        assertEquals(1, again.err().strip().lines().count(), again.err());
        assertTrue(again.err().contains("no token with id"), again.err());
        try (Database db = Database.open(dir)) {
            assertFalse(new TokenStore(db.dataSource(), Clock.systemUTC()).verify(token));
        }

        CliRun noName = run("token", "create", "--data-dir", d);
        assertEquals(2, noName.exit());
    }

    @Test
    void serveRefusesAPublicAddressWithoutTokens() {
        CliRun r = run("serve", "--host", "0.0.0.0", "--port", "0", "--data-dir", dir.toString());
        assertEquals(2, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("refusing to listen on 0.0.0.0 without API tokens"), r.err());
        assertTrue(r.err().contains("hillmix token create"), r.err());
    }

    @Test
    void serveRejectsBadOptions() {
        assertEquals(2, run("serve", "--workers", "0", "--data-dir", dir.toString()).exit());
        assertEquals(2, run("serve", "--port", "70000", "--data-dir", dir.toString()).exit());
        assertEquals(2, run("serve", "--require-token", "--port", "0", "--data-dir", dir.toString()).exit());
        CliRun threads = run("serve", "--training-threads", "0", "--port", "0", "--data-dir", dir.toString());
        assertEquals(2, threads.exit());
        assertEquals(true, threads.err().contains("--training-threads must be at least 1, got 0"), threads.err());
    }

    @Test
    void serveRefusesADatabaseOfANewerReleaseWithOneLine() throws Exception {
        try (Database db = Database.open(dir); java.sql.Connection c = db.connection();
                java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO \"flyway_schema_history\" VALUES (9, '9', 'future', "
                    + "'SQL', 'V9__future.sql', 1, 'hillmix', CURRENT_TIMESTAMP, 1, TRUE)");
        }
        CliRun r = run("serve", "--port", "0", "--data-dir", dir.toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("hillmix serve: the server database in "), r.err());
        assertTrue(r.err().contains("has schema version 9 from a newer HILLmix release"), r.err());
    }
}
