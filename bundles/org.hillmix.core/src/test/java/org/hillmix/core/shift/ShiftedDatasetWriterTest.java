package org.hillmix.core.shift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.data.ImageCodec;
import org.hillmix.core.data.ImageFolderReader;
import org.hillmix.core.data.ImageTensor;
import org.hillmix.core.data.InMemoryImageDataset;
import org.hillmix.core.data.IndexCsvReader;
import org.hillmix.core.progress.OperationCancelledException;
import org.hillmix.core.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shifted copies keep the layout, ids and labels, and agree with {@link ShiftedDataset}. */
class ShiftedDatasetWriterTest {

    @TempDir
    Path tmp;

    private static final ImageShift NOISE = ShiftSuite.byName("gaussian-noise");

    @Test
    void imageFolderCopyHasTheSameIdsLabelsAndShiftedImages() throws IOException {
        Path src = tmp.resolve("src");
        write(src.resolve("cat/a.png"), 0.2f);
        write(src.resolve("cat/b.jpg"), 0.4f);
        write(src.resolve("dog/c.png"), 0.6f);
        Path out = tmp.resolve("out");
        ShiftedDatasetWriter.Result r = ShiftedDatasetWriter.write(src, NOISE, 3, 9, out, false, null);
        assertEquals(3, r.images());
        assertTrue(Files.isRegularFile(out.resolve("cat/b.png")), "a JPEG is written as PNG under its stem");
        assertTrue(Files.isRegularFile(out.resolve(ShiftedDatasetWriter.PROVENANCE)));
        InMemoryImageDataset original = ImageFolderReader.read(src, null, null);
        InMemoryImageDataset shifted = ImageFolderReader.read(out, null, null);
        assertEquals(original.classSet(), shifted.classSet());
        ShiftedDataset expected = new ShiftedDataset(original, NOISE, 3, 9);
        for (int i = 0; i < original.size(); i++) {
            assertEquals(original.id(i), shifted.id(i));
            assertEquals(original.label(i), shifted.label(i));
            // the PNG holds the 8-bit rounding of the shifted image
            assertEquals(ImageTensor.fromBytes(3, 4, 4, expected.image(i).toBytes()), shifted.image(i));
            assertNotEquals(original.image(i), shifted.image(i));
        }
        String json = Files.readString(out.resolve(ShiftedDatasetWriter.PROVENANCE));
        assertTrue(json.contains("\"shift\" : \"gaussian-noise\"") && json.contains("\"severity\" : 3")
                && json.contains("\"seed\" : 9") && json.contains("sigma = 0.08"), json);
    }

    @Test
    void indexCsvCopyKeepsEveryColumnAndPointsAtPngs() throws IOException {
        Path src = tmp.resolve("src");
        write(src.resolve("images/0.png"), 0.2f);
        write(src.resolve("images/1.jpeg"), 0.5f);
        Files.writeString(src.resolve("index.csv"), "test_index,label,note,file\n0,cat,\"a, b\",images/0.png\n"
                + "1,dog,x,images/1.jpeg\n");
        Path out = tmp.resolve("out");
        ShiftedDatasetWriter.Result r = ShiftedDatasetWriter.write(src.resolve("index.csv"),
                ShiftSuite.byName("contrast"), 5, 0, out, false, null);
        assertEquals(out.resolve("index.csv"), r.index());
        assertEquals("test_index,label,note,file\n0,cat,\"a, b\",images/0.png\n1,dog,x,images/1.png\n",
                Files.readString(out.resolve("index.csv")));
        InMemoryImageDataset shifted = IndexCsvReader.read(out.resolve("index.csv"), null, null);
        assertEquals(List.of("0", "1"), List.of(shifted.id(0), shifted.id(1)));
        assertEquals(ClassSet.of(List.of("cat", "dog")), shifted.classSet());
    }

    @Test
    void indexRowsOutsideTheFolderAreRefusedAndNothingIsLeft() throws IOException {
        Path src = tmp.resolve("src");
        write(tmp.resolve("elsewhere.png"), 0.2f);
        Files.createDirectories(src);
        Files.writeString(src.resolve("index.csv"), "id,label,file\nx,cat,../elsewhere.png\ny,dog,../elsewhere.png\n");
        Path out = tmp.resolve("out");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShiftedDatasetWriter.write(
                src.resolve("index.csv"), NOISE, 1, 0, out, false, null));
        assertTrue(e.getMessage().startsWith("index.csv line 2, column 'file'"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void nonEmptyOrOverlappingOutputIsRefused() throws IOException {
        Path src = tmp.resolve("src");
        write(src.resolve("cat/a.png"), 0.2f);
        write(src.resolve("dog/a.png"), 0.2f);
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "mine");
        IOException e = assertThrows(IOException.class, () -> ShiftedDatasetWriter.write(src, NOISE, 1, 0, out,
                false, null));
        assertTrue(e.getMessage().contains("is not empty (e.g. 'keep.txt')"), e.getMessage());
        IOException inside = assertThrows(IOException.class, () -> ShiftedDatasetWriter.write(src, NOISE, 1, 0,
                src.resolve("shifted"), false, null));
        assertTrue(inside.getMessage().contains("overlaps the data's folder"), inside.getMessage());
        // with overwrite the foreign file stays
        ShiftedDatasetWriter.write(src, NOISE, 1, 0, out, true, null);
        assertEquals("mine", Files.readString(out.resolve("keep.txt")));
    }

    @Test
    void cancellingRemovesWhatTheRunCreated() throws IOException {
        Path src = tmp.resolve("src");
        for (int i = 0; i < 4; i++) {
            write(src.resolve("cat/" + i + ".png"), 0.1f * i);
            write(src.resolve("dog/" + i + ".png"), 0.1f * i);
        }
        Path out = tmp.resolve("out");
        AtomicInteger worked = new AtomicInteger();
        ProgressMonitor cancelAfterThree = new ProgressMonitor() {
            @Override
            public void begin(String task, long totalWork) {
            }

            @Override
            public void worked(long units) {
                worked.addAndGet((int) units);
            }

            @Override
            public boolean isCancelled() {
                return worked.get() >= 6; // 3 units of reading progress + 3 images
            }
        };
        assertThrows(OperationCancelledException.class, () -> ShiftedDatasetWriter.write(src, NOISE, 2, 0, out, false,
                cancelAfterThree));
        assertFalse(Files.exists(out), "the output folder this run created is gone");
    }

    private static void write(Path file, float value) throws IOException {
        Files.createDirectories(file.getParent());
        ImageTensor img = TestImages.constant(3, 4, 4, value);
        if (file.toString().endsWith(".png")) {
            ImageCodec.writePng(img, file);
        } else {
            javax.imageio.ImageIO.write(ImageCodec.toBufferedImage(img), "jpeg", file.toFile());
        }
    }
}
