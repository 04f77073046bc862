package org.hillmix.ui.internal.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.hillmix.core.data.ClassSet;
import org.hillmix.core.labels.AnnotatorLabel;
import org.hillmix.core.results.ItemResult;
import org.hillmix.core.project.OpenProject;
import org.hillmix.core.results.ResultsAnalysis;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.internal.views.WidgetIds;
import org.hillmix.ui.project.ProjectService;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Label distribution: one row per item with its aggregated soft label (the three most probable
 * classes), entropy in bits, number of annotators, JS disagreement and answer flags, sorted by
 * disagreement (highest first); every column sorts on a header click. Selecting an item lists each
 * annotator's label of it below.
 */
public final class LabelDistributionView extends ResultsView {

    /** View id (plugin.xml). */
    public static final String ID = "org.hillmix.ui.views.labelDistribution";

    private SortableTable<ItemResult> items;
    private SortableTable<AnnotatorLabel> detail;
    private ClassSet classes = ClassSet.CIFAR10;
    private Thumbnails thumbnails = Thumbnails.none();

    /** Created by the workbench with the project service. */
    @Inject
    public LabelDistributionView(ProjectService projects) {
        super(projects);
    }

    /** Builds the tables. */
    @PostConstruct
    public void createPartControl(Composite parent) {
        Composite c = createHeader(parent, WidgetIds.LABELS_HEADER);
        SashForm sash = new SashForm(c, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite top = new Composite(sash, SWT.NONE);
        top.setLayout(new org.eclipse.swt.layout.GridLayout(1, false));
        items = new SortableTable<>(top, WidgetIds.LABELS_TABLE, List.of(
                new SortableTable.Column<>(Messages.Results_item, 220, ItemResult::item,
                        Comparator.comparing(ItemResult::item)),
                new SortableTable.Column<>(Messages.Results_softLabel, 260, r -> top3(r.mean()),
                        Comparator.comparingInt(ItemResult::top)),
                new SortableTable.Column<>(Messages.Results_entropy, 90, r -> SortableTable.number(r.entropyBits(), 3),
                        SortableTable.byDouble(ItemResult::entropyBits)),
                new SortableTable.Column<>(Messages.Results_annotators, 90, r -> Integer.toString(r.annotators()),
                        Comparator.comparingInt(ItemResult::annotators)),
                new SortableTable.Column<>(Messages.Results_disagreement, 110,
                        r -> SortableTable.number(r.disagreement(), 3), SortableTable.byDouble(ItemResult::disagreement)),
                new SortableTable.Column<>(Messages.Results_flags, 200, r -> String.join(", ", r.flags()),
                        Comparator.comparing(r -> String.join(",", r.flags())))));
        Composite bottom = new Composite(sash, SWT.NONE);
        bottom.setLayout(new org.eclipse.swt.layout.GridLayout(1, false));
        detail = new SortableTable<>(bottom, WidgetIds.LABELS_DETAIL, List.of(
                new SortableTable.Column<>(Messages.Results_annotator, 200, AnnotatorLabel::annotator,
                        Comparator.comparing(AnnotatorLabel::annotator)),
                new SortableTable.Column<>(Messages.Results_softLabel, 360, l -> top3(l.label()),
                        Comparator.comparing(l -> top3(l.label())))));
        sash.setWeights(3, 1);
        items.setImages(r -> thumbnails.get(r.item()));
        items.table().addListener(SWT.Dispose, e -> thumbnails.close());
        items.onSelect(r -> detail.setRows(r.labels()));
        followProject();
    }

    @Override
    protected void projectShown(OpenProject project) {
        thumbnails.close();
        thumbnails = project == null ? Thumbnails.none() : Thumbnails.of(items.table().getDisplay(), project);
    }

    @Override
    protected void render(ResultsAnalysis result) {
        classes = result.classes();
        items.setRows(new ArrayList<>(result.items()));
        items.sortBy(4, true);
        detail.setRows(List.of());
    }

    /** The three most probable classes with their probabilities, e.g. {@code cat 0.75, dog 0.25}. */
    String top3(double[] p) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(p[b], p[a]));
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < Math.min(3, order.size()) && p[order.get(k)] > 0; k++) {
            int c = order.get(k);
            s.append(k == 0 ? "" : ", ").append(c < classes.size() ? classes.name(c) : "#" + c).append(' ')
                    .append(SortableTable.number(p[c], 2));
        }
        return s.toString();
    }
}
