package org.hillmix.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.hillmix.server.jobs.SharedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the PostgreSQL password comes from: the file, else HILLMIX_DB_PASSWORD, else PGPASSWORD; never the URL. */
class DatabaseOptionsTest {

    @TempDir
    Path dir;

    private static DatabaseOptions options(String url, Path passwordFile) {
        DatabaseOptions o = new DatabaseOptions();
        o.url = url;
        o.passwordFile = passwordFile;
        return o;
    }

    @Test
    void theFileWinsThenHillmixThenPgpassword() throws Exception {
        Path file = Files.writeString(dir.resolve("pw"), "from-file\n");
        Map<String, String> env = Map.of("HILLMIX_DB_PASSWORD", "from-hillmix", "PGPASSWORD", "from-pg",
                "PGUSER", "lab");
        String url = "jdbc:postgresql://db:5432/hillmix";
        assertEquals("from-file", options(url, file).resolve(env).password());
        assertEquals("from-hillmix", options(url, null).resolve(env).password());
        assertEquals("from-pg", options(url, null).resolve(Map.of("PGPASSWORD", "from-pg")).password());
        assertNull(options(url, null).resolve(Map.of()).password());
        assertEquals("lab", options(url, null).resolve(env).user());
        assertNull(options(null, null).resolve(env), "no --database: H2 in the data directory");
    }

    @Test
    void thePasswordIsNeverPrinted() throws Exception {
        SharedDatabase db = options("jdbc:postgresql://db/hillmix?ssl=true", null)
                .resolve(Map.of("PGPASSWORD", "s3cret"));
        assertTrue(!db.toString().contains("s3cret") && db.toString().contains("jdbc:postgresql://db/hillmix"),
                db.toString());
        assertEquals("jdbc:postgresql://db/hillmix", db.where());
    }

    @Test
    void anEmptyPasswordFileIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("pw"), "\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> options("jdbc:postgresql://db/hillmix", file).resolve(Map.of()));
        assertTrue(e.getMessage().contains("is empty"), e.getMessage());
    }
}
