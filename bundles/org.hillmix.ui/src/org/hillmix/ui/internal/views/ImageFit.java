package org.hillmix.ui.internal.views;

/**
 * Where an image goes inside a drawing area: centred, as large as fits, and enlarged by a whole
 * factor so that nearest-neighbour scaling keeps every source pixel a square block of equal size
 * (a 32x32 stimulus in a 300x200 area is drawn 6x, as 192x192). Only when the image does not fit
 * at 1x is it shrunk by the largest fractional factor that fits.
 *
 * @param x left edge in the area
 * @param y top edge in the area
 * @param width drawn width
 * @param height drawn height
 * @param scale drawn size divided by image size
 */
public record ImageFit(int x, int y, int width, int height, double scale) {

    /**
     * Fits an image of {@code imageWidth x imageHeight} into {@code areaWidth x areaHeight}.
     *
     * @throws IllegalArgumentException when the image has no pixels
     */
    public static ImageFit of(int imageWidth, int imageHeight, int areaWidth, int areaHeight) {
        if (imageWidth <= 0 || imageHeight <= 0) {
            throw new IllegalArgumentException("image size " + imageWidth + "x" + imageHeight + " has no pixels");
        }
        int w = Math.max(0, areaWidth);
        int h = Math.max(0, areaHeight);
        int whole = Math.min(w / imageWidth, h / imageHeight);
        double scale = whole >= 1 ? whole : Math.min((double) w / imageWidth, (double) h / imageHeight);
        int dw = (int) Math.floor(imageWidth * scale);
        int dh = (int) Math.floor(imageHeight * scale);
        return new ImageFit((w - dw) / 2, (h - dh) / 2, dw, dh, scale);
    }
}
