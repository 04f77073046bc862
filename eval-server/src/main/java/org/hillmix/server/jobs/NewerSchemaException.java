package org.hillmix.server.jobs;

import java.io.IOException;

/** The database was migrated by a newer release than this one: it is refused rather than guessed at. */
public final class NewerSchemaException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * @param where the database (folder or URL without credentials)
     * @param found the newest schema version applied there
     * @param known the newest version this release knows
     */
    public NewerSchemaException(String where, String found, String known) {
        super("the server database " + where + " has schema version " + found + " from a newer HILLmix release;"
                + " this one knows versions up to " + known + ": run the newer release, or use another database");
    }
}
