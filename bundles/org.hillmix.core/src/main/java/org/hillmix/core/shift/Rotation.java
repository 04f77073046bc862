package org.hillmix.core.shift;

/**
 * Rotation about the image centre by {@code +-theta} (the sign drawn from the seed), bilinear,
 * uncovered corners filled with the estimated background colour ({@link Warp}).
 */
final class Rotation extends TabledShift {

    static final double[] DEGREES = {10, 20, 30, 45, 60};

    Rotation() {
        super("rotation", ShiftFamily.ATTRIBUTE, "in-plane rotation about the centre", HILLMIX);
    }

    @Override
    String describe(int severity) {
        return "theta = " + (int) DEGREES[severity - 1] + " degrees, direction from the seed";
    }

    @Override
    Planes shift(Planes in, int severity, Draws draws) {
        double sign = draws.uniform() < 0.5 ? -1 : 1;
        double t = Math.toRadians(sign * DEGREES[severity - 1]);
        // the output at offset q reads the input at R(-theta) q
        double cos = Math.cos(t);
        double sin = Math.sin(t);
        return Warp.affine(in, cos, sin, -sin, cos);
    }
}
