package org.hillmix.core.mixup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.data.ImageCodec;
import org.hillmix.core.data.ImageTensor;
import org.hillmix.core.data.InMemoryImageDataset;
import org.hillmix.core.data.RecordingMonitor;
import org.hillmix.core.mixup.StimulusGenerator.Layout;
import org.hillmix.core.mixup.StimulusGenerator.Request;
import org.hillmix.core.progress.OperationCancelledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing stimulus folders: content, names, manifest, folder rules, progress and cancellation. */
class StimulusGeneratorTest {

    @TempDir
    Path tmp;

    /** Three classes x 3 images, 2x2 RGB, every value of image k equal to VALUES[k]. */
    static final int[] VALUES = {0, 10, 20, 100, 110, 120, 200, 210, 255};

    static InMemoryImageDataset dataset() {
        InMemoryImageDataset.Builder b = InMemoryImageDataset.builder(ClassSet.of("ant", "bee", "cat"));
        for (int k = 0; k < VALUES.length; k++) {
            int[] v = new int[12];
            Arrays.fill(v, VALUES[k]);
            b.add("img" + k, k / 3, ImageTensor.fromInts(3, 2, 2, v));
        }
        return b.build();
    }

    static Set<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            Set<String> out = new HashSet<>();
            s.filter(Files::isRegularFile).forEach(p -> out.add(dir.relativize(p).toString().replace('\\', '/')));
            return out;
        }
    }

    @Test
    void flatLayoutWritesNamedPngsWithTheMixAndAManifest() throws IOException {
        InMemoryImageDataset ds = dataset();
        Path out = tmp.resolve("out");
        RecordingMonitor pm = new RecordingMonitor();
        List<Stimulus> written = StimulusGenerator.generate(ds,
                new Request(6, LambdaSampler.grid(0.25, 0.5), 1L, Layout.FLAT, false), out, pm);
        assertEquals(12, written.size());
        assertEquals(12 + 1L, pm.total);
        assertEquals(13, pm.worked);
        Set<String> f = files(out);
        assertEquals(13, f.size());
        assertTrue(f.contains("manifest.csv"));
        assertEquals(written, StimulusManifest.read(out.resolve("manifest.csv")));
        for (Stimulus s : written) {
            StimulusName n = StimulusName.parse(s.file());
            assertEquals(s.lambda(), n.lambda());
            assertEquals(s.id1(), n.id1());
            assertEquals(StimulusName.classToken(s.class1()), n.class1());
            int a = VALUES[Integer.parseInt(s.id1().substring(3))];
            int b = VALUES[Integer.parseInt(s.id2().substring(3))];
            // hand-computed mix of two flat images: every value floor(l*a + (1-l)*b)
            int expected = (int) Math.floor(s.lambda() * a + (1 - s.lambda()) * b);
            ImageTensor img = ImageCodec.read(out.resolve(s.file()));
            int[] v = img.toInts();
            assertEquals(12, v.length);
            for (int x : v) {
                assertEquals(expected, x, s.file());
            }
            assertTrue(ds.label(ds.indexOf(s.id1())) < ds.label(ds.indexOf(s.id2())));
        }
        String manifest = Files.readString(out.resolve("manifest.csv"));
        assertTrue(manifest.startsWith("file,id1,class1,id2,class2,lambda\n"), manifest);
    }

    @Test
    void seriesLayoutUsesOneFolderPerPair() throws IOException {
        Path out = tmp.resolve("series");
        List<Stimulus> written = StimulusGenerator.generate(dataset(),
                new Request(3, LambdaSampler.grid(MidpointSeries.lambdas()), 2L, Layout.SERIES, false), out, null);
        assertEquals(33, written.size());
        for (Stimulus s : written) {
            String[] parts = s.file().split("/");
            assertEquals(2, parts.length);
            StimulusName n = StimulusName.parse(parts[1]);
            assertEquals(StimulusName.Style.SERIES, n.style());
            assertEquals(parts[0], n.pairKey());
            assertTrue(Files.isRegularFile(out.resolve(s.file())));
        }
        assertTrue(files(out).contains(written.get(0).file().split("/")[0] + "/" + written.get(0).file().split("/")[0]
                + "_1.0.png"));
    }

    @Test
    void sameSeedGivesTheSameFilesAndBetaLambdasVary() throws IOException {
        Request r = new Request(5, LambdaSampler.beta(0.4, 2), 99L, Layout.FLAT, false);
        List<Stimulus> a = StimulusGenerator.generate(dataset(), r, tmp.resolve("a"), null);
        List<Stimulus> b = StimulusGenerator.generate(dataset(), r, tmp.resolve("b"), null);
        assertEquals(a, b);
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(a.get(3).file())),
                Files.readAllBytes(tmp.resolve("b").resolve(b.get(3).file())));
        assertEquals(10, a.stream().mapToDouble(Stimulus::lambda).distinct().count());
    }

    @Test
    void foreignNonEmptyFoldersAreRefusedUnlessAllowed() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(out.resolve("thesis.tex"), "precious");
        Request r = new Request(2, LambdaSampler.grid(0.5), 1L, Layout.FLAT, false);
        IOException e = assertThrows(IOException.class, () -> StimulusGenerator.generate(dataset(), r, out, null));
        assertTrue(e.getMessage().contains("not empty") && e.getMessage().contains("thesis.tex"), e.getMessage());
        assertEquals(Set.of("thesis.tex"), files(out));

        StimulusGenerator.generate(dataset(), new Request(2, LambdaSampler.grid(0.5), 1L, Layout.FLAT, true), out, null);
        assertEquals(4, files(out).size());
        assertEquals("precious", Files.readString(out.resolve("thesis.tex")));

        Path file = Files.writeString(tmp.resolve("plain"), "x");
        assertThrows(IOException.class, () -> StimulusGenerator.generate(dataset(), r, file, null));
    }

    @Test
    void aPreviousStimulusFolderIsUpdatedAndItsStaleFilesRemoved() throws IOException {
        Path out = tmp.resolve("again");
        List<Stimulus> first = StimulusGenerator.generate(dataset(),
                new Request(4, LambdaSampler.grid(0.1, 0.9), 1L, Layout.SERIES, false), out, null);
        List<Stimulus> second = StimulusGenerator.generate(dataset(),
                new Request(2, LambdaSampler.grid(0.5), 7L, Layout.SERIES, false), out, null);
        Set<String> expected = new HashSet<>();
        second.forEach(s -> expected.add(s.file()));
        expected.add("manifest.csv");
        assertEquals(expected, files(out));
        assertFalse(first.isEmpty());
        try (Stream<Path> s = Files.list(out)) {
            // empty series folders of the first run are gone too
            assertEquals(3, s.count());
        }
    }

    @Test
    void cancellationLeavesNoNewOrHalfWrittenFiles() throws IOException {
        Path out = tmp.resolve("cancel");
        RecordingMonitor pm = new RecordingMonitor(5);
        assertThrows(OperationCancelledException.class, () -> StimulusGenerator.generate(dataset(),
                new Request(6, LambdaSampler.grid(0.25, 0.5), 1L, Layout.SERIES, false), out, pm));
        assertEquals(5, pm.worked);
        assertEquals(Set.of(), files(out));

        // cancelling an update keeps the previous manifest and files
        List<Stimulus> before = StimulusGenerator.generate(dataset(),
                new Request(3, LambdaSampler.grid(0.5), 1L, Layout.FLAT, false), out, null);
        Set<String> beforeFiles = files(out);
        assertThrows(OperationCancelledException.class, () -> StimulusGenerator.generate(dataset(),
                new Request(6, LambdaSampler.grid(0.25, 0.75), 3L, Layout.FLAT, false), out, new RecordingMonitor(4)));
        assertEquals(beforeFiles, files(out));
        assertEquals(before, StimulusManifest.read(out.resolve("manifest.csv")));
    }

    @Test
    void renderMatchesTheWrittenFileAndRejectsMismatchedShapes() throws IOException {
        InMemoryImageDataset ds = dataset();
        Path out = tmp.resolve("r");
        List<Stimulus> written = StimulusGenerator.generate(ds,
                new Request(3, LambdaSampler.grid(0.3), 4L, Layout.FLAT, false), out, null);
        for (Stimulus s : written) {
            assertEquals(StimulusGenerator.render(ds, s), ImageCodec.read(out.resolve(s.file())));
        }
        InMemoryImageDataset odd = InMemoryImageDataset.builder(ClassSet.of("a", "b"))
                .add("x", 0, ImageTensor.fromInts(1, 1, 1, new int[] {0}))
                .add("y", 1, ImageTensor.fromInts(1, 1, 2, new int[] {0, 0})).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StimulusGenerator.generate(odd,
                new Request(1, LambdaSampler.grid(0.5), 1L, Layout.FLAT, false), tmp.resolve("odd"), null));
        assertTrue(e.getMessage().contains("'x'") && e.getMessage().contains("'y'"), e.getMessage());
    }

    @Test
    void idsThatCollideAsNameTokensAreReported() {
        InMemoryImageDataset ds = InMemoryImageDataset.builder(ClassSet.of("a", "b"))
                .add("a/p_1", 0, ImageTensor.fromInts(1, 1, 1, new int[] {0}))
                .add("a/p-1", 0, ImageTensor.fromInts(1, 1, 1, new int[] {9}))
                .add("b/q", 1, ImageTensor.fromInts(1, 1, 1, new int[] {5})).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StimulusGenerator.plan(ds,
                new Request(2, LambdaSampler.grid(0.5), 1L, Layout.FLAT, false)));
        assertTrue(e.getMessage().contains("mixed_0.5_A_p-1_B_q.png"), e.getMessage());
    }
}
