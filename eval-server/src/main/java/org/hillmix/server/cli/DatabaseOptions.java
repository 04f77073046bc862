package org.hillmix.server.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.hillmix.server.jobs.SharedDatabase;

import picocli.CommandLine.Option;

/**
 * {@code --database}, {@code --database-user} and {@code --database-password-file}: the shared PostgreSQL job
 * store of {@code serve} and the {@code token} commands (docs/scale-out.md). The password is read from the file,
 * else from {@code HILLMIX_DB_PASSWORD}, else from {@code PGPASSWORD}; never from the command line.
 */
final class DatabaseOptions {

    /** Environment variables that may hold the password, in the order they are read. */
    static final String[] PASSWORD_VARIABLES = {"HILLMIX_DB_PASSWORD", "PGPASSWORD"};

    @Option(names = "--database", paramLabel = "URL",
            description = "A shared PostgreSQL job store, jdbc:postgresql://HOST:PORT/DATABASE (default: H2 in the "
                    + "data directory). The password comes from --database-password-file, HILLMIX_DB_PASSWORD or "
                    + "PGPASSWORD, never from the URL.")
    String url;

    @Option(names = "--database-user", paramLabel = "USER",
            description = "The PostgreSQL user (default: PGUSER, else the driver's default).")
    String user;

    @Option(names = "--database-password-file", paramLabel = "FILE",
            description = "File holding the PostgreSQL password (a trailing line break is ignored).")
    Path passwordFile;

    /**
     * The shared database, or null for the default H2.
     *
     * @throws IllegalArgumentException for a URL that is not PostgreSQL, carries a password, or database options
     *         given without {@code --database}
     * @throws IOException when the password file cannot be read
     */
    SharedDatabase resolve(Map<String, String> environment) throws IOException {
        if (url == null) {
            if (user != null || passwordFile != null) {
                throw new IllegalArgumentException("--database-user and --database-password-file need --database URL");
            }
            return null;
        }
        String password = null;
        if (passwordFile != null) {
            String text = Files.readString(passwordFile, StandardCharsets.UTF_8);
            password = text.replaceFirst("\\R\\z", "");
            if (password.isEmpty()) {
                throw new IllegalArgumentException("the database password file " + passwordFile + " is empty");
            }
        } else {
            for (String variable : PASSWORD_VARIABLES) {
                String value = environment.get(variable);
                if (value != null && !value.isEmpty()) {
                    password = value;
                    break;
                }
            }
        }
        String login = user != null ? user : environment.get("PGUSER");
        return new SharedDatabase(url, login, password);
    }
}
