package org.hillmix.core.mixup;

/**
 * One mixed image to render, {@code lambda * image(id1) + (1 - lambda) * image(id2)}: a row of
 * the stimulus manifest.
 *
 * @param file path of the PNG relative to the output folder, {@code /}-separated
 * @param id1 dataset id of image 1
 * @param class1 class name of image 1
 * @param id2 dataset id of image 2
 * @param class2 class name of image 2
 * @param lambda weight of image 1, in [0, 1]
 */
public record Stimulus(String file, String id1, String class1, String id2, String class2, double lambda) {

    /** @throws IllegalArgumentException when lambda is outside [0, 1] or a field is empty */
    public Stimulus {
        PixelMixer.checkLambda(lambda);
        for (String f : new String[] {file, id1, class1, id2, class2}) {
            if (f == null || f.isEmpty()) {
                throw new IllegalArgumentException("stimulus fields must not be empty: " + file + ", " + id1 + ", "
                        + class1 + ", " + id2 + ", " + class2);
            }
        }
    }
}
