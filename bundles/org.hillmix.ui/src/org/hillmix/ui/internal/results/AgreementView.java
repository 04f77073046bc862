package org.hillmix.ui.internal.results;

import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.hillmix.core.agreement.AnnotatorPairDivergence;
import org.hillmix.core.results.AnnotatorResult;
import org.hillmix.core.results.ResultsAnalysis;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.internal.views.WidgetIds;
import org.hillmix.ui.project.ProjectService;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Agreement: Krippendorff's alpha (nominal, on the most probable class of categorical answers) at
 * the top, then one row per annotator: judgments, repeat pairs, same-top-class rate and lambda MAE
 * of repeats, mean JS divergence to the others, and whether the exclusion policy excludes them.
 */
public final class AgreementView extends ResultsView {

    /** View id (plugin.xml). */
    public static final String ID = "org.hillmix.ui.views.agreement";

    private Label alpha;
    private SortableTable<AnnotatorResult> table;
    private SortableTable<AnnotatorPairDivergence> pairs;

    /** Created by the workbench with the project service. */
    @Inject
    public AgreementView(ProjectService projects) {
        super(projects);
    }

    /** Builds the view. */
    @PostConstruct
    public void createPartControl(Composite parent) {
        Composite c = createHeader(parent, WidgetIds.AGREEMENT_HEADER);
        alpha = new Label(c, SWT.NONE);
        alpha.setData(WidgetIds.KEY, WidgetIds.AGREEMENT_ALPHA);
        alpha.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        alpha.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new SortableTable<>(c, WidgetIds.AGREEMENT_TABLE, List.of(
                new SortableTable.Column<>(Messages.Results_annotator, 180, AnnotatorResult::annotator,
                        Comparator.comparing(AnnotatorResult::annotator)),
                new SortableTable.Column<>(Messages.Results_judgments, 90, r -> Integer.toString(r.judgments()),
                        Comparator.comparingInt(AnnotatorResult::judgments)),
                new SortableTable.Column<>(Messages.Results_repeatPairs, 90, r -> Integer.toString(r.repeatPairs()),
                        Comparator.comparingInt(AnnotatorResult::repeatPairs)),
                new SortableTable.Column<>(Messages.Results_sameTop, 110, r -> SortableTable.number(r.repeatSameTop(), 2),
                        SortableTable.byDouble(AnnotatorResult::repeatSameTop)),
                new SortableTable.Column<>(Messages.Results_lambdaMae, 110,
                        r -> SortableTable.number(r.repeatLambdaMae(), 3),
                        SortableTable.byDouble(AnnotatorResult::repeatLambdaMae)),
                new SortableTable.Column<>(Messages.Results_toOthers, 120,
                        r -> SortableTable.number(r.meanDivergenceToOthers(), 3),
                        SortableTable.byDouble(AnnotatorResult::meanDivergenceToOthers)),
                new SortableTable.Column<>(Messages.Results_excluded, 260,
                        r -> r.excluded() ? NLS.bind(Messages.Results_excludedBecause, r.exclusionReasons())
                                : Messages.Results_kept,
                        Comparator.comparing(AnnotatorResult::excluded))));
        pairs = new SortableTable<>(c, WidgetIds.AGREEMENT_PAIRS, List.of(
                new SortableTable.Column<>(Messages.Results_annotator, 180, AnnotatorPairDivergence::first,
                        Comparator.comparing(AnnotatorPairDivergence::first)),
                new SortableTable.Column<>(Messages.Results_otherAnnotator, 180, AnnotatorPairDivergence::second,
                        Comparator.comparing(AnnotatorPairDivergence::second)),
                new SortableTable.Column<>(Messages.Results_sharedItems, 110,
                        p -> Integer.toString(p.sharedItems()), Comparator.comparingInt(AnnotatorPairDivergence::sharedItems)),
                new SortableTable.Column<>(Messages.Results_pairJs, 160,
                        p -> SortableTable.number(p.meanJensenShannonBits(), 3),
                        SortableTable.byDouble(AnnotatorPairDivergence::meanJensenShannon))));
        followProject();
    }

    @Override
    protected void render(ResultsAnalysis result) {
        alpha.setText(NLS.bind(Messages.Results_alpha, SortableTable.number(result.alpha().alpha(), 3),
                result.alpha().pairableUnits()));
        table.setRows(result.annotators());
        pairs.setRows(result.pairs());
    }
}
