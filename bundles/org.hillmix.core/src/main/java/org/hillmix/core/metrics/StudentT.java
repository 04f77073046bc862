package org.hillmix.core.metrics;

/**
 * The two-sided 95% quantile {@code t_{0.975, df}} of Student's t distribution, from a table for
 * {@code df = 1..30} (to 9 decimals; the NIST/SEMATECH e-Handbook of Statistical Methods, section
 * 1.3.6.7.2, tabulates them to 3) and the normal quantile 1.96 above 30. The normal value underestimates
 * the exact quantile slightly for {@code df > 30} (2.042 at 30, 2.021 at 40, 2.000 at 60), so
 * intervals over more than 31 seeds are at most about 4% too narrow.
 */
public final class StudentT {

    /** The normal quantile used for {@code df > 30}. */
    public static final double NORMAL_975 = 1.96;

    private static final double[] T975 = {
        12.706204736, 4.302652730, 3.182446305, 2.776445105, 2.570581836,
        2.446911851, 2.364624252, 2.306004135, 2.262157163, 2.228138852,
        2.200985160, 2.178812830, 2.160368656, 2.144786688, 2.131449546,
        2.119905299, 2.109815578, 2.100922040, 2.093024054, 2.085963447,
        2.079613845, 2.073873068, 2.068657610, 2.063898562, 2.059538553,
        2.055529439, 2.051830516, 2.048407142, 2.045229642, 2.042272456,
    };

    private StudentT() {
    }

    /**
     * {@code t_{0.975, df}}.
     *
     * @throws IllegalArgumentException when {@code df < 1}
     */
    public static double quantile975(int df) {
        if (df < 1) {
            throw new IllegalArgumentException("degrees of freedom must be >= 1, got " + df);
        }
        return df <= T975.length ? T975[df - 1] : NORMAL_975;
    }
}
