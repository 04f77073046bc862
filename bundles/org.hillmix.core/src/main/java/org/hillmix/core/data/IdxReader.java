package org.hillmix.core.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.hillmix.core.internal.fs.InputFiles;
import org.hillmix.core.progress.ProgressMonitor;

/**
 * Reads an MNIST-style IDX pair: an image file (magic {@code 0x00000803}: unsigned bytes, 3
 * dimensions: count, rows, columns) and a label file (magic {@code 0x00000801}: unsigned bytes, 1
 * dimension: count). Header integers are big-endian 32-bit; pixels are row by row, 0-255, read as
 * 1-channel images. Files may be gzip-compressed ({@code .gz}, detected by content). Ids are the
 * item index from 0.
 */
public final class IdxReader {

    /** Magic of an unsigned-byte, 3-dimensional IDX file (images). */
    public static final int IMAGES_MAGIC = 0x00000803;
    /** Magic of an unsigned-byte, 1-dimensional IDX file (labels). */
    public static final int LABELS_MAGIC = 0x00000801;

    private IdxReader() {
    }

    /**
     * Reads images and labels.
     *
     * @param images the image file ({@code images-idx3-ubyte})
     * @param labels the label file ({@code labels-idx1-ubyte})
     * @param classes the classes (labels index into them), e.g. {@link ClassSet#MNIST}
     * @param monitor progress (one unit per image) and cancellation
     * @throws IOException when a file is missing, has the wrong magic, is truncated, the counts
     *             differ or a label is not a class index
     */
    public static InMemoryImageDataset read(Path images, Path labels, ClassSet classes, ProgressMonitor monitor)
            throws IOException {
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        byte[] labelBytes;
        try (DataInputStream in = open(labels)) {
            int magic = headerInt(in, labels);
            checkMagic(labels, magic, LABELS_MAGIC, "label");
            int n = headerInt(in, labels);
            labelBytes = readBytes(in, n, labels, n + " labels");
        }
        try (DataInputStream in = open(images)) {
            int magic = headerInt(in, images);
            checkMagic(images, magic, IMAGES_MAGIC, "image");
            int n = headerInt(in, images);
            int rows = headerInt(in, images);
            int cols = headerInt(in, images);
            if (n < 0 || rows <= 0 || cols <= 0 || (long) rows * cols > 1 << 24) {
                throw new IOException(images.getFileName() + ": implausible header: " + n + " images of " + rows + "x"
                        + cols);
            }
            if (n != labelBytes.length) {
                throw new IOException(images.getFileName() + " holds " + n + " images but " + labels.getFileName()
                        + " holds " + labelBytes.length + " labels; use the files of the same set");
            }
            pm.begin("Reading IDX images from " + images.getFileName(), n);
            InMemoryImageDataset.Builder b = InMemoryImageDataset.builder(classes);
            int size = rows * cols;
            for (int i = 0; i < n; i++) {
                if (i % 256 == 0) {
                    pm.checkCancelled();
                }
                byte[] px = readBytes(in, size, images, "image " + i);
                int label = Byte.toUnsignedInt(labelBytes[i]);
                if (label >= classes.size()) {
                    throw new IOException(labels.getFileName() + ", label " + i + ": " + label
                            + " is not a class index below " + classes.size() + " " + classes.names());
                }
                b.addBytes(Integer.toString(i), label, 1, rows, cols, px);
                pm.worked(1);
            }
            pm.done();
            return b.build();
        }
    }

    /** Reads the standard MNIST pair with {@link ClassSet#MNIST}. */
    public static InMemoryImageDataset readMnist(Path images, Path labels, ProgressMonitor monitor)
            throws IOException {
        return read(images, labels, ClassSet.MNIST, monitor);
    }

    private static DataInputStream open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("IDX file " + file + " does not exist or is not a file");
        }
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        raw.mark(2);
        int b0 = raw.read();
        int b1 = raw.read();
        raw.reset();
        InputStream in = b0 == 0x1f && b1 == 0x8b ? new BufferedInputStream(new GZIPInputStream(raw), 1 << 16) : raw;
        // read and gzip errors name the file; the format errors below name it themselves
        return new DataInputStream(InputFiles.naming(in, file));
    }

    private static void checkMagic(Path file, int magic, int expected, String what) throws IOException {
        if (magic != expected) {
            throw new IOException(file.getFileName() + ": magic number 0x" + String.format("%08x", magic)
                    + " is not that of an IDX " + what + " file (0x" + String.format("%08x", expected) + ")"
                    + (magic == (expected == IMAGES_MAGIC ? LABELS_MAGIC : IMAGES_MAGIC) ? "; are the image and label files swapped?" : ""));
        }
    }

    private static int headerInt(DataInputStream in, Path file) throws IOException {
        try {
            return in.readInt();
        } catch (java.io.EOFException e) {
            throw new IOException(file.getFileName() + ": file is truncated in its header (IDX headers are 8 bytes for"
                    + " labels, 16 for images)", e);
        }
    }

    private static byte[] readBytes(DataInputStream in, int n, Path file, String what) throws IOException {
        if (n < 0) {
            throw new IOException(file.getFileName() + ": negative count in header");
        }
        // readNBytes grows its buffer as data arrives, so a header that claims 2^31-1 items cannot make us
        // allocate gigabytes before finding out that the file is short
        byte[] b = in.readNBytes(n);
        if (b.length < n) {
            throw new IOException(file.getFileName() + ": file is truncated while reading " + what + " (header promises "
                    + n + " bytes, the file holds " + b.length + ")");
        }
        return b;
    }
}
