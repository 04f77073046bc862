package org.hillmix.server.labelsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.hillmix.server.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content-addressed storage, validation, detection and retention of uploaded label sets. */
class LabelSetStoreTest {

    @TempDir
    Path tmp;

    /** A clock tests move by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();

    private LabelSetStore store(int max) throws Exception {
        return new LabelSetStore(tmp.resolve("store"), max, clock);
    }

    /** A copy of {@code file} under a fresh name, as the upload handler spools it. */
    private Path spool(Path file, String name) throws Exception {
        Path dir = Files.createTempDirectory(tmp, "spool");
        return Files.copy(file, dir.resolve(name));
    }

    /** Stores a copy of {@code file} named {@code name}. */
    private LabelSetStore.Stored put(LabelSetStore s, Path file, String name, LabelSetFormat format) throws Exception {
        return s.put(spool(file, name), name, format);
    }

    @Test
    void storesByContentHashOnce() throws Exception {
        LabelSetStore s = store(10);
        Path journal = LabelFiles.journal(tmp.resolve("j.jsonl"), 6, 2);
        String sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(journal)));

        LabelSetStore.Stored first = put(s, journal, "j.jsonl", null);
        assertTrue(first.created());
        assertEquals(sha, first.info().id());
        assertEquals("journal", first.info().format());
        assertEquals("jsonl", first.info().labelKind());
        assertEquals(12, first.info().records());
        assertEquals(Files.size(journal), first.info().bytes());
        Path stored = Path.of(first.info().spec().get("path"));
        assertEquals(-1, Files.mismatch(journal, stored), "the stored file is the uploaded bytes");

        clock.now = clock.now.plusSeconds(60);
        LabelSetStore.Stored again = put(s, journal, "other-name.jsonl", null);
        assertFalse(again.created());
        assertEquals(sha, again.info().id());
        assertEquals("j.jsonl", again.info().name(), "the first upload's name stays");
        assertEquals(clock.now.toString(), again.info().lastUsedAt(), "a second upload counts as a use");
        assertEquals(1, s.list().size());
        try (Stream<Path> dirs = Files.list(s.root())) {
            assertEquals(List.of(sha), dirs.map(p -> p.getFileName().toString()).toList(),
                    "one folder, no work folders left behind");
        }
        LabelSetException conflict = assertThrows(LabelSetException.class,
                () -> put(s, journal, "j.jsonl", LabelSetFormat.JSONL_LABELS));
        assertEquals(LabelSetException.Kind.CONFLICT, conflict.kind());
    }

    @Test
    void detectsThePublishedFormatsAndResolvesToTheirLayouts() throws Exception {
        LabelSetStore s = store(10);
        Object[][] cases = {
            {"cifar10s/human_soft_labels_data.json", LabelSetFormat.CIFAR10S},
            {"hmix/hmix_infer_mixing_factor.csv", LabelSetFormat.HMIX},
            {"cifar10h/cifar10h-counts.npy", LabelSetFormat.CIFAR10H},
        };
        for (Object[] c : cases) {
            Path file = SharedData.require((String) c[0]);
            LabelSetFormat format = (LabelSetFormat) c[1];
            LabelSetInfo info = put(s, file, file.getFileName().toString(), null).info();
            assertEquals(format.id(), info.format(), file.toString());
            // The job's loader reads <dir>/<kind>/<file>: the stored layout must match it exactly.
            Path dir = Path.of(info.spec().get("dir"));
            assertEquals(-1, Files.mismatch(file, dir.resolve((String) c[0])), file.toString());
            assertEquals(format.labelKind(), info.spec().get("kind"));
            assertTrue(info.records() > 0);
        }
        assertEquals(10_000, s.list().stream().filter(i -> i.format().equals("cifar10h")).findFirst().orElseThrow()
                .records(), "CIFAR-10H has 10,000 test images");
    }

    @Test
    void refusesWrongAndBrokenContentNamingTheLine() throws Exception {
        LabelSetStore s = store(10);
        // An H-Mix CSV named as a journal: the first line is not JSON.
        Path csv = SharedData.require("hmix/hmix_infer_mixing_factor.csv");
        LabelSetException wrong = assertThrows(LabelSetException.class,
                () -> put(s, csv, "hmix.csv", LabelSetFormat.JOURNAL));
        assertEquals(LabelSetException.Kind.INVALID, wrong.kind());
        assertTrue(wrong.getMessage().contains("hmix.csv line 1: not valid JSON"), wrong.getMessage());

        Path journal = LabelFiles.truncate(LabelFiles.journal(tmp.resolve("cut.jsonl"), 4, 1));
        long last = LabelFiles.lastLine(journal);
        LabelSetException cut = assertThrows(LabelSetException.class, () -> put(s, journal, "cut.jsonl", null));
        assertEquals(LabelSetException.Kind.INVALID, cut.kind());
        assertTrue(cut.getMessage().contains("cut.jsonl line " + last + ": the last line is cut off"), cut.getMessage());

        Path bad = tmp.resolve("bad.jsonl");
        List<String> lines = Files.readAllLines(LabelFiles.journal(tmp.resolve("ok.jsonl"), 4, 1));
        Files.write(bad, List.of(lines.get(0), lines.get(1).replace("\"item\"", "\"itme\""), lines.get(2)));
        LabelSetException badLine = assertThrows(LabelSetException.class, () -> put(s, bad, "bad.jsonl", null));
        assertTrue(badLine.getMessage().contains("bad.jsonl line 2:"), badLine.getMessage());

        Path unknown = Files.writeString(tmp.resolve("notes.txt"), "hello\nworld\n");
        LabelSetException what = assertThrows(LabelSetException.class, () -> put(s, unknown, "notes.txt", null));
        assertEquals(LabelSetException.Kind.UNKNOWN_FORMAT, what.kind());

        Path npy = tmp.resolve("short.npy");
        Files.write(npy, java.util.Arrays.copyOf(Files.readAllBytes(SharedData.require("cifar10h/cifar10h-counts.npy")),
                5000));
        LabelSetException shortNpy = assertThrows(LabelSetException.class, () -> put(s, npy, "short.npy", null));
        assertEquals(LabelSetException.Kind.INVALID, shortNpy.kind(), shortNpy.getMessage());
        assertTrue(s.list().isEmpty(), "nothing invalid is stored");
    }

    @Test
    void retentionRemovesOnlyUnusedAndUnneededLabelSets() throws Exception {
        LabelSetStore s = store(10);
        String old = put(s, LabelFiles.journal(tmp.resolve("a.jsonl"), 4, 1), "a", null).info().id();
        String needed = put(s, LabelFiles.journal(tmp.resolve("b.jsonl"), 4, 2), "b", null).info().id();
        String used = put(s, LabelFiles.journal(tmp.resolve("c.jsonl"), 4, 3), "c", null).info().id();
        Duration keep = Duration.ofHours(1);

        clock.now = clock.now.plus(Duration.ofMinutes(59));
        assertEquals(List.of(), s.sweep(keep, Set.of()), "nothing is older than the retention yet");
        s.touch(used);
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        assertEquals(List.of(old), s.sweep(keep, Set.of(needed)));
        assertTrue(s.find(old).isEmpty());
        assertTrue(s.find(needed).isPresent(), "a queued job's label set stays");
        assertTrue(s.find(used).isPresent(), "a recently used label set stays");

        LabelSetException inUse = assertThrows(LabelSetException.class, () -> s.delete(needed, Set.of(needed)));
        assertEquals(LabelSetException.Kind.IN_USE, inUse.kind());
        assertTrue(s.delete(needed, Set.of()));
        assertFalse(s.delete(needed, Set.of()));
        assertEquals(List.of(used), s.list().stream().map(LabelSetInfo::id).toList());
    }

    @Test
    void refusesMoreThanTheLimit() throws Exception {
        LabelSetStore s = store(1);
        put(s, LabelFiles.journal(tmp.resolve("a.jsonl"), 4, 1), "a", null);
        LabelSetException full = assertThrows(LabelSetException.class,
                () -> put(s, LabelFiles.journal(tmp.resolve("b.jsonl"), 4, 2), "b", null));
        assertEquals(LabelSetException.Kind.FULL, full.kind());
        assertEquals(1, s.list().size());
    }
}
