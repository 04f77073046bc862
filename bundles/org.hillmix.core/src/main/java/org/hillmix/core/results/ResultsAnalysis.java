package org.hillmix.core.results;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import org.hillmix.core.data.ClassNames;
import org.hillmix.core.agreement.AnnotatorExclusion;
import org.hillmix.core.agreement.AnnotatorPairDivergence;
import org.hillmix.core.agreement.CategoricalRepeatConsistency;
import org.hillmix.core.agreement.ExclusionPolicy;
import org.hillmix.core.agreement.KrippendorffAlpha;
import org.hillmix.core.agreement.LambdaRepeatConsistency;
import org.hillmix.core.agreement.PairwiseDivergence;
import org.hillmix.core.agreement.RepeatConsistency;
import org.hillmix.core.data.ClassSet;
import org.hillmix.core.labels.AnnotatorLabel;
import org.hillmix.core.labels.CategoricalSoftLabeler;
import org.hillmix.core.labels.SoftLabelAggregator;
import org.hillmix.core.labels.SoftLabelScheme;
import org.hillmix.core.labels.SoftLabeling;
import org.hillmix.core.labels.SourcedJudgment;
import org.hillmix.core.metrics.Divergences;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.AnswerFlag;
import org.hillmix.core.protocol.AnswerValidator;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.ConstructMidpointAnswer;
import org.hillmix.core.protocol.FreeDistributionAnswer;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.protocol.MixingFactorAnswer;
import org.hillmix.core.protocol.Protocol;
import org.hillmix.core.protocol.SelectShuffledAnswer;

/**
 * Everything the result views show, from one list of judgments (merged journals).
 *
 * <p>Soft labels: categorical answers are turned into labels with {@code scheme} ({@link
 * SoftLabeling}); free-distribution answers give their renormalised weights. Repeat trials and
 * answers with validation errors are left out of the labels (the latter counted in {@code
 * unusable}). Agreement: Krippendorff's alpha is nominal, on the most probable class of
 * categorical answers ({@link KrippendorffAlpha#nominalTop1}); divergences are Jensen-Shannon in
 * bits ({@link Divergences#jensenShannon} / ln 2). Mixing factor: perceived lambda of image 1 is
 * {@code 1 - slider/100}, the true one attribute {@code mixtureCoeff}; answers without a true
 * lambda are left out of the perception.
 *
 * @param classes the class set
 * @param items one result per item with a label, sorted by disagreement (highest first, NaN last)
 * @param annotators one result per annotator, sorted by id
 * @param alpha nominal Krippendorff's alpha on top-1 categorical choices
 * @param perception perceived mixing factor per class pair, sorted by pair
 * @param pairs mean Jensen-Shannon divergence (nats, as {@link PairwiseDivergence}) of every pair of
 *     annotators over their shared items, sorted by the pair
 * @param judgments number of judgments analysed
 * @param unusable judgments left out of the labels because their answers have errors
 */
public record ResultsAnalysis(ClassSet classes, List<ItemResult> items, List<AnnotatorResult> annotators,
        KrippendorffAlpha.Result alpha, List<PairPerception> perception, List<AnnotatorPairDivergence> pairs,
        int judgments, int unusable) {

    private static final double LN2 = Math.log(2);

    /** Copies the lists. */
    public ResultsAnalysis {
        items = List.copyOf(items);
        annotators = List.copyOf(annotators);
        perception = List.copyOf(perception);
        pairs = List.copyOf(pairs);
    }

    /**
     * Analyses {@code judgments}.
     *
     * @param policy the exclusion policy, or {@code null} for none (nobody excluded)
     * @throws org.hillmix.core.progress.OperationCancelledException when {@code monitor} cancels
     */
    public static ResultsAnalysis of(List<Judgment> judgments, ClassSet classes, SoftLabelScheme scheme,
            ExclusionPolicy policy, ProgressMonitor monitor) {
        Objects.requireNonNull(classes, "classes");
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        pm.begin("Analysing " + judgments.size() + " judgments", 4);
        AnswerValidator validator = new AnswerValidator(classes);
        CategoricalSoftLabeler labeler = new CategoricalSoftLabeler(classes, scheme);
        List<AnnotatorLabel> labels = new ArrayList<>();
        int unusable = 0;
        for (Judgment j : judgments) {
            if (j.repeat()) {
                continue;
            }
            if (j.answer() instanceof CategoricalAnswer) {
                SourcedJudgment sj = SourcedJudgment.of(j, validator);
                if (!sj.isValid()) {
                    unusable++;
                    continue;
                }
                try {
                    labels.add(SoftLabeling.label(sj, labeler));
                } catch (IllegalArgumentException e) {
                    unusable++;
                }
            } else if (j.answer() instanceof FreeDistributionAnswer f) {
                if (!validator.validate(f).isValid()) {
                    unusable++;
                    continue;
                }
                labels.add(new AnnotatorLabel(j.item(), j.annotator(), f.normalised(), scheme,
                        validator.validate(f).flags(), List.of()));
            }
        }
        pm.worked(1);
        pm.checkCancelled();
        List<ItemResult> items = items(labels);
        pm.worked(1);
        pm.checkCancelled();
        List<AnnotatorResult> annotators = annotators(judgments, labels, labeler, policy);
        pm.worked(1);
        List<PairPerception> perception = perception(judgments);
        pm.worked(1);
        pm.done();
        return new ResultsAnalysis(classes, items, annotators, KrippendorffAlpha.nominalTop1(judgments), perception,
                PairwiseDivergence.compute(labels, null), judgments.size(), unusable);
    }

    private static List<ItemResult> items(List<AnnotatorLabel> labels) {
        Map<String, List<AnnotatorLabel>> byItem = new TreeMap<>();
        for (AnnotatorLabel l : labels) {
            byItem.computeIfAbsent(l.item(), k -> new ArrayList<>()).add(l);
        }
        List<ItemResult> out = new ArrayList<>();
        for (Map.Entry<String, List<AnnotatorLabel>> e : byItem.entrySet()) {
            List<AnnotatorLabel> ls = e.getValue();
            int k = ls.get(0).size();
            double[] mean = new double[k];
            TreeSet<String> flags = new TreeSet<>();
            TreeSet<String> people = new TreeSet<>();
            for (AnnotatorLabel l : ls) {
                for (int c = 0; c < k; c++) {
                    mean[c] += l.probability(c) / ls.size();
                }
                l.flags().stream().map(AnswerFlag::name).forEach(flags::add);
                people.add(l.annotator());
            }
            double sum = 0;
            int pairs = 0;
            for (int a = 0; a < ls.size(); a++) {
                for (int b = a + 1; b < ls.size(); b++) {
                    if (!ls.get(a).annotator().equals(ls.get(b).annotator())) {
                        sum += Divergences.jensenShannon(ls.get(a).label(), ls.get(b).label()) / LN2;
                        pairs++;
                    }
                }
            }
            out.add(new ItemResult(e.getKey(), mean, SoftLabelAggregator.entropy(mean) / LN2, people.size(), flags,
                    pairs == 0 ? Double.NaN : sum / pairs, ls));
        }
        out.sort((x, y) -> Double.compare(nanLow(y.disagreement()), nanLow(x.disagreement())));
        return out;
    }

    private static double nanLow(double v) {
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }

    private static List<AnnotatorResult> annotators(List<Judgment> judgments, List<AnnotatorLabel> labels,
            CategoricalSoftLabeler labeler, ExclusionPolicy policy) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Judgment j : judgments) {
            counts.merge(j.annotator(), 1, Integer::sum);
        }
        Map<String, CategoricalRepeatConsistency> categorical = new HashMap<>();
        for (CategoricalRepeatConsistency c : RepeatConsistency.categorical(judgments, labeler::label)) {
            categorical.put(c.annotator(), c);
        }
        Map<String, double[]> lambda = new HashMap<>(); // annotator -> {sum of pair-weighted MAE, pairs}
        for (Protocol p : List.of(Protocol.MIXING_FACTOR, Protocol.CONSTRUCT_MIDPOINT, Protocol.SELECT_SHUFFLED)) {
            for (LambdaRepeatConsistency c : RepeatConsistency.lambda(judgments, p)) {
                if (c.pairs() > 0) {
                    double[] acc = lambda.computeIfAbsent(c.annotator(), k -> new double[2]);
                    acc[0] += c.meanAbsoluteDifference() * c.pairs();
                    acc[1] += c.pairs();
                }
            }
        }
        // mean JS to other annotators' labels of the same items
        Map<String, List<AnnotatorLabel>> byItem = new LinkedHashMap<>();
        for (AnnotatorLabel l : labels) {
            byItem.computeIfAbsent(l.item(), k -> new ArrayList<>()).add(l);
        }
        Map<String, double[]> toOthers = new HashMap<>();
        for (List<AnnotatorLabel> ls : byItem.values()) {
            for (AnnotatorLabel a : ls) {
                for (AnnotatorLabel b : ls) {
                    if (!a.annotator().equals(b.annotator())) {
                        double[] acc = toOthers.computeIfAbsent(a.annotator(), k -> new double[2]);
                        acc[0] += Divergences.jensenShannon(a.label(), b.label()) / LN2;
                        acc[1]++;
                    }
                }
            }
        }
        Map<String, AnnotatorExclusion> exclusions = new HashMap<>();
        if (policy != null) {
            for (AnnotatorExclusion e : policy.apply(judgments, null)) {
                exclusions.put(e.annotator(), e);
            }
        }
        List<AnnotatorResult> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String a = e.getKey();
            CategoricalRepeatConsistency c = categorical.get(a);
            double[] l = lambda.get(a);
            double[] o = toOthers.get(a);
            AnnotatorExclusion ex = exclusions.get(a);
            int catPairs = c == null ? 0 : c.pairs();
            int lambdaPairs = l == null ? 0 : (int) l[1];
            out.add(new AnnotatorResult(a, e.getValue(), catPairs + lambdaPairs,
                    catPairs == 0 ? Double.NaN : c.sameTopRate(), lambdaPairs == 0 ? Double.NaN : l[0] / l[1],
                    o == null ? Double.NaN : o[0] / o[1], ex != null && ex.excluded(),
                    ex == null ? "" : String.join("; ", ex.reasons())));
        }
        return out;
    }

    private static List<PairPerception> perception(List<Judgment> judgments) {
        // pair -> true lambda -> perceived values; plus confidences and biases per pair
        Map<String, TreeMap<Double, List<Double>>> byPair = new TreeMap<>();
        Map<String, double[]> stats = new HashMap<>(); // {answers, bias sum, confidence sum}
        // pair -> protocol -> chosen lambdas of image 1 (construct and select-shuffled)
        Map<String, Map<Protocol, List<Double>>> chosen = new TreeMap<>();
        for (Judgment j : judgments) {
            if (j.repeat()) {
                continue;
            }
            if (j.answer() instanceof ConstructMidpointAnswer c) {
                chosen.computeIfAbsent(pairOf(j), k -> new EnumMap<>(Protocol.class))
                        .computeIfAbsent(Protocol.CONSTRUCT_MIDPOINT, k -> new ArrayList<>()).add(c.finalValue());
                continue;
            }
            if (j.answer() instanceof SelectShuffledAnswer sel) {
                chosen.computeIfAbsent(pairOf(j), k -> new EnumMap<>(Protocol.class))
                        .computeIfAbsent(Protocol.SELECT_SHUFFLED, k -> new ArrayList<>()).add(sel.selectedLambda());
                continue;
            }
            if (!(j.answer() instanceof MixingFactorAnswer m)) {
                continue;
            }
            String t = j.attributes().get(org.hillmix.core.agreement.MixingFactorSummary.TRUE_LAMBDA_ATTRIBUTE);
            double trueLambda;
            try {
                trueLambda = t == null ? Double.NaN : Double.parseDouble(t);
            } catch (NumberFormatException e) {
                trueLambda = Double.NaN;
            }
            if (Double.isNaN(trueLambda)) {
                continue;
            }
            String pair = pairOf(j);
            double perceived = m.perceivedLambda1();
            byPair.computeIfAbsent(pair, k -> new TreeMap<>()).computeIfAbsent(trueLambda, k -> new ArrayList<>())
                    .add(perceived);
            double[] s = stats.computeIfAbsent(pair, k -> new double[3]);
            s[0]++;
            s[1] += perceived - trueLambda;
            s[2] += m.confidence() / 100.0;
        }
        java.util.Set<String> allPairs = new java.util.TreeSet<>(byPair.keySet());
        allPairs.addAll(chosen.keySet());
        List<PairPerception> out = new ArrayList<>();
        for (String pair : allPairs) {
            List<PairPerception.Point> points = new ArrayList<>();
            for (Map.Entry<Double, List<Double>> p : byPair.getOrDefault(pair, new TreeMap<>()).entrySet()) {
                double[] mh = meanAndHalfWidth(p.getValue());
                points.add(new PairPerception.Point(p.getKey(), mh[0], mh[1], p.getValue().size()));
            }
            List<PairPerception.Midpoint> midpoints = new ArrayList<>();
            chosen.getOrDefault(pair, Map.of()).forEach((protocol, values) -> {
                double[] mh = meanAndHalfWidth(values);
                midpoints.add(new PairPerception.Midpoint(protocol, mh[0], mh[1], values.size()));
            });
            double[] s = stats.getOrDefault(pair, new double[3]);
            out.add(new PairPerception(pair, points, (int) s[0], s[0] == 0 ? Double.NaN : s[1] / s[0],
                    s[0] == 0 ? Double.NaN : s[2] / s[0], midpoints));
        }
        return out;
    }

    /** Mean and half width of the 95% normal interval {@code 1.96 s / sqrt(n)} ({@code NaN} for one value). */
    private static double[] meanAndHalfWidth(List<Double> v) {
        double mean = v.stream().mapToDouble(Double::doubleValue).sum() / v.size();
        double half = Double.NaN;
        if (v.size() > 1) {
            double ss = 0;
            for (double x : v) {
                ss += (x - mean) * (x - mean);
            }
            half = 1.96 * Math.sqrt(ss / (v.size() - 1)) / Math.sqrt(v.size());
        }
        return new double[] {mean, half};
    }

    /**
     * The class pair of a judgment, written {@code class1 / class2} wherever the workbench shows a pair:
     * attributes {@code class1}/{@code class2} (workbench stimuli) or {@code label1}/{@code label2} (H-Mix
     * mixing-factor import), else the H-Mix {@code class_pair} {@code Class1_id1_Class2_id2} (construct and
     * select-shuffled imports), else {@code "?"}.
     */
    static String pairOf(Judgment j) {
        Map<String, String> a = j.attributes();
        String c1 = a.getOrDefault("class1", a.get("label1"));
        String c2 = a.getOrDefault("class2", a.get("label2"));
        if (c1 != null && c2 != null) {
            return pairName(c1, c2);
        }
        String[] parts = a.getOrDefault("class_pair", "").split("_", -1);
        return parts.length == 4 && !parts[0].isEmpty() && !parts[2].isEmpty() ? pairName(parts[0], parts[2]) : "?";
    }

    /** How a class pair is written: {@link ClassNames#pair}, e.g. {@code cat / truck} for H-Mix's Cat and Truck. */
    public static String pairName(String class1, String class2) {
        return ClassNames.pair(class1, class2);
    }
}
