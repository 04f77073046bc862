package org.hillmix.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import org.hillmix.server.auth.ApiToken;
import org.hillmix.server.auth.TokenStore;
import org.hillmix.server.jobs.Database;
import org.hillmix.server.jobs.DatabaseInUseException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code hillmix token create|list|revoke}: API tokens of the evaluation server, kept (hashed) in the server
 * database. With no server running they open the database directly. A running server holds its database alone
 * and opens no port for it; then these commands ask the server itself, through its administration endpoints over
 * loopback with the local credential it wrote into the data directory ({@link RunningServerTokens}), so that a
 * created token works and a revoked one is refused at once.
 */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Manage API tokens of the evaluation server (stored as SHA-256 hashes in its database).",
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
public final class TokenCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Shared {@code --data-dir} option. */
    static class DataDirOption {
        @Option(names = "--data-dir", paramLabel = "DIR",
                description = "The server's data directory (default: ~/.hillmix/server).")
        Path dataDir;

        /**
         * Runs {@code action} on the tokens: in the database when no server holds it, else through the running
         * server (the database being in use is how a running server is told from a file a crash left behind).
         */
        <T> T withTokens(TokensAction<T> action) throws IOException {
            Path dir = DataDirs.orDefault(dataDir);
            Database db;
            try {
                db = Database.open(dir);
            } catch (DatabaseInUseException e) {
                return action.apply(RunningServerTokens.of(dir));
            }
            try (db) {
                return action.apply(new DatabaseTokens(new TokenStore(db.dataSource(), Clock.systemUTC())));
            }
        }
    }

    /** What the token commands do, wherever the tokens are. */
    interface Tokens {
        /** Creates a token. */
        TokenStore.Created create(String name) throws IOException;

        /** The tokens in creation order. */
        List<ApiToken> list() throws IOException;

        /** Revokes a token; whether it existed. */
        boolean revoke(String id) throws IOException;
    }

    @FunctionalInterface
    interface TokensAction<T> {
        T apply(Tokens tokens) throws IOException;
    }

    /** The tokens in a database this process holds (no server running). */
    private record DatabaseTokens(TokenStore store) implements Tokens {
        @Override
        public TokenStore.Created create(String name) throws IOException {
            try {
                return store.create(name);
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        @Override
        public List<ApiToken> list() throws IOException {
            try {
                return store.list();
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        @Override
        public boolean revoke(String id) throws IOException {
            try {
                return store.revoke(id);
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        private static IOException failed(SQLException e) {
            return new IOException("cannot use the token table: " + e.getMessage(), e);
        }
    }

    /** {@code token create --name NAME}: prints the new token once, on stdout. */
    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a token and print it (shown only this once).")
    static final class Create extends DataDirOption implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--name", required = true, paramLabel = "NAME",
                description = "What the token is for, e.g. 'ci' or 'alice laptop'.")
        String name;

        @Override
        public Integer call() throws IOException {
            TokenStore.Created created = withTokens(t -> t.create(name));
            PrintWriter out = spec.commandLine().getOut();
            out.println(created.token());
            out.flush();
            PrintWriter err = spec.commandLine().getErr();
            err.println("Created token " + created.info().id() + " ('" + name + "'). It is shown only now: store it "
                    + "safely; send it as 'Authorization: Bearer <token>'.");
            err.flush();
            return 0;
        }
    }

    /** {@code token list}: id, name and creation time of each token (never the token). */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List tokens (ids and names, not secrets).")
    static final class ListTokens extends DataDirOption implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            List<ApiToken> tokens = withTokens(Tokens::list);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-12s  %-24s  %s%n", "ID", "CREATED", "NAME");
            for (ApiToken t : tokens) {
                out.printf("%-12s  %-24s  %s%n", t.id(), t.createdAt(), t.name());
            }
            out.flush();
            return 0;
        }
    }

    /** {@code token revoke ID}. */
    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token by its id.")
    static final class Revoke extends DataDirOption implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The token's id, as shown by 'token list'.")
        String id;

        @Override
        public Integer call() throws IOException {
            if (!withTokens(t -> t.revoke(id))) {
                throw new IllegalArgumentException("no token with id '" + id + "'; see 'hillmix token list'");
            }
            spec.commandLine().getOut().println("Revoked token " + id + ".");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
