package org.hillmix.core.shift;

/**
 * A new flat background: {@code y = x + alpha (1 - m) (b - x)} with {@code m} the foreground
 * weight of {@link ForegroundEstimate} and {@code b} a colour of random hue (from the seed),
 * saturation 0.8 and value 0.8 (its luminance on grey images).
 */
final class BackgroundColour extends TabledShift {

    static final double[] ALPHA = {0.2, 0.4, 0.6, 0.8, 1.0};

    BackgroundColour() {
        super("background-colour", ShiftFamily.ATTRIBUTE, "background replaced by a flat colour", HILLMIX);
    }

    @Override
    String describe(int severity) {
        return "alpha = " + ALPHA[severity - 1] + ", colour: random hue, S = V = 0.8";
    }

    @Override
    Planes shift(Planes in, int severity, Draws draws) {
        double[] rgb = Hsv.toRgb(draws.uniform(), 0.8, 0.8);
        double[] colour = in.channels == 1 ? new double[] {0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]} : rgb;
        double[][] bg = new double[in.channels][in.plane()];
        for (int c = 0; c < in.channels; c++) {
            java.util.Arrays.fill(bg[c], colour[c]);
        }
        return ForegroundEstimate.of(in).replaceBackground(in, ALPHA[severity - 1], bg);
    }
}
