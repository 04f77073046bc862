package org.hillmix.core.labels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hillmix.core.progress.ProgressMonitor;

/**
 * Per-item aggregation of annotator soft labels, as in the CIFAR-10S paper: the mean label
 * {@code mean[c] = (1/n) * sum_a label_a[c]} over the item's {@code n} labels, and its Shannon
 * entropy {@code H = -sum_c mean[c] * ln(mean[c])} in nats (terms with {@code mean[c] = 0}
 * contribute 0; a one-hot label has entropy 0, the uniform label over {@code K} classes
 * {@code ln K}).
 */
public final class SoftLabelAggregator {

    private SoftLabelAggregator() {
    }

    /**
     * Aggregates {@code labels} per item; items appear in the order of their first label.
     *
     * @throws IllegalArgumentException when the labels do not all have the same number of classes
     * @throws org.hillmix.core.progress.OperationCancelledException when {@code monitor} is cancelled
     */
    public static List<AggregatedLabel> aggregate(List<AnnotatorLabel> labels, ProgressMonitor monitor) {
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        pm.begin("Aggregating soft labels per item", labels.size());
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        int k = labels.isEmpty() ? 0 : labels.get(0).size();
        int n = 0;
        for (AnnotatorLabel l : labels) {
            if ((n++ & 1023) == 0) {
                pm.checkCancelled();
            }
            if (l.size() != k) {
                throw new IllegalArgumentException("label of item " + l.item() + ", annotator " + l.annotator()
                        + " has " + l.size() + " classes; the first label has " + k);
            }
            double[] sum = sums.computeIfAbsent(l.item(), key -> new double[k]);
            for (int c = 0; c < k; c++) {
                sum[c] += l.probability(c);
            }
            counts.computeIfAbsent(l.item(), key -> new int[1])[0]++;
            pm.worked(1);
        }
        List<AggregatedLabel> out = new ArrayList<>(sums.size());
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            int count = counts.get(e.getKey())[0];
            double[] mean = e.getValue();
            for (int c = 0; c < k; c++) {
                mean[c] /= count;
            }
            out.add(new AggregatedLabel(e.getKey(), count, mean, entropy(mean)));
        }
        pm.done();
        return out;
    }

    /**
     * Shannon entropy in nats, {@code -sum p ln p}, with {@code 0 ln 0 = 0}.
     *
     * @throws IllegalArgumentException when a probability is negative or not a number
     */
    public static double entropy(double[] p) {
        double h = 0;
        for (int i = 0; i < p.length; i++) {
            double v = p[i];
            if (!(v >= 0)) {
                throw new IllegalArgumentException("probability " + i + " is " + v + "; entropy needs values >= 0");
            }
            if (v > 0) {
                h -= v * Math.log(v);
            }
        }
        return h;
    }
}
