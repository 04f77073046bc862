package org.hillmix.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.hillmix.core.progress.OperationCancelledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Image folder, index CSV, CIFAR-10 binary and IDX readers on hand-made files. */
class DatasetReadersTest {

    @TempDir
    Path tmp;

    static ImageTensor solid(int channels, int size, int value) {
        int[] v = new int[channels * size * size];
        java.util.Arrays.fill(v, value);
        return ImageTensor.fromInts(channels, size, size, v);
    }

    Path folderDataset() throws IOException {
        Path root = tmp.resolve("imgs");
        for (String c : List.of("dog", "cat", "bird")) {
            Files.createDirectories(root.resolve(c));
        }
        ImageCodec.writePng(solid(3, 4, 10), root.resolve("cat/b.png"));
        ImageCodec.writePng(solid(3, 4, 20), root.resolve("cat/a.png"));
        ImageCodec.writePng(solid(3, 4, 30), root.resolve("dog/x_1.png"));
        ImageCodec.writePng(solid(3, 4, 40), root.resolve("bird/z.PNG"));
        Files.writeString(root.resolve("cat/notes.txt"), "ignored");
        Files.writeString(root.resolve("cat/.DS_Store"), "ignored");
        Files.writeString(root.resolve("README"), "ignored");
        Files.createDirectories(root.resolve(".hidden"));
        return root;
    }

    @Test
    void imageFolderUsesSortedFoldersAsClassesAndFolderSlashStemAsIds() throws IOException {
        RecordingMonitor pm = new RecordingMonitor();
        InMemoryImageDataset ds = ImageFolderReader.read(folderDataset(), null, pm);
        assertEquals(ClassSet.of("bird", "cat", "dog"), ds.classSet());
        assertEquals(4, ds.size());
        assertEquals(List.of("bird/z", "cat/a", "cat/b", "dog/x_1"),
                List.of(ds.id(0), ds.id(1), ds.id(2), ds.id(3)));
        assertEquals(1, ds.label(1));
        assertEquals("dog", ds.className(3));
        assertEquals(20, ds.image(1).toInts()[0]);
        assertEquals(40, ds.image(0).toInts()[47]);
        assertEquals(2, ds.indexOf("cat/b"));
        assertEquals(-1, ds.indexOf("cat/nope"));
        assertEquals(4, pm.total);
        assertEquals(4, pm.worked);
    }

    @Test
    void imageFolderWithAGivenClassSetMapsFoldersIgnoringCase() throws IOException {
        Path root = folderDataset();
        ClassSet cs = ClassSet.of("Cat", "Dog", "Bird", "Fish");
        InMemoryImageDataset ds = ImageFolderReader.read(root, cs, null);
        assertEquals(cs, ds.classSet());
        assertEquals(2, ds.label(ds.indexOf("bird/z")));
        assertEquals(0, ds.label(ds.indexOf("cat/a")));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImageFolderReader.read(root, ClassSet.of("cat", "dog"), null));
        assertTrue(e.getMessage().contains("'bird'"), e.getMessage());
    }

    @Test
    void imageFolderErrorsNameTheProblem() throws IOException {
        Path root = folderDataset();
        Files.writeString(root.resolve("dog/broken.png"), "not a png");
        IOException e = assertThrows(IOException.class, () -> ImageFolderReader.read(root, null, null));
        assertTrue(e.getMessage().contains("broken.png"), e.getMessage());

        e = assertThrows(IOException.class, () -> ImageFolderReader.read(tmp.resolve("missing"), null, null));
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
        Path flat = Files.createDirectories(tmp.resolve("flat"));
        ImageCodec.writePng(solid(1, 2, 0), flat.resolve("a.png"));
        e = assertThrows(IOException.class, () -> ImageFolderReader.read(flat, null, null));
        assertTrue(e.getMessage().contains("no class sub-folders"), e.getMessage());
    }

    @Test
    void imageFolderLoadingCanBeCancelled() throws IOException {
        Path root = folderDataset();
        RecordingMonitor pm = new RecordingMonitor(2);
        assertThrows(OperationCancelledException.class, () -> ImageFolderReader.read(root, null, pm));
        assertEquals(2, pm.worked);
    }

    @Test
    void indexCsvDerivesClassesFromIdsAndNamesAndResolvesPathsAgainstTheCsv() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("set/images"));
        ImageCodec.writePng(solid(1, 3, 5), dir.resolve("00007.png"));
        ImageCodec.writePng(solid(1, 3, 6), dir.resolve("00002.png"));
        Path csv = tmp.resolve("set/index.csv");
        Files.writeString(csv, "test_index,label,label_id,file\n7,cat,1,images/00007.png\n2,ant,0,images/00002.png\n");
        InMemoryImageDataset ds = IndexCsvReader.read(csv, null, null);
        assertEquals(ClassSet.of("ant", "cat"), ds.classSet());
        assertEquals("7", ds.id(0));
        assertEquals(1, ds.label(0));
        assertEquals(6, ds.image(1).toInts()[0]);
    }

    @Test
    void indexCsvErrorsNameFileLineAndColumn() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("e"));
        ImageCodec.writePng(solid(1, 3, 5), dir.resolve("a.png"));
        Path csv = dir.resolve("index.csv");

        Files.writeString(csv, "test_index,label,label_id,file\n1,cat,x,a.png\n");
        IOException e = assertThrows(IOException.class, () -> IndexCsvReader.read(csv, null, null));
        assertTrue(e.getMessage().contains("index.csv line 2") && e.getMessage().contains("label_id"), e.getMessage());

        Files.writeString(csv, "test_index,label,label_id,file\n1,cat,0,a.png\n2,dog,0,a.png\n");
        e = assertThrows(IOException.class, () -> IndexCsvReader.read(csv, null, null));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());

        Files.writeString(csv, "test_index,label,file\n1,cat,missing.png\n2,dog,a.png\n");
        e = assertThrows(IOException.class, () -> IndexCsvReader.read(csv, null, null));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("missing.png"), e.getMessage());

        Files.writeString(csv, "test_index,label,file\n1,Horse,a.png\n");
        // horse is a CIFAR-10 class (names ignore case), so this one loads; an unknown name does not
        assertEquals(7, IndexCsvReader.read(csv, ClassSet.CIFAR10, null).label(0));
        Files.writeString(csv, "test_index,label,file\n1,unicorn,a.png\n");
        e = assertThrows(IOException.class, () -> IndexCsvReader.read(csv, ClassSet.CIFAR10, null));
        assertTrue(e.getMessage().contains("unicorn"), e.getMessage());

        Files.writeString(csv, "name,file\nx,a.png\n");
        e = assertThrows(IOException.class, () -> IndexCsvReader.read(csv, null, null));
        assertTrue(e.getMessage().contains("'label'"), e.getMessage());
    }

    static byte[] cifarRecord(int label, int r, int g, int b) {
        byte[] rec = new byte[Cifar10BinaryReader.RECORD_BYTES];
        rec[0] = (byte) label;
        java.util.Arrays.fill(rec, 1, 1025, (byte) r);
        java.util.Arrays.fill(rec, 1025, 2049, (byte) g);
        java.util.Arrays.fill(rec, 2049, 3073, (byte) b);
        return rec;
    }

    @Test
    void cifarBinaryRecordsAreLabelThenRedGreenBluePlanes() throws IOException {
        Path f1 = tmp.resolve("data_batch_1.bin");
        Path f2 = tmp.resolve("data_batch_2.bin");
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        a.write(cifarRecord(3, 200, 100, 0));
        a.write(cifarRecord(9, 1, 2, 255));
        Files.write(f1, a.toByteArray());
        byte[] third = cifarRecord(0, 7, 8, 9);
        third[1 + 32 + 5] = (byte) 99; // red, row 1, column 5
        Files.write(f2, third);
        RecordingMonitor pm = new RecordingMonitor();
        InMemoryImageDataset ds = Cifar10BinaryReader.read(List.of(f1, f2), pm);
        assertEquals(3, ds.size());
        assertEquals(ClassSet.CIFAR10, ds.classSet());
        assertEquals("cat", ds.className(0));
        assertEquals("truck", ds.className(1));
        assertEquals("2", ds.id(2));
        ImageTensor t = ds.image(0);
        assertEquals(200 / 255f, t.get(0, 31, 31));
        assertEquals(100 / 255f, t.get(1, 0, 0));
        assertEquals(0f, t.get(2, 5, 5));
        assertEquals(99 / 255f, ds.image(2).get(0, 1, 5));
        assertEquals(3, pm.worked);
    }

    @Test
    void cifarBinaryErrors() throws IOException {
        Path odd = tmp.resolve("odd.bin");
        Files.write(odd, new byte[3073 + 5]);
        IOException e = assertThrows(IOException.class, () -> Cifar10BinaryReader.read(List.of(odd), null));
        assertTrue(e.getMessage().contains("odd.bin") && e.getMessage().contains("3073"), e.getMessage());
        Path c100 = tmp.resolve("train.bin");
        Files.write(c100, new byte[3074 * 2]);
        e = assertThrows(IOException.class, () -> Cifar10BinaryReader.read(List.of(c100), null));
        assertTrue(e.getMessage().contains("CIFAR-100"), e.getMessage());
        Path badLabel = tmp.resolve("bad.bin");
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        a.write(cifarRecord(1, 0, 0, 0));
        a.write(cifarRecord(12, 0, 0, 0));
        Files.write(badLabel, a.toByteArray());
        e = assertThrows(IOException.class, () -> Cifar10BinaryReader.read(List.of(badLabel), null));
        assertTrue(e.getMessage().contains("record 1") && e.getMessage().contains("12"), e.getMessage());
    }

    static byte[] idx(int magic, int[] dims, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length + data.length);
        b.putInt(magic);
        for (int d : dims) {
            b.putInt(d);
        }
        return b.put(data).array();
    }

    @Test
    void idxReadsImagesRowByRowWithLabelsAndAcceptsGzip() throws IOException {
        byte[] px = new byte[2 * 2 * 3];
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) (i * 20);
        }
        Path images = tmp.resolve("img-idx3-ubyte");
        Path labels = tmp.resolve("lab-idx1-ubyte.gz");
        Files.write(images, idx(0x803, new int[] {2, 2, 3}, px));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(labels))) {
            out.write(idx(0x801, new int[] {2}, new byte[] {7, 2}));
        }
        InMemoryImageDataset ds = IdxReader.readMnist(images, labels, null);
        assertEquals(2, ds.size());
        assertEquals("7", ds.className(0));
        assertEquals(2, ds.label(1));
        ImageTensor t = ds.image(1);
        assertEquals(1, t.channels());
        assertEquals(2, t.height());
        assertEquals(3, t.width());
        // image 1 starts at byte 6; row 1, column 2 is byte 6 + 3 + 2 = 11
        assertEquals(220 / 255f, t.get(0, 1, 2));
    }

    @Test
    void idxErrors() throws IOException {
        Path images = tmp.resolve("i");
        Path labels = tmp.resolve("l");
        Files.write(images, idx(0x803, new int[] {2, 2, 2}, new byte[8]));
        Files.write(labels, idx(0x801, new int[] {3}, new byte[3]));
        IOException e = assertThrows(IOException.class, () -> IdxReader.readMnist(images, labels, null));
        assertTrue(e.getMessage().contains("2 images") && e.getMessage().contains("3 labels"), e.getMessage());
        e = assertThrows(IOException.class, () -> IdxReader.readMnist(labels, images, null));
        assertTrue(e.getMessage().contains("swapped"), e.getMessage());
        Files.write(labels, idx(0x801, new int[] {2}, new byte[] {1, 10}));
        e = assertThrows(IOException.class, () -> IdxReader.readMnist(images, labels, null));
        assertTrue(e.getMessage().contains("label 1") && e.getMessage().contains("10"), e.getMessage());
        Files.write(images, idx(0x803, new int[] {2, 2, 2}, new byte[5]));
        Files.write(labels, idx(0x801, new int[] {2}, new byte[2]));
        e = assertThrows(IOException.class, () -> IdxReader.readMnist(images, labels, null));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void datasetBuilderRejectsDuplicateIdsAndBadLabels() {
        InMemoryImageDataset.Builder b = InMemoryImageDataset.builder(ClassSet.of("a", "b"));
        b.add("x", 0, solid(1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> b.add("x", 1, solid(1, 1, 0)));
        assertThrows(IllegalArgumentException.class, () -> b.add("y", 2, solid(1, 1, 0)));
        // a 16-bit-precision image is kept as given, not rounded to 8 bits
        ImageTensor fine = ImageTensor.of(1, 1, 1, new float[] {0.123456f});
        b.add("z", 1, fine);
        assertEquals(fine, b.build().image(1));
        assertArrayEquals(new float[] {0.123456f}, b.build().image(1).toArray());
    }
}
