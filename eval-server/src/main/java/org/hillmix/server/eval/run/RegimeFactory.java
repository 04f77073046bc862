package org.hillmix.server.eval.run;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hillmix.core.evaluation.RegimeSpec;
import org.hillmix.server.eval.data.ControlTargets;
import org.hillmix.server.eval.data.JobData;
import org.hillmix.server.eval.simulation.FittedPerceptionMap;
import org.hillmix.server.train.MixedImageLabels;
import org.hillmix.server.train.Regime;

/**
 * Turns a job's {@link RegimeSpec} and its assembled {@link JobData} into the training engine's {@link Regime}.
 *
 * <p>Votes: training items without votes get their one-hot label. Human-mixup: the perception map is a
 * {@link FittedPerceptionMap} of the job's mixing-factor judgments (pair curves from
 * {@link FittedPerceptionMap#DEFAULT_MIN_PER_PAIR} judgments), and no judged mixed-image labels are used (a pair
 * mixed during training with a Beta-drawn lambda practically never is an image people judged). Controls: the
 * per-item targets of {@link ControlTargets}, trained on as fixed distributions (the engine's votes regime).
 */
final class RegimeFactory {

    private RegimeFactory() {
    }

    /** The regime for {@code spec}. */
    static Regime create(RegimeSpec spec, JobData data, FittedPerceptionMap perception) {
        return switch (spec) {
            case RegimeSpec.Hard h -> new Regime.Hard();
            case RegimeSpec.HumanSoft h -> new Regime.HumanSoft(data.trainAnnotatorLabels(), h.sampleAnnotator());
            case RegimeSpec.Votes v -> new Regime.Votes(votesOrOneHot(data));
            case RegimeSpec.LabelSmoothing l -> new Regime.LabelSmoothing(l.smoothing());
            case RegimeSpec.Mixup m -> new Regime.Mixup(m.alpha());
            case RegimeSpec.HumanMixup m -> new Regime.HumanMixup(m.alpha(), perception, MixedImageLabels.NONE);
            // a control is a fixed target distribution per item, which the votes regime trains on as given
            case RegimeSpec.Control c -> new Regime.Votes(controlTargets(c, data));
        };
    }

    /** The perception map for a human-mixup spec. */
    static FittedPerceptionMap perception(RegimeSpec.HumanMixup spec, JobData data) {
        return FittedPerceptionMap.fit(data.judgments(), FittedPerceptionMap.DEFAULT_MIN_PER_PAIR,
                spec.confidenceWeighted());
    }

    /** The regime's parameters as shown in reports. */
    static Map<String, Object> parameters(RegimeSpec spec) {
        Map<String, Object> p = new LinkedHashMap<>();
        switch (spec) {
            case RegimeSpec.HumanSoft h -> p.put("sampleAnnotator", h.sampleAnnotator());
            case RegimeSpec.LabelSmoothing l -> p.put("smoothing", l.smoothing());
            case RegimeSpec.Mixup m -> p.put("alpha", m.alpha());
            case RegimeSpec.RandomSoft r -> {
                p.put("from", r.from());
                p.put("seed", r.seed());
            }
            case RegimeSpec.Control c -> p.put("from", c.from());
            case RegimeSpec.HumanMixup m -> {
                p.put("alpha", m.alpha());
                p.put("confidenceWeighted", m.confidenceWeighted());
            }
            default -> {
            }
        }
        return p;
    }

    /** The per-item targets of a control regime ({@link ControlTargets}). */
    static double[][] controlTargets(RegimeSpec.Control spec, JobData data) {
        ControlTargets.Kind kind = switch (spec) {
            case RegimeSpec.ModeAligned m -> ControlTargets.Kind.MODE_ALIGNED;
            case RegimeSpec.EntropyMatched e -> ControlTargets.Kind.ENTROPY_MATCHED;
            case RegimeSpec.RandomSoft r -> ControlTargets.Kind.RANDOM_SOFT;
        };
        long seed = spec instanceof RegimeSpec.RandomSoft r ? r.seed() : 0;
        return ControlTargets.of(kind, ControlTargets.human(data, spec.fromVotes()), data.train().labels(),
                data.classes().size(), seed);
    }

    private static double[][] votesOrOneHot(JobData data) {
        int n = data.train().labels().length;
        int k = data.classes().size();
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] v = data.trainVotes() == null ? null : data.trainVotes()[i];
            if (v == null) {
                v = new double[k];
                v[data.train().labels()[i]] = 1;
            }
            out[i] = v;
        }
        return out;
    }
}
