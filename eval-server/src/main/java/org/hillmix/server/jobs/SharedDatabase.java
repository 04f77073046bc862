package org.hillmix.server.jobs;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a shared PostgreSQL job store is and how to log in: {@code serve --database jdbc:postgresql://HOST:PORT/DB}
 * (docs/scale-out.md). The password comes from a file or the environment, never from the command line: a URL
 * carrying one is refused, since the process list and shell history would show it.
 *
 * @param url the JDBC URL, {@code jdbc:postgresql://...}, without a password
 * @param user the database user, or null to take it from the URL ({@code ?user=}) or the driver's default
 * @param password the password, or null for none (e.g. a trusted local connection)
 */
public record SharedDatabase(String url, String user, String password) {

    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)[?&;]password=");
    private static final Pattern USER_INFO = Pattern.compile("^jdbc:postgresql://[^/?]*@");

    /**
     * Checks the URL.
     *
     * @throws IllegalArgumentException when it is not a PostgreSQL URL or carries a password
     */
    public SharedDatabase {
        if (url == null || !url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--database must be a PostgreSQL JDBC URL, "
                    + "jdbc:postgresql://HOST:PORT/DATABASE, got " + (url == null ? "nothing" : "'" + redact(url) + "'"));
        }
        if (PASSWORD_IN_URL.matcher(url).find() || USER_INFO.matcher(url).find()) {
            throw new IllegalArgumentException("--database carries a password in its URL, where the process list and "
                    + "shell history show it; remove it and give it in a file (--database-password-file FILE) or in "
                    + "the environment (HILLMIX_DB_PASSWORD or PGPASSWORD)");
        }
    }

    /** The URL without its query (options), for messages and logs. */
    public String where() {
        return redact(url);
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "SharedDatabase[" + where() + (user == null ? "" : ", user " + user) + "]";
    }

    private static String redact(String url) {
        return url.replaceAll("[?;].*", "").replaceAll("//[^/@]*@", "//");
    }
}
