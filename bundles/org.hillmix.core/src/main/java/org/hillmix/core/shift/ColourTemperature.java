package org.hillmix.core.shift;

/**
 * Warmer light: a von Kries white balance from a 6500 K to a {@code T} K black-body illuminant,
 * applied to linear sRGB.
 *
 * <ol>
 * <li>Chromaticity {@code (x, y)} of the Planckian locus at {@code T} by the cubic approximation of
 * Kim, Lee, Kang et al. (IEEE Trans. Consumer Electronics 48(1), 2002), valid 1667-25000 K.</li>
 * <li>{@code XYZ = (x / y, 1, (1 - x - y) / y)}, linear sRGB {@code = M XYZ} with the IEC 61966-2-1
 * matrix {@code M}.</li>
 * <li>Gains {@code g_c = rgb_c(T) / rgb_c(6500 K)}, scaled so that
 * {@code 0.2126 g_R + 0.7152 g_G + 0.0722 g_B = 1} (a grey keeps its luminance).</li>
 * <li>Each value: decoded from the sRGB curve, multiplied by its channel's gain, encoded again.</li>
 * </ol>
 * Grey (1-channel) images are unchanged: the gains are normalised to keep luminance.
 */
final class ColourTemperature extends TabledShift {

    static final double REFERENCE_KELVIN = 6500;
    static final double[] KELVIN = {5000, 4000, 3200, 2600, 2000};

    ColourTemperature() {
        super("colour-temperature", ShiftFamily.ATTRIBUTE, "warmer (lower colour temperature) light", HILLMIX);
    }

    @Override
    String describe(int severity) {
        double[] g = gains(KELVIN[severity - 1]);
        return String.format(java.util.Locale.ROOT, "T = %d K (from 6500 K); gains R %.3f, G %.3f, B %.3f",
                (int) KELVIN[severity - 1], g[0], g[1], g[2]);
    }

    @Override
    Planes shift(Planes in, int severity, Draws draws) {
        if (in.channels == 1) {
            return in;
        }
        double[] g = gains(KELVIN[severity - 1]);
        int p = in.plane();
        for (int c = 0; c < 3; c++) {
            for (int i = c * p; i < (c + 1) * p; i++) {
                in.v[i] = encode(decode(in.v[i]) * g[c]);
            }
        }
        return in;
    }

    /** Planckian locus chromaticity {@code {x, y}} at {@code kelvin} (1667-25000 K). */
    static double[] planckian(double kelvin) {
        double t = kelvin;
        double x;
        if (t <= 4000) {
            x = -0.2661239e9 / (t * t * t) - 0.2343589e6 / (t * t) + 0.8776956e3 / t + 0.179910;
        } else {
            x = -3.0258469e9 / (t * t * t) + 2.1070379e6 / (t * t) + 0.2226347e3 / t + 0.240390;
        }
        double y;
        if (t <= 2222) {
            y = -1.1063814 * x * x * x - 1.34811020 * x * x + 2.18555832 * x - 0.20219683;
        } else if (t <= 4000) {
            y = -0.9549476 * x * x * x - 1.37418593 * x * x + 2.09137015 * x - 0.16748867;
        } else {
            y = 3.0817580 * x * x * x - 5.87338670 * x * x + 3.75112997 * x - 0.37001483;
        }
        return new double[] {x, y};
    }

    /** Linear sRGB of the illuminant at {@code kelvin} with luminance Y = 1. */
    static double[] linearRgb(double kelvin) {
        double[] xy = planckian(kelvin);
        double bx = xy[0] / xy[1];
        double bz = (1 - xy[0] - xy[1]) / xy[1];
        return new double[] {
            3.2406 * bx - 1.5372 - 0.4986 * bz,
            -0.9689 * bx + 1.8758 + 0.0415 * bz,
            0.0557 * bx - 0.2040 + 1.0570 * bz};
    }

    /** The luminance-normalised channel gains from 6500 K to {@code kelvin}. */
    static double[] gains(double kelvin) {
        double[] t = linearRgb(kelvin);
        double[] r = linearRgb(REFERENCE_KELVIN);
        double[] g = {t[0] / r[0], t[1] / r[1], t[2] / r[2]};
        double y = 0.2126 * g[0] + 0.7152 * g[1] + 0.0722 * g[2];
        return new double[] {g[0] / y, g[1] / y, g[2] / y};
    }

    /** sRGB value to linear light (IEC 61966-2-1). */
    static double decode(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** Linear light to sRGB value, clipped to [0, 1] first. */
    static double encode(double l) {
        double c = Math.min(Math.max(l, 0), 1);
        return c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
    }
}
