package org.hillmix.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;

import org.hillmix.server.jobs.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenStoreTest {

    @TempDir
    Path dir;

    @Test
    void createVerifyListRevoke() throws Exception {
        try (Database db = Database.open(dir)) {
            TokenStore store = new TokenStore(db.dataSource(), Clock.systemUTC());
            assertTrue(store.isEmpty());
            TokenStore.Created a = store.create("laptop");
            TokenStore.Created b = store.create("ci runner");
            assertTrue(a.token().startsWith(TokenStore.PREFIX));
            byte[] secret = Base64.getUrlDecoder().decode(a.token().substring(TokenStore.PREFIX.length()));
            assertEquals(32, secret.length, "32 random bytes");
            assertFalse(a.token().equals(b.token()));

            assertTrue(store.verify(a.token()));
            assertTrue(store.verify(b.token()));
            assertFalse(store.verify(a.token() + "x"));
            assertFalse(store.verify(""));
            assertFalse(store.verify(null));

            assertEquals(2, store.list().size());
            assertEquals("laptop", store.list().get(0).name());

            assertTrue(store.revoke(a.info().id()));
            assertFalse(store.revoke(a.info().id()));
            assertFalse(store.verify(a.token()), "revoked at once in this process");
            assertTrue(store.verify(b.token()));
            assertEquals(1, store.list().size());
        }
    }

    @Test
    void onlyTheSha256IsStored() throws Exception {
        try (Database db = Database.open(dir)) {
            TokenStore store = new TokenStore(db.dataSource(), Clock.systemUTC());
            String token = store.create("x").token();
            String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
            try (Connection c = db.connection(); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT * FROM api_tokens")) {
                assertTrue(r.next());
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    String v = r.getString(i);
                    assertFalse(v != null && v.contains(token.substring(TokenStore.PREFIX.length())),
                            "column " + r.getMetaData().getColumnName(i) + " holds the token");
                }
                assertEquals(expected, r.getString("TOKEN_HASH"));
            }
        }
        // Nor does any database file contain the token in clear.
        try (var files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains("hmx_"),
                        f + " contains a token");
            }
        }
    }

    @Test
    void namesAreChecked() throws Exception {
        try (Database db = Database.open(dir)) {
            TokenStore store = new TokenStore(db.dataSource(), Clock.systemUTC());
            assertThrows(IllegalArgumentException.class, () -> store.create(""));
            assertThrows(IllegalArgumentException.class, () -> store.create("a\nb"));
        }
    }

    @Test
    void policy() throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        InetAddress other = InetAddress.getByName("192.0.2.10"); // TEST-NET-1, never bound here
        assertFalse(AuthPolicy.decide(loopback, false, false, false, "cmd").tokensRequired());
        assertFalse(AuthPolicy.decide(loopback, false, false, true, "cmd").tokensRequired());
        assertTrue(AuthPolicy.decide(loopback, true, false, true, "cmd").tokensRequired());
        assertTrue(AuthPolicy.decide(other, false, false, true, "cmd").tokensRequired());
        assertTrue(AuthPolicy.decide(loopback, false, true, true, "cmd").tokensRequired());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AuthPolicy.decide(other, false, false, false, "hillmix token create"));
        assertTrue(e.getMessage().contains("192.0.2.10") && e.getMessage().contains("hillmix token create"));
        assertThrows(IllegalArgumentException.class, () -> AuthPolicy.decide(loopback, true, false, false, "cmd"));
        assertThrows(IllegalArgumentException.class,
                () -> AuthPolicy.decide(InetAddress.getByName("::"), false, false, false, "cmd"));
    }
}
