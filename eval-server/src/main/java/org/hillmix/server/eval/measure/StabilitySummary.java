package org.hillmix.server.eval.measure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hillmix.core.evaluation.EvaluationReport.DifficultyGroup;
import org.hillmix.core.evaluation.EvaluationReport.Forgetting;
import org.hillmix.core.evaluation.EvaluationReport.SeedResult;
import org.hillmix.core.evaluation.EvaluationReport.Stability;
import org.hillmix.core.metrics.LossCurveSpread;

/**
 * A regime's training stability over its seeds (docs/metrics.md, "Training stability"): the across-seed spread of
 * the loss curves ({@link LossCurveSpread}), the means over seeds of the forgetting figures, and the means over
 * seeds of each difficulty tercile's metrics. Values that cannot be computed (one seed, one epoch, no human
 * labels) are null or empty.
 */
public final class StabilitySummary {

    private StabilitySummary() {
    }

    /**
     * The stability of the runs {@code seeds} of one regime.
     *
     * @param seeds the regime's runs, one per seed
     * @return their stability summary
     */
    public static Stability of(List<SeedResult> seeds) {
        List<double[]> curves = new ArrayList<>();
        for (SeedResult s : seeds) {
            if (s.epochTrainLoss() != null && s.epochTrainLoss().length > 0) {
                curves.add(s.epochTrainLoss());
            }
        }
        List<Double> lossSd = new ArrayList<>();
        Double meanSd = null;
        Double lastSd = null;
        if (!curves.isEmpty() && curves.stream().allMatch(StabilitySummary::finite)) {
            LossCurveSpread spread = LossCurveSpread.of(curves.toArray(double[][]::new));
            for (double v : spread.sd()) {
                lossSd.add(Double.isFinite(v) ? v : null);
            }
            meanSd = orNull(spread.meanSd());
            lastSd = orNull(spread.lastSd());
        }
        List<Forgetting> f = seeds.stream().map(SeedResult::forgetting).filter(x -> x != null).toList();
        return new Stability(lossSd, meanSd, lastSd, mean(f.stream().map(Forgetting::forgettingRate).toList()),
                mean(f.stream().map(Forgetting::flipRate).toList()),
                mean(f.stream().map(x -> (Double) x.unforgettableFraction()).toList()),
                mean(f.stream().map(x -> (Double) x.neverLearntFraction()).toList()), difficulty(seeds));
    }

    /** Per tercile, the mean over seeds of each metric (the groups are the same in every seed of a split). */
    private static List<DifficultyGroup> difficulty(List<SeedResult> seeds) {
        List<DifficultyGroup> first = seeds.isEmpty() || seeds.get(0).difficulty() == null ? List.of()
                : seeds.get(0).difficulty();
        List<DifficultyGroup> out = new ArrayList<>();
        for (int g = 0; g < first.size(); g++) {
            DifficultyGroup base = first.get(g);
            Map<String, Double> metrics = new LinkedHashMap<>();
            for (String key : base.metrics().keySet()) {
                List<Double> values = new ArrayList<>();
                for (SeedResult s : seeds) {
                    if (s.difficulty() != null && s.difficulty().size() > g) {
                        values.add(s.difficulty().get(g).metrics().get(key));
                    }
                }
                metrics.put(key, mean(values));
            }
            out.add(new DifficultyGroup(base.group(), base.items(), base.minEntropy(), base.maxEntropy(), metrics));
        }
        return out;
    }

    private static boolean finite(double[] curve) {
        for (double v : curve) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** The mean of the non-null values, or null when there are none. */
    private static Double mean(List<Double> values) {
        double sum = 0;
        int n = 0;
        for (Double v : values) {
            if (v != null && Double.isFinite(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }

    private static Double orNull(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
