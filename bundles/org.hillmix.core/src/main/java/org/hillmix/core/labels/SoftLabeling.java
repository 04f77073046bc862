package org.hillmix.core.labels;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.CategoricalAnswer;

/**
 * Builds per-annotator soft labels for imported categorical judgments under one scheme, refusing
 * illegal answers with a message that says where they are.
 */
public final class SoftLabeling {

    private SoftLabeling() {
    }

    /**
     * One label per judgment, in input order.
     *
     * @throws IllegalArgumentException for the first judgment that is not categorical, has
     *     validation errors, or gives no label under {@code scheme}; the message names its source,
     *     item and annotator
     * @throws org.hillmix.core.progress.OperationCancelledException when {@code monitor} is cancelled
     */
    public static List<AnnotatorLabel> labelAll(List<SourcedJudgment> judgments, ClassSet classes,
            SoftLabelScheme scheme, ProgressMonitor monitor) {
        Objects.requireNonNull(judgments, "judgments");
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        pm.begin("Building " + scheme.id() + " soft labels", judgments.size());
        CategoricalSoftLabeler labeler = new CategoricalSoftLabeler(classes, scheme);
        List<AnnotatorLabel> labels = new ArrayList<>(judgments.size());
        int n = 0;
        for (SourcedJudgment sj : judgments) {
            if ((n++ & 1023) == 0) {
                pm.checkCancelled();
            }
            labels.add(label(sj, labeler));
            pm.worked(1);
        }
        pm.done();
        return labels;
    }

    /**
     * The label of one judgment.
     *
     * @throws IllegalArgumentException as {@link #labelAll}
     */
    public static AnnotatorLabel label(SourcedJudgment sj, CategoricalSoftLabeler labeler) {
        if (!(sj.judgment().answer() instanceof CategoricalAnswer answer)) {
            throw new IllegalArgumentException(sj.where() + ": a " + sj.judgment().protocol().id()
                    + " answer has no categorical soft label");
        }
        if (!sj.isValid()) {
            throw new IllegalArgumentException(sj.where() + ": illegal answer: " + String.join("; ", sj.errors())
                    + (sj.flags().isEmpty() ? "" : " (flags " + sj.flags() + ")"));
        }
        double[] label;
        try {
            label = labeler.label(answer);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(sj.where() + ": " + e.getMessage(), e);
        }
        return new AnnotatorLabel(sj.judgment().item(), sj.judgment().annotator(), label, labeler.scheme(),
                sj.flags(), sj.alterations());
    }
}
