package org.hillmix.core.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hillmix.core.labels.AnnotatorLabel;
import org.hillmix.core.metrics.Divergences;
import org.hillmix.core.progress.ProgressMonitor;

/**
 * Pairwise Jensen-Shannon divergence between annotators.
 *
 * <p>For annotators {@code a} and {@code b} with shared items {@code S} (items both labelled):
 * {@code D(a, b) = (1/|S|) sum_{i in S} JS(l_a(i), l_b(i))}, where {@code l_a(i)} is {@code a}'s
 * label of item {@code i} (the mean of {@code a}'s labels of {@code i} when {@code a} labelled it
 * more than once, e.g. on repeat trials) and JS is {@link Divergences#jensenShannon} in nats.
 * Pairs without shared items are left out.
 */
public final class PairwiseDivergence {

    private PairwiseDivergence() {
    }

    /**
     * Every annotator pair with at least one shared item, sorted by first then second annotator.
     *
     * @throws IllegalArgumentException when the labels do not all have the same number of classes
     * @throws org.hillmix.core.progress.OperationCancelledException when {@code monitor} is cancelled
     */
    public static List<AnnotatorPairDivergence> compute(List<AnnotatorLabel> labels, ProgressMonitor monitor) {
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        // item -> annotator (sorted) -> summed label and count
        Map<String, TreeMap<String, double[]>> byItem = new HashMap<>();
        Map<String, Map<String, int[]>> counts = new HashMap<>();
        int k = labels.isEmpty() ? 0 : labels.get(0).size();
        for (AnnotatorLabel l : labels) {
            if (l.size() != k) {
                throw new IllegalArgumentException("label of item " + l.item() + ", annotator " + l.annotator()
                        + " has " + l.size() + " classes; the first label has " + k);
            }
            double[] sum = byItem.computeIfAbsent(l.item(), i -> new TreeMap<>())
                    .computeIfAbsent(l.annotator(), a -> new double[k]);
            for (int c = 0; c < k; c++) {
                sum[c] += l.probability(c);
            }
            counts.computeIfAbsent(l.item(), i -> new HashMap<>()).computeIfAbsent(l.annotator(), a -> new int[1])[0]++;
        }
        pm.begin("Pairwise Jensen-Shannon divergence", byItem.size());
        Map<String, Map<String, double[]>> acc = new TreeMap<>();
        int n = 0;
        for (Map.Entry<String, TreeMap<String, double[]>> item : byItem.entrySet()) {
            if ((n++ & 255) == 0) {
                pm.checkCancelled();
            }
            List<String> annotators = new ArrayList<>(item.getValue().keySet());
            List<double[]> means = new ArrayList<>();
            for (String a : annotators) {
                double[] mean = item.getValue().get(a).clone();
                int count = counts.get(item.getKey()).get(a)[0];
                for (int c = 0; c < k; c++) {
                    mean[c] /= count;
                }
                means.add(mean);
            }
            for (int x = 0; x < annotators.size(); x++) {
                for (int y = x + 1; y < annotators.size(); y++) {
                    double js = Divergences.jensenShannon(means.get(x), means.get(y));
                    double[] sumAndCount = acc.computeIfAbsent(annotators.get(x), a -> new TreeMap<>())
                            .computeIfAbsent(annotators.get(y), b -> new double[2]);
                    sumAndCount[0] += js;
                    sumAndCount[1]++;
                }
            }
            pm.worked(1);
        }
        List<AnnotatorPairDivergence> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, double[]>> a : acc.entrySet()) {
            for (Map.Entry<String, double[]> b : a.getValue().entrySet()) {
                double[] s = b.getValue();
                out.add(new AnnotatorPairDivergence(a.getKey(), b.getKey(), (int) s[1], s[0] / s[1]));
            }
        }
        pm.done();
        return out;
    }
}
