package org.hillmix.server.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.data.IdxReader;
import org.hillmix.core.data.NpyArray;
import org.hillmix.core.data.NpyReader;
import org.hillmix.core.io.Cifar10sRawImporter;
import org.hillmix.core.io.HmixCategoricalImporter;
import org.hillmix.core.io.HmixMixingFactorImporter;
import org.hillmix.core.io.JournalReadMode;
import org.hillmix.core.io.JudgmentJsonl;
import org.hillmix.core.labels.CleaningPolicy;
import org.hillmix.core.progress.ProgressMonitor;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the readers of untrusted files (docs/testing.md, "Fuzzing"). Without
 * {@code JAZZER_FUZZ=1} each target replays its seeds and past findings from
 * {@code src/test/resources/org/hillmix/server/fuzz/ReaderFuzzTestInputs/<method>/} as an ordinary test; with it,
 * Jazzer mutates inputs for {@code maxDuration}. Every target checks the same property: an input is either read
 * or refused with the documented exception ({@link IOException} or {@link IllegalArgumentException}) whose
 * message names the file; anything else (a NullPointerException, an index error, an OutOfMemoryError, a hang)
 * is a finding.
 */
class ReaderFuzzTest {

    /** {@code .npy}: header parsing, dtypes, shapes, truncation; the array's values are read too. */
    @FuzzTest(maxDuration = "2m")
    void npy(byte[] data) {
        try {
            NpyArray a = NpyReader.read(new ByteArrayInputStream(data), "fuzz.npy");
            a.asDoubleArray();
        } catch (IOException | IllegalArgumentException e) {
            FuzzFiles.assertNames(e, "fuzz.npy");
        }
    }

    /**
     * IDX image and label files: the first two bytes give the label file's length (big-endian), then the label
     * file, then the image file.
     */
    @FuzzTest(maxDuration = "2m")
    void idx(byte[] data) {
        int split = data.length < 2 ? 0 : Math.min(data.length - 2, ((data[0] & 0xff) << 8) | (data[1] & 0xff));
        int start = Math.min(2, data.length);
        Path labels = FuzzFiles.write("fuzz-labels-idx1-ubyte", Arrays.copyOfRange(data, start, start + split));
        Path images = FuzzFiles.write("fuzz-images-idx3-ubyte", Arrays.copyOfRange(data, start + split, data.length));
        try {
            IdxReader.read(images, labels, ClassSet.MNIST, ProgressMonitor.NULL);
        } catch (IOException | IllegalArgumentException e) {
            FuzzFiles.assertNames(e, "fuzz-labels-idx1-ubyte", "fuzz-images-idx3-ubyte");
        }
    }

    /** The CSV importers: the first byte picks CIFAR-10S raw, H-Mix categorical or H-Mix mixing factor. */
    @FuzzTest(maxDuration = "2m")
    void csv(byte[] data) {
        int which = data.length == 0 ? 0 : (data[0] & 0xff) % 3;
        Path file = FuzzFiles.write("fuzz.csv", data.length == 0 ? data : Arrays.copyOfRange(data, 1, data.length));
        try {
            switch (which) {
                case 0 -> Cifar10sRawImporter.read(file, ClassSet.CIFAR10, CleaningPolicy.DEFAULT, ProgressMonitor.NULL);
                case 1 -> HmixCategoricalImporter.read(file, ClassSet.CIFAR10, CleaningPolicy.DEFAULT,
                        ProgressMonitor.NULL);
                default -> HmixMixingFactorImporter.read(file, ProgressMonitor.NULL);
            }
        } catch (IOException | IllegalArgumentException e) {
            FuzzFiles.assertNames(e, "fuzz.csv");
        }
    }

    /** JSON Lines judgment journals: the first byte picks the strict or the lenient reading. */
    @FuzzTest(maxDuration = "2m")
    void journal(byte[] data) {
        JournalReadMode mode = data.length > 0 && (data[0] & 1) == 1 ? JournalReadMode.LENIENT : JournalReadMode.STRICT;
        Path file = FuzzFiles.write("fuzz.jsonl", data.length == 0 ? data : Arrays.copyOfRange(data, 1, data.length));
        try {
            JudgmentJsonl.read(file, mode, ProgressMonitor.NULL);
        } catch (IOException | IllegalArgumentException e) {
            FuzzFiles.assertNames(e, "fuzz.jsonl");
        }
    }
}
