package org.hillmix.server.train;

/**
 * In-memory examples for training or evaluation: images flattened in CHW order (channel, row,
 * column), float pixel values in [0, 1], all of one shape, each with a hard label.
 *
 * <p>The constructor checks shapes and labels (not pixel ranges, which would cost a pass over all
 * pixels; FGSM clips adversarial images to [0, 1] so inputs are expected there). The arrays are
 * not copied: callers must not change them while a {@link TrainingOperation} runs.
 *
 * @param channels number of channels (1 grey, 3 RGB), at least 1
 * @param height image height in pixels, at least 1
 * @param width image width in pixels, at least 1
 * @param images {@code images[i]} is image i, of length {@code channels * height * width}
 * @param labels {@code labels[i]} is the hard class index of image i, in [0, numClasses)
 * @param numClasses number of classes, at least 2
 */
public record ExampleSet(int channels, int height, int width, float[][] images, int[] labels, int numClasses) {

    /** Checks the shape of every image and the range of every label. */
    public ExampleSet {
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("example set: channels, height and width must be >= 1, got "
                    + channels + "x" + height + "x" + width);
        }
        if (numClasses < 2) {
            throw new IllegalArgumentException("example set: numClasses must be >= 2, got " + numClasses);
        }
        if (images == null || labels == null) {
            throw new IllegalArgumentException("example set: images and labels must not be null");
        }
        if (images.length != labels.length) {
            throw new IllegalArgumentException("example set: " + images.length + " images but " + labels.length
                    + " labels; give one label per image");
        }
        int pixels = channels * height * width;
        for (int i = 0; i < images.length; i++) {
            if (images[i] == null || images[i].length != pixels) {
                throw new IllegalArgumentException("example set: image " + i + " has "
                        + (images[i] == null ? "no data" : images[i].length + " values") + ", expected " + pixels
                        + " (" + channels + "x" + height + "x" + width + ", CHW)");
            }
            if (labels[i] < 0 || labels[i] >= numClasses) {
                throw new IllegalArgumentException("example set: label of image " + i + " is " + labels[i]
                        + ", expected a class index in [0, " + numClasses + ")");
            }
        }
    }

    /** Number of examples. */
    public int size() {
        return images.length;
    }

    /** Number of values per image, {@code channels * height * width}. */
    public int pixelsPerImage() {
        return channels * height * width;
    }

    /** Whether {@code other} has the same image shape and number of classes. */
    public boolean sameShapeAs(ExampleSet other) {
        return channels == other.channels && height == other.height && width == other.width
                && numClasses == other.numClasses;
    }

    /** The shape as text, e.g. {@code 3x32x32, 10 classes}, for messages. */
    public String describeShape() {
        return channels + "x" + height + "x" + width + ", " + numClasses + " classes";
    }
}
