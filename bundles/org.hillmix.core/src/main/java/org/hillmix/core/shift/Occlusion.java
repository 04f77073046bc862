package org.hillmix.core.shift;

/**
 * One mid-grey (0.5) square patch of side {@code round(k min(H, W))} at a position uniform over
 * the places where it fits inside the image (Cutout, DeVries and Taylor 2017, with a grey fill).
 */
final class Occlusion extends TabledShift {

    static final double[] SIDE = {0.2, 0.3, 0.4, 0.5, 0.6};

    Occlusion() {
        super("occlusion", ShiftFamily.ATTRIBUTE, "a grey square patch hides part of the image", HILLMIX);
    }

    @Override
    String describe(int severity) {
        double k = SIDE[severity - 1];
        return "side k = " + k + " of the shorter side (" + Math.round(k * 32) + " px of 32)";
    }

    static int side(int height, int width, int severity) {
        return Math.max(1, (int) Math.round(SIDE[severity - 1] * Math.min(height, width)));
    }

    @Override
    Planes shift(Planes in, int severity, Draws draws) {
        int side = side(in.height, in.width, severity);
        int top = (int) Math.floor(draws.uniform() * (in.height - side + 1));
        int left = (int) Math.floor(draws.uniform() * (in.width - side + 1));
        for (int c = 0; c < in.channels; c++) {
            for (int y = top; y < top + side; y++) {
                for (int x = left; x < left + side; x++) {
                    in.set(c, y, x, 0.5);
                }
            }
        }
        return in;
    }
}
