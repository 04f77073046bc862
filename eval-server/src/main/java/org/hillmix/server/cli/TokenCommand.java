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
import org.hillmix.server.jobs.SharedDatabase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code hillmix token create|list|revoke}: API tokens of the evaluation server, kept (hashed) in the server
 * database. The server holds its database alone and opens no port for it, so these commands run while the server
 * is stopped; while it runs they exit with code 2 and say so.
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

    /** Shared {@code --data-dir} and database options (H2 in the data directory, or a shared PostgreSQL). */
    static class DataDirOption {
        @Option(names = "--data-dir", paramLabel = "DIR",
                description = "The server's data directory (default: ~/.hillmix/server).")
        Path dataDir;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        <T> T withStore(StoreAction<T> action) throws IOException {
            SharedDatabase shared = database.resolve(System.getenv());
            try (Database db = shared != null ? Database.connect(shared) : Database.open(DataDirs.orDefault(dataDir))) {
                return action.apply(new TokenStore(db.dataSource(), Clock.systemUTC()));
            } catch (DatabaseInUseException e) {
                // The server keeps its database private (no auto-server port): tokens change while it is stopped.
                throw new IOException("a running 'hillmix serve' holds the database in " + e.directory() + "; stop "
                        + "it (Ctrl-C), run this token command, then start it again", e);
            } catch (SQLException e) {
                throw new IOException("cannot use the token table: " + e.getMessage(), e);
            }
        }
    }

    @FunctionalInterface
    interface StoreAction<T> {
        T apply(TokenStore store) throws SQLException;
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
            TokenStore.Created created = withStore(s -> s.create(name));
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
            List<ApiToken> tokens = withStore(TokenStore::list);
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
            if (!withStore(s -> s.revoke(id))) {
                throw new IllegalArgumentException("no token with id '" + id + "'; see 'hillmix token list'");
            }
            spec.commandLine().getOut().println("Revoked token " + id + ".");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
