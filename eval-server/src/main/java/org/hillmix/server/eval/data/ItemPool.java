package org.hillmix.server.eval.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.evaluation.EvaluationReport.Citation;
import org.hillmix.server.eval.simulation.MixingJudgment;

/**
 * Every item of a job before the split: images, hard labels and the human labels attached to them by item id.
 * Mutable while the job's data are assembled; {@link JobData} takes the finished pool apart.
 */
final class ItemPool {

    final ClassSet classes;
    final int channels;
    final int height;
    final int width;
    final String[] ids;
    final float[][] images;
    final int[] labels;
    /** Known true class mixtures (synthetic data) or null. */
    final double[][] trueMixture;
    /** Per item, the per-annotator soft labels (possibly empty). */
    final List<List<double[]>> softLabels;
    /** Per item, the vote distribution or null. */
    final double[][] votes;
    final List<MixingJudgment> judgments = new ArrayList<>();
    final String description;
    final List<String> sources = new ArrayList<>();
    final Set<Citation> citations = new LinkedHashSet<>();
    final List<String> warnings = new ArrayList<>();
    final List<String> judgmentSources = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();

    ItemPool(ClassSet classes, int channels, int height, int width, String[] ids, float[][] images, int[] labels,
            double[][] trueMixture, String description) {
        if (ids.length != images.length || labels.length != images.length
                || (trueMixture != null && trueMixture.length != images.length)) {
            throw new IllegalArgumentException("item pool arrays differ in length: " + ids.length + " ids, "
                    + images.length + " images, " + labels.length + " labels");
        }
        this.classes = classes;
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.ids = ids;
        this.images = images;
        this.labels = labels;
        this.trueMixture = trueMixture;
        this.description = description;
        this.softLabels = new ArrayList<>(ids.length);
        this.votes = new double[ids.length][];
        int dim = channels * height * width;
        for (int i = 0; i < ids.length; i++) {
            if (index.put(ids[i], i) != null) {
                throw new IllegalArgumentException("item id '" + ids[i] + "' appears twice in the data set");
            }
            if (images[i].length != dim) {
                throw new IllegalArgumentException("item '" + ids[i] + "' has " + images[i].length + " values, expected "
                        + channels + "x" + height + "x" + width + " = " + dim + " (all images must have one shape)");
            }
            if (labels[i] < 0 || labels[i] >= classes.size()) {
                throw new IllegalArgumentException("item '" + ids[i] + "' has label " + labels[i] + " outside 0-"
                        + (classes.size() - 1));
            }
            softLabels.add(new ArrayList<>());
        }
    }

    int size() {
        return ids.length;
    }

    /** The position of item {@code id}, or -1. */
    int indexOf(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    boolean anySoftLabels() {
        return softLabels.stream().anyMatch(l -> !l.isEmpty());
    }

    boolean anyVotes() {
        for (double[] v : votes) {
            if (v != null) {
                return true;
            }
        }
        return false;
    }

    /** A pool of the items at {@code keep} (in that order) with their labels; judgments and notes carry over. */
    ItemPool subset(int[] keep) {
        return subset(keep, description);
    }

    /** As {@link #subset(int[])} with another description. */
    ItemPool subset(int[] keep, String newDescription) {
        String[] i2 = new String[keep.length];
        float[][] im = new float[keep.length][];
        int[] l2 = new int[keep.length];
        double[][] m2 = trueMixture == null ? null : new double[keep.length][];
        for (int k = 0; k < keep.length; k++) {
            i2[k] = ids[keep[k]];
            im[k] = images[keep[k]];
            l2[k] = labels[keep[k]];
            if (m2 != null) {
                m2[k] = trueMixture[keep[k]];
            }
        }
        ItemPool p = new ItemPool(classes, channels, height, width, i2, im, l2, m2, newDescription);
        for (int k = 0; k < keep.length; k++) {
            p.softLabels.get(k).addAll(softLabels.get(keep[k]));
            p.votes[k] = votes[keep[k]];
        }
        p.judgments.addAll(judgments);
        p.sources.addAll(sources);
        p.citations.addAll(citations);
        p.warnings.addAll(warnings);
        p.judgmentSources.addAll(judgmentSources);
        return p;
    }
}
