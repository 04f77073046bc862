package org.hillmix.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hillmix.core.io.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readers on the shared CIFAR-10 test subset and MNIST sample. */
class SharedDatasetsTest {

    @TempDir
    Path tmp;

    @Test
    void cifarSubsetIndexLoadsAllImagesWithCifar10Classes() throws IOException {
        Path csv = SharedData.require("cifar10-test-subset/index.csv");
        RecordingMonitor pm = new RecordingMonitor();
        InMemoryImageDataset ds = IndexCsvReader.read(csv, null, pm);
        assertEquals(1533, ds.size());
        // derived from (label_id, label) pairs, this must be the CIFAR-10 order
        assertEquals(ClassSet.CIFAR10, ds.classSet());
        assertEquals(1533, pm.worked);
        // CIFAR-10 test image 0 is a cat (Krizhevsky's test batch starts cat, ship, ship, airplane)
        int first = ds.indexOf("0");
        assertEquals("cat", ds.className(first));
        for (int i = 0; i < ds.size(); i++) {
            ImageTensor t = ds.image(i);
            assertEquals(3, t.channels(), ds.id(i));
            assertEquals(32, t.height(), ds.id(i));
            assertEquals(32, t.width(), ds.id(i));
        }
    }

    @Test
    void cifarBinaryOfTheSubsetEqualsItsPngs() throws IOException {
        Path csv = SharedData.require("cifar10-test-subset/index.csv");
        InMemoryImageDataset png = IndexCsvReader.read(csv, ClassSet.CIFAR10, null);
        // write the first 200 items as a CIFAR-10 binary batch and read it back
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = 200;
        for (int i = 0; i < n; i++) {
            out.write(png.label(i));
            out.write(png.image(i).toBytes());
        }
        Path bin = tmp.resolve("test_batch.bin");
        Files.write(bin, out.toByteArray());
        InMemoryImageDataset ds = Cifar10BinaryReader.read(List.of(bin), null);
        assertEquals(n, ds.size());
        for (int i = 0; i < n; i++) {
            assertEquals(png.label(i), ds.label(i));
            assertEquals(png.image(i), ds.image(i), "item " + i);
        }
    }

    @Test
    void mnistSampleHasTenThousandDigits() throws IOException {
        Path images = SharedData.require("mnist-10k/images-idx3-ubyte");
        Path labels = SharedData.require("mnist-10k/labels-idx1-ubyte");
        RecordingMonitor pm = new RecordingMonitor();
        InMemoryImageDataset ds = IdxReader.readMnist(images, labels, pm);
        assertEquals(10000, ds.size());
        assertEquals(10000, pm.worked);
        int[] perClass = new int[10];
        double meanInk = 0;
        for (int i = 0; i < ds.size(); i++) {
            perClass[ds.label(i)]++;
            ImageTensor t = ds.image(i);
            assertEquals(1, t.channels());
            assertEquals(28, t.height());
            assertEquals(28, t.width());
            // MNIST digits are white on a black border
            assertEquals(0f, t.get(0, 0, 0), ds.id(i));
            for (float v : t.toArray()) {
                meanInk += v;
            }
        }
        for (int c = 0; c < 10; c++) {
            // each digit is 9-11% of MNIST
            assertTrue(perClass[c] > 800 && perClass[c] < 1300, "digit " + c + ": " + perClass[c]);
        }
        meanInk /= 10000.0 * 784;
        // the well-known MNIST pixel mean is 0.1307
        assertEquals(0.1307, meanInk, 0.01);
    }
}
