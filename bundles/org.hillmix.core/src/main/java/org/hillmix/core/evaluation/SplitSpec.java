package org.hillmix.core.evaluation;

/**
 * Fractions of a seeded, class-stratified split (see {@code StratifiedSplit}).
 *
 * @param train fraction for training, > 0
 * @param validation fraction for validation (temperature scaling is fitted on it), > 0
 * @param test fraction for testing, > 0; the three must sum to 1
 * @param seed shuffle seed
 */
public record SplitSpec(Double train, Double validation, Double test, Long seed) {

    /** Fills defaults 0.6 / 0.2 / 0.2, seed 0. */
    public SplitSpec {
        train = train == null ? 0.6 : train;
        validation = validation == null ? 0.2 : validation;
        test = test == null ? 0.2 : test;
        seed = seed == null ? 0L : seed;
    }

    /** The defaults. */
    public static SplitSpec defaults() {
        return new SplitSpec(null, null, null, null);
    }

    /** Checks the fractions. */
    public void validate(String path, ConfigErrors errors) {
        errors.range(train, 0, 1, path + ".train");
        errors.range(validation, 0, 1, path + ".validation");
        errors.range(test, 0, 1, path + ".test");
        errors.positive(train, path + ".train");
        errors.positive(validation, path + ".validation");
        errors.positive(test, path + ".test");
        double sum = train + validation + test;
        if (Math.abs(sum - 1) > 1e-6) {
            errors.add(path + ".train + validation + test must sum to 1, got " + sum);
        }
    }
}
