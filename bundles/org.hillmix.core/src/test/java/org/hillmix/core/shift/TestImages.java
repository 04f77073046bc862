package org.hillmix.core.shift;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.hillmix.core.data.ImageCodec;
import org.hillmix.core.data.ImageTensor;
import org.hillmix.core.io.SharedData;
import org.junit.jupiter.api.Assumptions;

/** Small images for the shift tests. */
final class TestImages {

    private TestImages() {
    }

    /** A constant image. */
    static ImageTensor constant(int channels, int h, int w, float value) {
        float[] d = new float[channels * h * w];
        java.util.Arrays.fill(d, value);
        return ImageTensor.of(channels, h, w, d);
    }

    /** A grey image with one value at (y, x) and 0 elsewhere. */
    static ImageTensor impulse(int h, int w, int y, int x, float value) {
        float[] d = new float[h * w];
        d[y * w + x] = value;
        return ImageTensor.of(1, h, w, d);
    }

    /** One RGB pixel. */
    static ImageTensor pixel(float r, float g, float b) {
        return ImageTensor.of(3, 1, 1, new float[] {r, g, b});
    }

    /**
     * A real CIFAR-10 test image from the shared data; skips without it, except under {@code CI=true}
     * where missing data is a failure.
     */
    static ImageTensor cifar(int testIndex) throws IOException {
        Path f = SharedData.dir().resolve(String.format(Locale.ROOT, "cifar10-test-subset/images/%05d.png", testIndex));
        if (!Files.isRegularFile(f)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("shared data image " + f.toAbsolutePath() + " is missing (CI=true: no skipping)");
            }
            Assumptions.assumeTrue(false, "shared data image " + f.toAbsolutePath() + " not found: skipping");
        }
        return ImageCodec.read(f);
    }

    /** Root-mean-square difference of two images of the same shape. */
    static double rms(ImageTensor a, ImageTensor b) {
        float[] x = a.toArray();
        float[] y = b.toArray();
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - y[i];
            s += d * d;
        }
        return Math.sqrt(s / x.length);
    }
}
