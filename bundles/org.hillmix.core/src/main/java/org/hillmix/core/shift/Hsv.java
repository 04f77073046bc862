package org.hillmix.core.shift;

/**
 * RGB to HSV and back (Smith 1978, "Color gamut transform pairs"), all components in [0, 1]:
 * {@code V = max}, {@code S = (max - min) / max} (0 when {@code max = 0}), {@code H} the hue as
 * a fraction of the circle. These are the formulas of scikit-image's {@code rgb2hsv} /
 * {@code hsv2rgb}, which the published brightness and saturation corruptions use.
 */
final class Hsv {

    private Hsv() {
    }

    /** {@code {h, s, v}} of an RGB triple. */
    static double[] fromRgb(double r, double g, double b) {
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        double delta = max - min;
        double s = max == 0 ? 0 : delta / max;
        double h;
        if (delta == 0) {
            h = 0;
        } else if (max == r) {
            h = (g - b) / delta;
        } else if (max == g) {
            h = 2 + (b - r) / delta;
        } else {
            h = 4 + (r - g) / delta;
        }
        h = h / 6;
        h = h - Math.floor(h);
        return new double[] {h, s, max};
    }

    /** {@code {r, g, b}} of an HSV triple. */
    static double[] toRgb(double h, double s, double v) {
        double h6 = (h - Math.floor(h)) * 6;
        int sector = (int) Math.floor(h6) % 6;
        double f = h6 - Math.floor(h6);
        double p = v * (1 - s);
        double q = v * (1 - f * s);
        double t = v * (1 - (1 - f) * s);
        return switch (sector) {
            case 0 -> new double[] {v, t, p};
            case 1 -> new double[] {q, v, p};
            case 2 -> new double[] {p, v, t};
            case 3 -> new double[] {p, q, v};
            case 4 -> new double[] {t, p, v};
            default -> new double[] {v, p, q};
        };
    }
}
