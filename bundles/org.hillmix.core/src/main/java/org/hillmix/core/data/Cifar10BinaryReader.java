package org.hillmix.core.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hillmix.core.internal.fs.InputFiles;
import org.hillmix.core.progress.ProgressMonitor;

/**
 * Reads CIFAR-10 binary batches ({@code data_batch_1.bin} ... {@code test_batch.bin}): a sequence
 * of 3,073-byte records, each one label byte (0-9, {@link ClassSet#CIFAR10}) followed by 3,072
 * pixel bytes: the 32x32 red plane, then green, then blue, each row by row from the top left,
 * which is exactly {@link ImageTensor}'s CHW order.
 *
 * <p>Ids are the running record index over the files in the order given, starting at 0, so
 * reading {@code test_batch.bin} alone gives ids equal to CIFAR-10 test indices. The CIFAR-100
 * layout (two label bytes) is not supported.
 */
public final class Cifar10BinaryReader {

    /** Bytes per record: label + 3 x 32 x 32. */
    public static final int RECORD_BYTES = 1 + 3 * 32 * 32;

    private Cifar10BinaryReader() {
    }

    /**
     * Reads the batches.
     *
     * @param files one or more batch files
     * @param monitor progress (one unit per image) and cancellation
     * @throws IOException when a file is missing, its size is not a whole number of records, or a
     *             label is above 9
     */
    public static InMemoryImageDataset read(List<Path> files, ProgressMonitor monitor) throws IOException {
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no CIFAR-10 batch files given");
        }
        long total = 0;
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new IOException("CIFAR-10 batch " + f + " does not exist or is not a file");
            }
            long size = Files.size(f);
            if (size == 0 || size % RECORD_BYTES != 0) {
                throw new IOException(f.getFileName() + ": size " + size + " bytes is not a whole number of "
                        + RECORD_BYTES + "-byte CIFAR-10 records (1 label byte + 3072 pixel bytes)"
                        + (size % (RECORD_BYTES + 1) == 0 && size > 0 ? "; it looks like a CIFAR-100 file, which is"
                                + " not supported" : ""));
            }
            total += size / RECORD_BYTES;
        }
        pm.begin("Reading CIFAR-10 batches", total);
        InMemoryImageDataset.Builder b = InMemoryImageDataset.builder(ClassSet.CIFAR10);
        int id = 0;
        for (Path f : files) {
            byte[] all;
            try {
                all = Files.readAllBytes(f);
            } catch (IOException e) {
                throw InputFiles.named(f, e);
            }
            int n = all.length / RECORD_BYTES;
            for (int r = 0; r < n; r++) {
                if (r % 256 == 0) {
                    pm.checkCancelled();
                }
                int off = r * RECORD_BYTES;
                int label = Byte.toUnsignedInt(all[off]);
                if (label > 9) {
                    throw new IOException(f.getFileName() + ", record " + r + " (byte offset " + off + "): label "
                            + label + " is not a CIFAR-10 class 0-9; is this a CIFAR-10 binary batch?");
                }
                byte[] chw = new byte[RECORD_BYTES - 1];
                System.arraycopy(all, off + 1, chw, 0, chw.length);
                b.addBytes(Integer.toString(id++), label, 3, 32, 32, chw);
                pm.worked(1);
            }
        }
        pm.done();
        return b.build();
    }
}
