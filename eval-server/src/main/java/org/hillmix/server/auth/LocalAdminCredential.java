package org.hillmix.server.auth;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The running server's local administration credential: a random secret made at every start and written, with
 * the address that reaches the server over loopback, into {@value #FILE} in its data directory (owner-only, 0600,
 * like the directory itself). Whoever can read that file is the server's operator; {@code hillmix token ...}
 * reads it to manage tokens through {@code /api/v1/admin/tokens} while the server holds its database. The server
 * accepts the credential only on connections from a loopback address ({@link #fromLoopback}), and deletes the file
 * when it stops; a file left by a crash names a port nobody answers on and is replaced at the next start.
 *
 * @param uri where the running server answers over loopback, e.g. {@code http://127.0.0.1:8080}
 * @param secret the bearer credential ({@value #PREFIX} and 32 random bytes, base64url)
 * @param certificateSha256 with TLS: SHA-256 fingerprints (lower-case hex) of the server's certificates, which a
 *        loopback client pins instead of checking a host name; empty without TLS
 */
public record LocalAdminCredential(URI uri, String secret, List<String> certificateSha256) {

    /** The file's name in the data directory. */
    public static final String FILE = "admin-credential.json";
    /** Every local credential starts with this (distinct from API tokens, {@link TokenStore#PREFIX}). */
    public static final String PREFIX = "hmxadm_";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The record; {@code certificateSha256} is copied. */
    public LocalAdminCredential {
        certificateSha256 = List.copyOf(certificateSha256);
    }

    /** A fresh random secret: {@value #PREFIX} and 32 bytes from {@link SecureRandom} (256 bits). */
    public static String newSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The credential file of data directory {@code dataDir}. */
    public static Path file(Path dataDir) {
        return dataDir.resolve(FILE);
    }

    /**
     * Writes the file durably and atomically: a temporary file created 0600 (never readable by others, not even
     * for a moment), forced, renamed over the old one, and the directory forced.
     */
    public void write(Path dataDir) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("schema", "hillmix.admin-credential/1");
        o.put("uri", uri.toString());
        o.put("credential", secret);
        certificateSha256.forEach(o.putArray("certificateSha256")::add);
        byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(o);
        Path target = file(dataDir);
        Path tmp = dataDir.resolve("." + FILE + ".tmp");
        Files.deleteIfExists(tmp);
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] ownerOnly = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                        "rw-------"))}
                : new FileAttribute<?>[0];
        try (FileChannel ch = FileChannel.open(tmp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                ownerOnly)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory(dataDir);
    }

    /**
     * Reads the credential file of {@code dataDir}.
     *
     * @return the credential, or null when there is no file
     * @throws IOException when the file cannot be read or is not a credential file
     */
    public static LocalAdminCredential read(Path dataDir) throws IOException {
        Path f = file(dataDir);
        JsonNode o;
        try {
            o = JSON.readTree(Files.readString(f, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return null;
        }
        if (o == null || !o.path("uri").isTextual() || !o.path("credential").isTextual()) {
            throw new IOException(f + " is not a HILLmix admin credential file (needs 'uri' and 'credential'); a "
                    + "running server rewrites it at its next start");
        }
        List<String> pins = new java.util.ArrayList<>();
        o.path("certificateSha256").forEach(n -> pins.add(n.asText()));
        return new LocalAdminCredential(URI.create(o.path("uri").asText()), o.path("credential").asText(), pins);
    }

    /** Deletes the file of {@code dataDir} if there is one (the server does so when it stops). */
    public static void delete(Path dataDir) throws IOException {
        Files.deleteIfExists(file(dataDir));
    }

    /** Whether {@code presented} is {@code secret}; compared in constant time. */
    public static boolean sameSecret(String secret, String presented) {
        if (presented == null) {
            return false;
        }
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether a connection comes from this machine's loopback interface: the only place the local credential is
     * accepted from, so that a copy of it is useless from elsewhere.
     */
    public static boolean fromLoopback(SocketAddress remote) {
        return remote instanceof InetSocketAddress a && a.getAddress() != null && a.getAddress().isLoopbackAddress();
    }

    /**
     * The loopback URI of a server bound to {@code bind} on {@code port}: its own address when that is a loopback
     * address, the matching loopback address when it listens on all addresses, and null when it listens on one
     * non-loopback address only (no loopback connection can reach it).
     */
    public static URI loopbackUri(InetAddress bind, int port, boolean tls) {
        String host;
        if (bind.isLoopbackAddress()) {
            host = bind.getHostAddress();
        } else if (bind.isAnyLocalAddress()) {
            host = bind instanceof java.net.Inet6Address ? "::1" : "127.0.0.1";
        } else {
            return null;
        }
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create((tls ? "https" : "http") + "://" + host + ":" + port);
    }

    private static void forceDirectory(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some platforms (Windows) cannot open a directory; the rename is then as durable as the OS makes it.
        }
    }

    @Override
    public String toString() {
        return "LocalAdminCredential[uri=" + uri + ", secret=(hidden)]";
    }
}
