package org.hillmix.server.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The hostile-input regression corpus in {@code src/test/resources/hostile/} (written by
 * {@code src/test/hostile/generate_corpus.py}): one file per case and a tab-separated expectations table per
 * channel. Each row names the case file, how it is fed in, the status or exit code it must get, a token that
 * says where the problem is ({@code where}: the case's own file name, an option or a JSON path) and fragments
 * that say what it is ({@code expect}). The runners are {@code HostileCliCorpusTest} and
 * {@code HostileHttpCorpusTest}.
 */
public final class HostileCorpus {

    private HostileCorpus() {
    }

    /** One row: its cells in table order, and its line in the table for messages. */
    public record Row(int line, List<String> cells) {
        /** Cell {@code i}. */
        public String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }

        /** The {@code expect} fragments in cell {@code i}, separated by {@code " | "}. */
        public List<String> fragments(int i) {
            String c = cell(i).strip();
            return c.isEmpty() ? List.of() : Arrays.stream(c.split(" \\| ")).map(String::strip).toList();
        }
    }

    /** The folder of a channel ({@code cli}, {@code http}) on the test class path. */
    public static Path folder(String channel) {
        try {
            return Path.of(HostileCorpus.class.getResource("/hostile/" + channel + "/cases.tsv").toURI()).getParent();
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("hostile corpus " + channel + " not on the test class path", e);
        }
    }

    /** The rows of a channel's {@code cases.tsv}; {@code #} lines are comments. */
    public static List<Row> rows(String channel, int columns) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(folder(channel).resolve("cases.tsv"), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            List<String> cells = List.of(l.split("\t", -1));
            if (cells.size() != columns) {
                throw new IllegalStateException("cases.tsv line " + (i + 1) + " has " + cells.size() + " cells, expected "
                        + columns);
            }
            rows.add(new Row(i + 1, cells));
        }
        return rows;
    }

    /**
     * Checks that {@code message} says where ({@code where}) and what ({@code expect}); every check is on text
     * that comes from the case, never on words a message template always contains.
     */
    public static void assertNames(String message, String where, List<String> expect, String context) {
        assertFalse(message.isBlank(), () -> context + ": empty message");
        assertTrue(message.contains(where), () -> context + ": '" + where + "' (where) missing from: " + message);
        for (String f : expect) {
            assertTrue(message.contains(f), () -> context + ": '" + f + "' (what) missing from: " + message);
        }
        String lower = message.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("exception") || lower.contains("\tat ") || lower.contains("nullpointer"),
                () -> context + ": internal detail leaked: " + message);
    }
}
