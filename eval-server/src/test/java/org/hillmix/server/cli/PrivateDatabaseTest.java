package org.hillmix.server.cli;

import static org.hillmix.server.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.hillmix.server.http.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 defect 3: {@code hillmix serve} opens no port beyond its HTTP port (H2's auto-server used to open a TCP
 * port on all interfaces), keeps its data directory owner-only, and {@code token} commands work while it runs
 * (through its HTTP port, see {@link TokenAdminTest}) and once it is stopped. Uploads cut off by a crash leave nothing behind after a start.
 */
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PrivateDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void onlyTheHttpPortListensAndTheDataStaysPrivate() throws Exception {
        Path data = dir.resolve("data");
        Path log = dir.resolve("server.log");
        // Left by uploads a crash cut off (issue 8 defect 1): removed at start, data-set and label-set folders alike.
        Files.createDirectories(data.resolve("datasets/.upload-1/extracted"));
        Files.write(data.resolve("datasets/.incoming-2.archive"), new byte[10]);
        Files.createDirectories(data.resolve("labelsets/.incoming-3"));
        Files.createDirectories(data.resolve("labelsets/.upload-4"));
        try (ServerProcess s = ServerProcess.start(data, log)) {
            for (String folder : List.of("datasets", "labelsets")) {
                try (Stream<Path> left = Files.list(data.resolve(folder))) {
                    assertEquals(List.of(), left.toList(), folder + " after start");
                }
            }
            assertEquals(200, s.get("/health").statusCode());
            assertEquals(Set.of(s.base().getPort()), listeningPorts(s.pid()),
                    "TCP ports the server process listens on");

            assertEquals("rwx------", permissions(data));
            assertEquals("rwx------", permissions(data.resolve("db")));
            assertEquals("rwx------", permissions(data.resolve("datasets")));
            List<Path> files;
            try (Stream<Path> f = Files.list(data.resolve("db"))) {
                files = f.filter(Files::isRegularFile).toList();
            }
            assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("hillmix.mv.db")), files
                    .toString());
            for (Path f : files) {
                assertEquals("rw-------", permissions(f), f.toString());
            }

            // Token commands reach the running server over its own HTTP port (TokenAdminTest): still no other port.
            CliRun created = run("token", "create", "--name", "ci", "--data-dir", data.toString());
            assertEquals(0, created.exit(), created.err());
            assertTrue(created.out().strip().startsWith("hmx_"), created.out());
            assertEquals(Set.of(s.base().getPort()), listeningPorts(s.pid()),
                    "TCP ports the server process listens on after a token command");
        }
        CliRun created = run("token", "create", "--name", "ci2", "--data-dir", data.toString());
        assertEquals(0, created.exit(), created.err());
        assertTrue(created.out().strip().startsWith("hmx_"), created.out());
    }

    @Test
    void aWiderDataDirectoryIsTightened() throws Exception {
        Path data = Files.createDirectories(dir.resolve("open"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        CliRun created = run("token", "create", "--name", "ci", "--data-dir", data.toString());
        assertEquals(0, created.exit(), created.err());
        assertEquals("rwx------", permissions(data));
        assertEquals("rwx------", permissions(data.resolve("db")));
        assertEquals("rw-------", permissions(data.resolve("db/hillmix.mv.db")));
    }

    private static String permissions(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    /** Local ports of the TCP sockets in state LISTEN that process {@code pid} holds (Linux /proc). */
    static Set<Integer> listeningPorts(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            }
        }
        Set<Integer> ports = new TreeSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path t = Path.of(table);
            if (!Files.exists(t)) {
                continue;
            }
            for (String line : Files.readAllLines(t).subList(1, Files.readAllLines(t).size())) {
                String[] f = line.trim().split("\\s+");
                // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
                if (f.length > 9 && f[3].equals("0A") && inodes.contains(f[9])) {
                    ports.add(Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16));
                }
            }
        }
        return ports;
    }
}
