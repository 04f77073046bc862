package org.hillmix.core.evaluation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How items are split (docs/job-config.md): {@code holdout}, one seeded, class-stratified train/validation/test
 * split (see {@code StratifiedSplit}); or {@code kfold}, seeded, class-stratified cross-validation in which every
 * item is tested exactly once (see {@code StratifiedFolds}).
 *
 * @param kind {@code holdout} or {@code kfold}; absent (null) means holdout
 * @param train holdout: fraction for training, > 0 (default 0.6); kfold: must be absent
 * @param validation holdout: fraction for validation (temperature scaling is fitted on it), > 0 (default 0.2);
 *        kfold: must be absent
 * @param test holdout: fraction for testing, > 0 (default 0.2); the three must sum to 1; kfold: must be absent
 * @param folds kfold: the number of folds K, 2 to the size of the smallest class (default 5); holdout: absent
 * @param seed shuffle seed (default 0)
 */
@JsonPropertyOrder({"kind", "train", "validation", "test", "folds", "seed"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SplitSpec(String kind, Double train, Double validation, Double test, Integer folds, Long seed) {

    /** The default kind: one train/validation/test split. */
    public static final String HOLDOUT = "holdout";
    /** Stratified K-fold cross-validation. */
    public static final String KFOLD = "kfold";
    /** Accepted kinds. */
    public static final List<String> KINDS = List.of(HOLDOUT, KFOLD);

    /**
     * Fills defaults: holdout 0.6 / 0.2 / 0.2; kfold 5 folds; seed 0. An absent kind stays absent (it means
     * holdout), so jobs and reports written before kinds existed read back and write out unchanged.
     */
    public SplitSpec {
        if (kind == null || HOLDOUT.equals(kind)) {
            train = train == null ? 0.6 : train;
            validation = validation == null ? 0.2 : validation;
            test = test == null ? 0.2 : test;
        } else if (KFOLD.equals(kind)) {
            folds = folds == null ? 5 : folds;
        }
        seed = seed == null ? 0L : seed;
    }

    /** A holdout split with these fractions. */
    public SplitSpec(Double train, Double validation, Double test, Long seed) {
        this(null, train, validation, test, null, seed);
    }

    /** The defaults. */
    public static SplitSpec defaults() {
        return new SplitSpec(null, null, null, null, null, null);
    }

    /** Whether this is a K-fold cross-validation. */
    @JsonIgnore
    public boolean isKfold() {
        return KFOLD.equals(kind);
    }

    /** Checks the fractions or the fold count. */
    public void validate(String path, ConfigErrors errors) {
        if (kind != null) {
            errors.oneOf(kind, KINDS, path + ".kind");
        }
        if (isKfold()) {
            for (String f : new String[] {"train", "validation", "test"}) {
                Double v = "train".equals(f) ? train : "validation".equals(f) ? validation : test;
                if (v != null) {
                    errors.add(path + "." + f + " is for kind holdout; kfold tests each fold in turn, validates on the "
                            + "next and trains on the rest");
                }
            }
            if (folds < 2) {
                errors.add(path + ".folds must be >= 2, got " + folds);
            } else if (folds > 100) {
                errors.add(path + ".folds must be <= 100, got " + folds);
            }
            return;
        }
        if (kind != null && !HOLDOUT.equals(kind)) {
            return;
        }
        if (folds != null) {
            errors.add(path + ".folds is for kind kfold; set \"kind\": \"kfold\" or leave folds out");
        }
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
