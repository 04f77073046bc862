package org.hillmix.server.eval.measure;

import java.util.ArrayList;
import java.util.List;

import org.hillmix.core.metrics.HeadlineMetric;
import org.hillmix.core.metrics.ItemPredictions;
import org.hillmix.core.metrics.PairedBootstrap;
import org.hillmix.core.metrics.PairedDifference;
import org.hillmix.core.progress.ProgressMonitor;

/**
 * The paired comparisons of a job: every regime other than the reference against the reference, in every
 * {@link HeadlineMetric}, with {@link PairedBootstrap} over the test items of each seed (docs/metrics.md,
 * "Paired comparisons"). The draws are seeded with the job's split seed, so the same job gives the same
 * intervals, and every regime is compared on the same draws.
 */
public final class RegimeComparisons {

    /**
     * One comparison.
     *
     * @param regime the regime's display name
     * @param reference the reference regime's display name
     * @param difference regime minus reference, with its interval
     */
    public record Entry(String regime, String reference, PairedDifference difference) {
    }

    private RegimeComparisons() {
    }

    /**
     * Compares each regime with the reference.
     *
     * @param names display names of the regimes, in job order
     * @param predictions per regime (same order), the test predictions of each seed (same seed order)
     * @param reference index of the reference regime
     * @param resamples bootstrap resamples ({@code >= 1})
     * @param bins reliability bins of the calibration metrics
     * @param seed seed of the draws
     * @param monitor checked for cancellation between comparisons
     * @return one entry per regime other than the reference and headline metric
     */
    public static List<Entry> compare(List<String> names, List<List<ItemPredictions>> predictions, int reference, int bins,
            int resamples, long seed, ProgressMonitor monitor) {
        List<Entry> out = new ArrayList<>();
        List<HeadlineMetric> metrics = List.of(HeadlineMetric.values());
        for (int r = 0; r < names.size(); r++) {
            if (r == reference) {
                continue;
            }
            for (PairedDifference d : PairedBootstrap.compare(predictions.get(r), predictions.get(reference), metrics,
                    bins, resamples, 0.95, seed, monitor)) {
                out.add(new Entry(names.get(r), names.get(reference), d));
            }
        }
        return out;
    }
}
