package org.hillmix.core.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What to measure.
 *
 * @param bins reliability / ECE bins, 2-100 (default 15)
 * @param bootstrap bootstrap resamples for 95% intervals over test items, 0 (none) or 10-100000 (default 1000)
 * @param fgsm measure accuracy and cross-entropy under FGSM at eps 4/255 and 8/255 (default true)
 * @param predictions store every run's test predictions in the report, so that its numbers can be recomputed
 *     (default false: they make a report large); left null when absent, so that older jobs write back unchanged
 */
public record MetricsSpec(Integer bins, Integer bootstrap, Boolean fgsm,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean predictions) {

    /** Fills defaults. */
    public MetricsSpec {
        bins = bins == null ? 15 : bins;
        bootstrap = bootstrap == null ? 1000 : bootstrap;
        fgsm = fgsm == null ? Boolean.TRUE : fgsm;
    }

    /** Without stored predictions. */
    public MetricsSpec(Integer bins, Integer bootstrap, Boolean fgsm) {
        this(bins, bootstrap, fgsm, null);
    }

    /** Whether the job asked for stored predictions ({@code predictions: true}). */
    public boolean storePredictions() {
        return Boolean.TRUE.equals(predictions);
    }

    /** The defaults. */
    public static MetricsSpec defaults() {
        return new MetricsSpec(null, null, null, null);
    }

    /** Checks the values. */
    public void validate(String path, ConfigErrors errors) {
        errors.range(bins, 2, 100, path + ".bins");
        if (bootstrap != 0) {
            errors.range(bootstrap, 10, 100_000, path + ".bootstrap");
        }
    }
}
