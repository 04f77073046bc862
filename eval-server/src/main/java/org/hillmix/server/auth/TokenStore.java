package org.hillmix.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.hillmix.server.jobs.Database;

/**
 * API tokens in the server database (table {@code api_tokens}).
 *
 * <p>A token is {@value #PREFIX} followed by 32 random bytes from {@link SecureRandom} in unpadded base64url (256
 * bits of entropy). Only its SHA-256 is stored: a copy of the database does not reveal usable tokens, and a
 * fast hash suffices because the input is random, not a password. {@link #verify(String)} compares the presented
 * token's hash with every stored hash using {@link MessageDigest#isEqual(byte[], byte[])} (constant time) and
 * without stopping at the first match, so timing reveals nothing about which hash matched.
 *
 * <p>Verification reads the hashes from a copy cached for {@link #CACHE_TTL}; tokens created or revoked by another
 * process (the {@code hillmix token} command while the server runs) take effect within that time.
 */
public final class TokenStore {

    /** Every token starts with this, so leaked tokens are easy to recognise (e.g. by secret scanners). */
    public static final String PREFIX = "hmx_";
    /** How long {@link #verify(String)} trusts its cached copy of the stored hashes. */
    public static final Duration CACHE_TTL = Duration.ofSeconds(2);

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} ._@:/-]{1,100}");

    private final DataSource db;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    private volatile List<byte[]> cachedHashes;
    private volatile long cachedAtNanos;

    /** A store over the server database. */
    public TokenStore(DataSource db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * A freshly created token: the secret (shown once) and its public facts.
     *
     * @param token the secret to send as {@code Authorization: Bearer <token>}
     * @param info the stored facts
     */
    public record Created(String token, ApiToken info) {
    }

    /**
     * Creates and stores a token.
     *
     * @param name what it is for; 1-100 letters, digits, spaces or {@code . _ @ : / -}
     * @throws IllegalArgumentException when the name is not acceptable
     */
    public Created create(String name) throws SQLException {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("token name must be 1-100 letters, digits, spaces or . _ @ : / -, got "
                    + (name == null ? "nothing" : "'" + name + "'"));
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        byte[] idBytes = new byte[6];
        random.nextBytes(idBytes);
        ApiToken info = new ApiToken(HexFormat.of().formatHex(idBytes), name, clock.instant());
        try (Connection c = db.getConnection(); PreparedStatement p = c.prepareStatement(
                "INSERT INTO api_tokens (id, name, token_hash, created_at) VALUES (?, ?, ?, ?)")) {
            p.setString(1, info.id());
            p.setString(2, info.name());
            p.setString(3, HexFormat.of().formatHex(sha256(token)));
            p.setObject(4, info.createdAt().atOffset(ZoneOffset.UTC));
            p.executeUpdate();
            Database.forceToDisk(c); // printed to the operator next: must survive a crash
        }
        invalidate();
        return new Created(token, info);
    }

    /** The stored tokens, in creation order. */
    public List<ApiToken> list() throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement p = c.prepareStatement("SELECT id, name, created_at FROM api_tokens ORDER BY seq");
                ResultSet r = p.executeQuery()) {
            List<ApiToken> out = new ArrayList<>();
            while (r.next()) {
                out.add(new ApiToken(r.getString(1), r.getString(2), r.getObject(3, OffsetDateTime.class).toInstant()));
            }
            return out;
        }
    }

    /** Whether any token exists. */
    public boolean isEmpty() throws SQLException {
        return hashes(true).isEmpty();
    }

    /**
     * Deletes a token.
     *
     * @return whether a token with that id existed
     */
    public boolean revoke(String id) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement p = c.prepareStatement(
                "DELETE FROM api_tokens WHERE id = ?")) {
            p.setString(1, id);
            boolean removed = p.executeUpdate() == 1;
            Database.forceToDisk(c);
            invalidate();
            return removed;
        }
    }

    /**
     * Whether {@code token} is a stored token (see class doc for how it is compared).
     *
     * @param token the presented token, may be null
     */
    public boolean verify(String token) throws SQLException {
        if (token == null || token.isEmpty() || token.length() > 200) {
            return false;
        }
        byte[] presented = sha256(token);
        boolean match = false;
        for (byte[] stored : hashes(false)) {
            match |= MessageDigest.isEqual(presented, stored);
        }
        return match;
    }

    private List<byte[]> hashes(boolean fresh) throws SQLException {
        List<byte[]> cached = cachedHashes;
        if (!fresh && cached != null && System.nanoTime() - cachedAtNanos < CACHE_TTL.toNanos()) {
            return cached;
        }
        List<byte[]> loaded = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement p = c.prepareStatement("SELECT token_hash FROM api_tokens");
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                loaded.add(HexFormat.of().parseHex(r.getString(1)));
            }
        }
        cachedAtNanos = System.nanoTime();
        cachedHashes = List.copyOf(loaded);
        return cachedHashes;
    }

    private void invalidate() {
        cachedHashes = null;
    }

    /** SHA-256 of the token's UTF-8 bytes. */
    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
