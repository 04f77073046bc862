package org.hillmix.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.ConstructMidpointAnswer;
import org.hillmix.core.protocol.FreeDistributionAnswer;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.protocol.MixingFactorAnswer;
import org.hillmix.core.protocol.SelectShuffledAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The judgment journal format: exact lines, round trips, truncation, bad lines, writer repair, merging. */
class JudgmentJsonlTest {

    @TempDir
    Path dir;

    private static final Instant SHOWN = Instant.parse("2024-05-01T12:00:00Z");
    private static final Instant ANSWERED = Instant.parse("2024-05-01T12:00:03.250Z");

    static List<Judgment> onePerProtocol() {
        return List.of(
                new Judgment("ann-1", "1234", new CategoricalAnswer(3, 60, 5, 30, List.of(9, 0)), 4200, SHOWN,
                        ANSWERED, false, Map.of("task", "spec_conf")),
                new Judgment("ann-1", "1234", CategoricalAnswer.top1(3, 100, List.of()), -1, null, null, true, Map.of()),
                new Judgment("ann-2", "mixed_0.5_Dog_2205_Frog_6908.png", new MixingFactorAnswer(26, 100), 36000, null,
                        null, false, Map.of("mixtureCoeff", "0.5", "label1", "Dog")),
                new Judgment("ann-3", "Bird_9624_Deer_9585", new ConstructMidpointAnswer(0.1, 0.6000000000000001, 0.1),
                        23103, null, null, false, Map.of()),
                new Judgment("ann-4", "Airplane_2589_Cat_6202", new SelectShuffledAnswer(0.5, List.of(0.3, 0.0, 1.0)),
                        13717, null, null, true, Map.of()),
                new Judgment("ann-5", "7", new FreeDistributionAnswer(List.of(10.0, 0.0, 0.5)), 900, SHOWN, ANSWERED,
                        false, Map.of("note", "quote \" comma , newline \n unicode \u00e9\u4e2d")));
    }

    @Test
    void linesAreExactlyAsDocumented() {
        List<Judgment> js = onePerProtocol();
        assertEquals("{\"schema\":\"hillmix.judgment/1\",\"annotator\":\"ann-1\",\"item\":\"1234\","
                + "\"protocol\":\"categorical\",\"answer\":{\"most_probable\":3,\"most_probability\":60.0,"
                + "\"second_probable\":5,\"second_probability\":30.0,\"impossible\":[0,9]},\"rt_ms\":4200,"
                + "\"shown_at\":\"2024-05-01T12:00:00Z\",\"answered_at\":\"2024-05-01T12:00:03.250Z\","
                + "\"repeat\":false,\"attributes\":{\"task\":\"spec_conf\"}}", JudgmentJsonl.toLine(js.get(0)));
        // no second class: both second fields null (NaN is written as null)
        assertEquals("{\"schema\":\"hillmix.judgment/1\",\"annotator\":\"ann-1\",\"item\":\"1234\","
                + "\"protocol\":\"categorical\",\"answer\":{\"most_probable\":3,\"most_probability\":100.0,"
                + "\"second_probable\":null,\"second_probability\":null,\"impossible\":[]},\"rt_ms\":null,"
                + "\"shown_at\":null,\"answered_at\":null,\"repeat\":true,\"attributes\":{}}",
                JudgmentJsonl.toLine(js.get(1)));
        assertEquals("{\"schema\":\"hillmix.judgment/1\",\"annotator\":\"ann-2\","
                + "\"item\":\"mixed_0.5_Dog_2205_Frog_6908.png\",\"protocol\":\"mixing-factor\","
                + "\"answer\":{\"slider\":26.0,\"confidence\":100.0},\"rt_ms\":36000,\"shown_at\":null,"
                + "\"answered_at\":null,\"repeat\":false,\"attributes\":{\"label1\":\"Dog\",\"mixtureCoeff\":\"0.5\"}}",
                JudgmentJsonl.toLine(js.get(2)));
        assertTrue(JudgmentJsonl.toLine(js.get(3)).contains(
                "\"protocol\":\"construct-midpoint\",\"answer\":{\"start_value\":0.1,"
                        + "\"final_value\":0.6000000000000001,\"step\":0.1}"));
        assertTrue(JudgmentJsonl.toLine(js.get(4)).contains(
                "\"protocol\":\"select-shuffled\",\"answer\":{\"selected_lambda\":0.5,\"shown_order\":[0.3,0.0,1.0]}"));
        assertTrue(JudgmentJsonl.toLine(js.get(5)).contains(
                "\"protocol\":\"free-distribution\",\"answer\":{\"weights\":[10.0,0.0,0.5]}"));
        for (Judgment j : js) {
            assertFalse(JudgmentJsonl.toLine(j).contains("\n"), "one line per judgment");
        }
    }

    @Test
    void everyProtocolRoundTripsToAnEqualJudgment() {
        for (Judgment j : onePerProtocol()) {
            assertEquals(j, JudgmentJsonl.fromLine(JudgmentJsonl.toLine(j)));
        }
        // values that need care: NaN anywhere, infinities, doubles without a short decimal form
        Judgment odd = new Judgment("a", "i", new CategoricalAnswer(0, Double.NaN, 2, Double.POSITIVE_INFINITY,
                List.of()), 0, null, null, false, Map.of());
        assertEquals(odd, JudgmentJsonl.fromLine(JudgmentJsonl.toLine(odd)));
        Map<String, String> withNull = new java.util.HashMap<>();
        withNull.put("empty", null);
        Judgment nullAttribute = new Judgment("a", "i", new MixingFactorAnswer(1, 2), 5, null, null, false, withNull);
        assertEquals(nullAttribute, JudgmentJsonl.fromLine(JudgmentJsonl.toLine(nullAttribute)));
        Judgment tiny = Judgment.of("a", "i", new MixingFactorAnswer(0.1 + 0.2, Double.MIN_VALUE));
        assertEquals(tiny, JudgmentJsonl.fromLine(JudgmentJsonl.toLine(tiny)));
        Judgment neg = Judgment.of("a", "i", new FreeDistributionAnswer(List.of(Double.NEGATIVE_INFINITY, -0.0)));
        Judgment back = JudgmentJsonl.fromLine(JudgmentJsonl.toLine(neg));
        assertEquals(neg, back);
    }

    @Test
    void fileRoundTripPreservesOrderAndContent() throws IOException {
        Path f = dir.resolve("j.jsonl");
        JudgmentJsonl.write(f, onePerProtocol(), null);
        JournalContents c = JudgmentJsonl.read(f, JournalReadMode.STRICT, null);
        assertEquals(onePerProtocol(), c.judgments());
        assertFalse(c.truncated());
        assertEquals(6, Files.readAllLines(f).size());
        // writing again replaces the file
        JudgmentJsonl.write(f, onePerProtocol().subList(0, 2), null);
        assertEquals(2, JudgmentJsonl.read(f, JournalReadMode.STRICT, null).judgments().size());
        assertEquals(List.of("j.jsonl"), Arrays.stream(dir.toFile().list()).toList(), "no temporary file left");
    }

    @Test
    void aTruncatedLastLineIsReportedAndSkippedAndNothingElseIsLost() throws IOException {
        Path f = dir.resolve("crash.jsonl");
        JudgmentJsonl.write(f, onePerProtocol(), null);
        byte[] all = Files.readAllBytes(f);
        // cut the file in the middle of the last line
        Files.write(f, Arrays.copyOf(all, all.length - 40));
        for (JournalReadMode mode : JournalReadMode.values()) {
            JournalContents c = JudgmentJsonl.read(f, mode, null);
            assertEquals(onePerProtocol().subList(0, 5), c.judgments());
            assertNotNull(c.truncatedLastLine());
            assertEquals(6, c.truncatedLastLine().line());
            assertTrue(c.truncatedLastLine().toString().startsWith("crash.jsonl line 6: the last line is cut off"));
            assertTrue(c.problems().isEmpty());
        }
    }

    @Test
    void aLastLineCutInsideAUtf8CharacterIsATruncation() throws IOException {
        Path f = dir.resolve("utf.jsonl");
        JudgmentJsonl.write(f, onePerProtocol(), null);
        byte[] all = Files.readAllBytes(f);
        String text = new String(all, StandardCharsets.UTF_8);
        int cut = text.substring(0, text.indexOf('\u4e2d')).getBytes(StandardCharsets.UTF_8).length + 1;
        Files.write(f, Arrays.copyOf(all, cut));
        JournalContents c = JudgmentJsonl.read(f, JournalReadMode.STRICT, null);
        assertEquals(5, c.judgments().size());
        assertTrue(c.truncated());
    }

    @Test
    void aCompleteLastLineWithoutLineBreakIsKept() throws IOException {
        Path f = dir.resolve("nolf.jsonl");
        JudgmentJsonl.write(f, onePerProtocol(), null);
        byte[] all = Files.readAllBytes(f);
        Files.write(f, Arrays.copyOf(all, all.length - 1));
        JournalContents c = JudgmentJsonl.read(f, JournalReadMode.STRICT, null);
        assertEquals(onePerProtocol(), c.judgments());
        assertFalse(c.truncated());
    }

    @Test
    void otherBadLinesAreErrorsNamingFileAndLineOrProblemsWhenLenient() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Judgment j : onePerProtocol()) {
            lines.add(JudgmentJsonl.toLine(j));
        }
        lines.set(1, lines.get(1).substring(0, 30)); // cut, but followed by a line break: corruption
        lines.set(3, lines.get(3).replace("hillmix.judgment/1", "hillmix.judgment/9"));
        lines.set(4, lines.get(4).replace("\"selected_lambda\":0.5", "\"selected_lambda\":\"half\""));
        Path f = dir.resolve("bad.jsonl");
        Files.write(f, lines, StandardCharsets.UTF_8);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JudgmentJsonl.read(f, JournalReadMode.STRICT, null));
        assertTrue(e.getMessage().startsWith("bad.jsonl line 2: not valid JSON"), e.getMessage());

        JournalContents c = JudgmentJsonl.read(f, JournalReadMode.LENIENT, null);
        List<Judgment> expected = onePerProtocol();
        assertEquals(List.of(expected.get(0), expected.get(2), expected.get(5)), c.judgments());
        assertEquals(3, c.problems().size());
        assertEquals(List.of(2L, 4L, 5L), c.problems().stream().map(JournalProblem::line).toList());
        assertTrue(c.problems().get(1).message().contains("unsupported schema \"hillmix.judgment/9\""));
        assertTrue(c.problems().get(2).message().contains("\"answer.selected_lambda\" must be a number"),
                c.problems().get(2).message());
        assertFalse(c.truncated());
    }

    @Test
    void strictReadingRejectsUnknownAndMissingKeys() {
        String good = JudgmentJsonl.toLine(onePerProtocol().get(2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JudgmentJsonl.fromLine(good.replace("\"repeat\":false,", "\"repeat\":false,\"extra\":1,")));
        assertTrue(e.getMessage().contains("unknown key \"extra\""), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> JudgmentJsonl.fromLine(good.replace("\"confidence\":100.0", "\"conf\":100.0")));
        assertTrue(e.getMessage().contains("unknown key \"answer.conf\""), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> JudgmentJsonl.fromLine(good.replace("\"shown_at\":null,", "")));
        assertTrue(e.getMessage().contains("\"shown_at\" is missing"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> JudgmentJsonl.fromLine(good.replace("\"shown_at\":null", "\"shown_at\":\"yesterday\"")));
        assertTrue(e.getMessage().contains("ISO-8601"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> JudgmentJsonl.fromLine(good.replace("mixing-factor", "categorical")));
        assertTrue(e.getMessage().contains("unknown key \"answer.slider\""), e.getMessage());
    }

    @Test
    void fsyncWriterAppendsAndEachJudgmentIsInTheFileAtOnce() throws IOException {
        Path f = dir.resolve("live.jsonl");
        List<Judgment> js = onePerProtocol();
        try (JudgmentJournalWriter w = JudgmentJournalWriter.open(f, JudgmentJournalWriter.Durability.FSYNC_EACH)) {
            assertNull(w.recovery());
            for (int i = 0; i < 3; i++) {
                w.append(js.get(i));
                assertEquals(js.subList(0, i + 1), JudgmentJsonl.read(f, JournalReadMode.STRICT, null).judgments());
            }
            IOException locked = assertThrows(IOException.class,
                    () -> JudgmentJournalWriter.open(f, JudgmentJournalWriter.Durability.FSYNC_EACH));
            assertTrue(locked.getMessage().contains("open in another writer"), locked.getMessage());
        }
        // append mode: reopening continues the journal
        try (JudgmentJournalWriter w = JudgmentJournalWriter.open(f, JudgmentJournalWriter.Durability.BUFFERED)) {
            for (int i = 3; i < js.size(); i++) {
                w.append(js.get(i));
            }
            assertEquals(3, w.appended());
        }
        assertEquals(js, JudgmentJsonl.read(f, JournalReadMode.STRICT, null).judgments());
    }

    @Test
    void openingAJournalWithACutOffLastLineSetsItAsideAndContinues() throws IOException {
        Path f = dir.resolve("journal.jsonl");
        List<Judgment> js = onePerProtocol();
        JudgmentJsonl.write(f, js.subList(0, 3), null);
        byte[] all = Files.readAllBytes(f);
        byte[] cut = Arrays.copyOf(all, all.length - 25);
        Files.write(f, cut);
        String lostTail = new String(cut, StandardCharsets.UTF_8).substring(
                new String(cut, StandardCharsets.UTF_8).lastIndexOf('\n') + 1);
        try (JudgmentJournalWriter w = JudgmentJournalWriter.open(f, JudgmentJournalWriter.Durability.FSYNC_EACH)) {
            assertNotNull(w.recovery());
            assertTrue(w.recovery().contains("journal.jsonl.truncated"), w.recovery());
            w.append(js.get(3));
        }
        JournalContents c = JudgmentJsonl.read(f, JournalReadMode.STRICT, null);
        assertEquals(List.of(js.get(0), js.get(1), js.get(3)), c.judgments());
        assertFalse(c.truncated());
        assertEquals(lostTail + "\n", Files.readString(dir.resolve("journal.jsonl.truncated")));
    }

    @Test
    void openingAJournalWhoseLastLineLacksOnlyItsLineBreakCompletesIt() throws IOException {
        Path f = dir.resolve("journal.jsonl");
        List<Judgment> js = onePerProtocol();
        JudgmentJsonl.write(f, js.subList(0, 2), null);
        byte[] all = Files.readAllBytes(f);
        Files.write(f, Arrays.copyOf(all, all.length - 1));
        try (JudgmentJournalWriter w = JudgmentJournalWriter.open(f, JudgmentJournalWriter.Durability.FSYNC_EACH)) {
            assertTrue(w.recovery().contains("added it"), w.recovery());
            w.append(js.get(2));
        }
        assertEquals(js.subList(0, 3), JudgmentJsonl.read(f, JournalReadMode.STRICT, null).judgments());
        assertFalse(Files.exists(dir.resolve("journal.jsonl.truncated")));
    }

    @Test
    void mergingIsAUnionWithoutDuplicatesInADeterministicOrder() throws IOException {
        List<Judgment> js = onePerProtocol();
        Judgment late = new Judgment("ann-1", "0001", CategoricalAnswer.top1(1, 90, List.of()), 10,
                SHOWN.plusSeconds(60), ANSWERED.plusSeconds(60), false, Map.of());
        Path a = dir.resolve("a.jsonl");
        Path b = dir.resolve("b.jsonl");
        JudgmentJsonl.write(a, List.of(js.get(2), js.get(0), late, js.get(0)), null);
        JudgmentJsonl.write(b, List.of(js.get(5), js.get(1), js.get(0), js.get(2)), null);

        JudgmentJsonl.MergedJournal ab = JudgmentJsonl.merge(List.of(a, b), JournalReadMode.STRICT, null);
        JudgmentJsonl.MergedJournal ba = JudgmentJsonl.merge(List.of(b, a), JournalReadMode.STRICT, null);
        // by annotator; within ann-1 by answer time, unknown times last
        List<Judgment> expected = List.of(js.get(0), late, js.get(1), js.get(2), js.get(5));
        assertEquals(expected, ab.judgments());
        assertEquals(expected, ba.judgments());
        assertEquals(3, ab.duplicatesRemoved());
        assertEquals(2, ab.sources().size());
    }

    @Test
    void blankLinesAreIgnoredAndCrLfIsAccepted() throws IOException {
        List<Judgment> js = onePerProtocol();
        Path f = dir.resolve("crlf.jsonl");
        Files.writeString(f, JudgmentJsonl.toLine(js.get(0)) + "\r\n\r\n" + JudgmentJsonl.toLine(js.get(2)) + "\r\n");
        assertEquals(List.of(js.get(0), js.get(2)), JudgmentJsonl.read(f, JournalReadMode.STRICT, null).judgments());
    }

    /** The example lines of docs/judgment-jsonl.md are valid and in canonical form. */
    @Test
    void theDocumentedExamplesAreCanonicalLines() throws IOException {
        Path doc = Path.of("../../docs/judgment-jsonl.md");
        // The docs are part of the repository, so their absence is a failure, never a skip.
        assertTrue(Files.isRegularFile(doc), "docs/judgment-jsonl.md not found at " + doc.toAbsolutePath());
        List<String> examples = Files.readAllLines(doc).stream()
                .filter(l -> l.startsWith("{\"schema\":\"" + JudgmentJsonl.SCHEMA)).toList();
        assertEquals(6, examples.size());
        List<String> withdrawals = Files.readAllLines(doc).stream()
                .filter(l -> l.startsWith("{\"schema\":\"" + JudgmentJsonl.WITHDRAWAL_SCHEMA)).toList();
        assertEquals(1, withdrawals.size(), "the withdrawal example");
        String w = withdrawals.get(0);
        assertEquals(w, JudgmentJsonl.toLine(new Withdrawal("ann-1", "1234",
                java.time.Instant.parse("2024-05-01T12:00:03.250Z"), java.time.Instant.parse("2024-05-01T12:00:05Z"))));
        java.util.Set<String> protocols = new java.util.TreeSet<>();
        for (String line : examples) {
            Judgment j = JudgmentJsonl.fromLine(line);
            assertEquals(line, JudgmentJsonl.toLine(j));
            protocols.add(j.protocol().id());
        }
        assertEquals(5, protocols.size());
    }
}
