package org.hillmix.server.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @TempDir
    Path dir;

    @Test
    void appliesEveryScriptOnceInOrder() throws Exception {
        try (Database db = Database.open(dir); Connection c = db.connection()) {
            assertEquals(Migrations.latestVersion(), Migrations.currentVersion(c));
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT version, script FROM schema_version ORDER BY version")) {
                for (int v = 1; v <= Migrations.SCRIPTS.size(); v++) {
                    assertTrue(r.next());
                    assertEquals(v, r.getInt(1));
                    assertEquals(Migrations.SCRIPTS.get(v - 1), r.getString(2));
                }
            }
            assertEquals(0, Migrations.apply(c), "nothing left to apply");
        }
        try (Database again = Database.open(dir); Connection c = again.connection()) {
            assertEquals(Migrations.latestVersion(), Migrations.currentVersion(c));
        }
    }

    @Test
    void refusesADatabaseFromANewerBuild() throws Exception {
        try (Database db = Database.open(dir); Connection c = db.connection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO schema_version VALUES (99, 'V099__future.sql', CURRENT_TIMESTAMP)");
        }
        IOException e = assertThrows(IOException.class, () -> Database.open(dir));
        assertTrue(e.getMessage().contains("schema version 99"), e.getMessage());
    }

    @Test
    void splitsScriptsIntoStatements() {
        List<String> s = Migrations.statements("-- comment\nCREATE TABLE a (\n  x INT\n);\nCREATE INDEX i ON a(x);\n");
        assertEquals(List.of("CREATE TABLE a (\nx INT\n)", "CREATE INDEX i ON a(x)"), s);
    }
}
