package org.hillmix.core.shift;

import java.util.SplittableRandom;

/**
 * Random variates from a {@link SplittableRandom}, by methods fixed here (the JDK's own
 * {@code nextGaussian} algorithm is not specified, so it could change between Java versions).
 */
final class Draws {

    private final SplittableRandom rnd;
    private double spare = Double.NaN;

    Draws(SplittableRandom rnd) {
        this.rnd = rnd;
    }

    /** Uniform in [0, 1). */
    double uniform() {
        return rnd.nextDouble();
    }

    /** Uniform in [a, b). */
    double uniform(double a, double b) {
        return a + (b - a) * rnd.nextDouble();
    }

    /**
     * A standard normal variate by the Box-Muller transform (Box and Muller 1958):
     * {@code sqrt(-2 ln u1) cos(2 pi u2)} and, on the next call, {@code sqrt(-2 ln u1) sin(2 pi u2)},
     * with {@code u1} in (0, 1].
     */
    double normal() {
        if (!Double.isNaN(spare)) {
            double s = spare;
            spare = Double.NaN;
            return s;
        }
        double u1 = 1.0 - rnd.nextDouble();
        double u2 = rnd.nextDouble();
        double r = Math.sqrt(-2 * Math.log(u1));
        spare = r * Math.sin(2 * Math.PI * u2);
        return r * Math.cos(2 * Math.PI * u2);
    }

    /**
     * A Poisson variate with mean {@code lambda} by inversion of its distribution function with one
     * uniform {@code u}: the least {@code k} with {@code F(k) >= u} (Devroye 1986, section X.3.2).
     * Inversion makes the value non-decreasing in {@code lambda} for the same {@code u}. Means
     * above 700 (where {@code exp(-lambda)} underflows) are split into a sum of smaller ones.
     */
    int poisson(double lambda) {
        if (!(lambda > 0)) {
            return 0;
        }
        if (lambda > 700) {
            int parts = (int) Math.ceil(lambda / 700);
            int sum = 0;
            for (int i = 0; i < parts; i++) {
                sum += poisson(lambda / parts);
            }
            return sum;
        }
        double u = rnd.nextDouble();
        double p = Math.exp(-lambda);
        double cdf = p;
        int k = 0;
        while (u > cdf) {
            k++;
            p *= lambda / k;
            cdf += p;
            if (p == 0 && k > lambda) {
                break; // the tail underflowed: u lies within rounding of 1
            }
        }
        return k;
    }
}
