package org.hillmix.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;

import org.hillmix.server.auth.TokenStore;
import org.hillmix.server.jobs.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code hillmix token ...} and the refusals of {@code hillmix serve}, run in process. */
class ServerCommandsTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = HillmixMain.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void tokenCreateListRevoke() throws Exception {
        String d = dir.toString();
        Run created = run("token", "create", "--name", "ci", "--data-dir", d);
        assertEquals(0, created.code(), created.err());
        String token = created.out().strip();
        assertTrue(token.startsWith(TokenStore.PREFIX) && !token.contains("\n"), "stdout is the token alone");
        assertTrue(created.err().contains("shown only now"), created.err());

        Run list = run("token", "list", "--data-dir", d);
        assertEquals(0, list.code());
        assertTrue(list.out().contains("ci"), list.out());
        assertFalse(list.out().contains(token), "list never shows the secret");
        String id = list.out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];

        try (Database db = Database.open(dir, false)) {
            assertTrue(new TokenStore(db.dataSource(), Clock.systemUTC()).verify(token));
        }

        Run revoked = run("token", "revoke", id, "--data-dir", d);
        assertEquals(0, revoked.code(), revoked.err());
        Run again = run("token", "revoke", id, "--data-dir", d);
        assertEquals(2, again.code());
        assertEquals(1, again.err().strip().lines().count(), again.err());
        assertTrue(again.err().contains("no token with id"), again.err());
        try (Database db = Database.open(dir, false)) {
            assertFalse(new TokenStore(db.dataSource(), Clock.systemUTC()).verify(token));
        }

        Run noName = run("token", "create", "--data-dir", d);
        assertEquals(2, noName.code());
    }

    @Test
    void serveRefusesAPublicAddressWithoutTokens() {
        Run r = run("serve", "--host", "0.0.0.0", "--port", "0", "--data-dir", dir.toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("refusing to listen on 0.0.0.0 without API tokens"), r.err());
        assertTrue(r.err().contains("hillmix token create"), r.err());
    }

    @Test
    void serveRejectsBadOptions() {
        assertEquals(2, run("serve", "--workers", "0", "--data-dir", dir.toString()).code());
        assertEquals(2, run("serve", "--port", "70000", "--data-dir", dir.toString()).code());
        assertEquals(2, run("serve", "--require-token", "--port", "0", "--data-dir", dir.toString()).code());
    }
}
