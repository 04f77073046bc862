package org.hillmix.core.shift;

/**
 * How a filter reads outside the image: the index rules of the libraries whose published
 * parameters the shifts follow, so that a kernel means what it meant there.
 */
enum Borders {
    /** {@code cba|abcd|dcb}: OpenCV's default {@code BORDER_REFLECT_101} (used by {@code cv2.filter2D}). */
    REFLECT_101,
    /** {@code aaa|abcd|ddd}: SciPy's {@code mode='nearest'} (scikit-image's {@code gaussian} default), ImageMagick's edge. */
    NEAREST;

    /** The index in {@code [0, n)} read for index {@code i}. */
    int index(int i, int n) {
        if (i >= 0 && i < n) {
            return i;
        }
        if (this == NEAREST || n == 1) {
            return i < 0 ? 0 : n - 1;
        }
        // reflect without repeating the edge; the period is 2n - 2
        int period = 2 * n - 2;
        int m = Math.floorMod(i, period);
        return m < n ? m : period - m;
    }
}
