package org.hillmix.ui.internal.project;

import java.util.Arrays;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.hillmix.core.project.BatchPlan;
import org.hillmix.core.project.BatchPlanner;
import org.hillmix.core.project.HillmixProject;
import org.hillmix.core.project.OpenProject;
import org.hillmix.core.project.StimulusItem;
import org.hillmix.core.project.StimulusSet;
import org.hillmix.core.protocol.Protocol;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.internal.views.WidgetIds;
import org.hillmix.ui.services.Services;

/**
 * HILLmix > Plan Batches: splits a stimulus set's items into annotators' batches with the core's
 * {@link BatchPlanner} (overlap k, batch size, repeats per batch, seed) and adds them to the
 * project. Problems (too few annotators, a series set for a single-image protocol) are shown in
 * the wizard and nothing is written.
 */
public final class PlanBatchesWizard extends FormWizard<PlanBatchesWizard.Page> {

    private final OpenProject project;

    /** A wizard planning batches of {@code project}. */
    public PlanBatchesWizard(OpenProject project) {
        super(Messages.Plan_title);
        this.project = project;
    }

    @Override
    Page createPage() {
        return new Page();
    }

    @Override
    public boolean performFinish() {
        return page.finish(() -> {
            HillmixProject p = project.descriptor();
            StimulusSet set = p.stimulusSets().get(page.set.getSelectionIndex());
            Protocol protocol = Protocol.values()[page.protocol.getSelectionIndex()];
            boolean series = "series".equals(set.layout());
            boolean needsSeries = protocol == Protocol.CONSTRUCT_MIDPOINT || protocol == Protocol.SELECT_SHUFFLED;
            if (series != needsSeries) {
                throw new IllegalArgumentException(NLS.bind(Messages.Plan_layoutMismatch, set.name(), protocol.id()));
            }
            List<String> items = StimulusItem.read(HillmixProject.stimulusFolder(project.folder(), set.name()), series)
                    .stream().map(StimulusItem::id).toList();
            List<String> annotators = Arrays.stream(page.annotators.getText().split(",")).map(String::trim)
                    .filter(s -> !s.isEmpty()).toList();
            List<String> gold = Arrays.stream(page.gold.getText().split(",")).map(String::trim)
                    .filter(s -> !s.isEmpty()).toList();
            for (String g : gold) {
                if (!items.contains(g)) {
                    throw new IllegalArgumentException(NLS.bind(Messages.Plan_unknownGold, g, set.name()));
                }
            }
            // gold items are stimuli of the same set that are not study items
            List<String> study = items.stream().filter(i -> !gold.contains(i)).toList();
            BatchPlan plan = new BatchPlan(page.name.getText().trim(), protocol, set.name(), Fields.integer(page.overlap),
                    Fields.integer(page.size), Fields.integer(page.repeats), gold,
                    gold.isEmpty() ? 0 : Fields.integer(page.goldEvery), Long.parseLong(page.seed.getText().trim()));
            Services.projects().update(p.withBatches(BatchPlanner.plan(study, annotators, plan)));
        });
    }

    /** The wizard's one page. */
    final class Page extends FormPage {

        Text name;
        Combo set;
        Combo protocol;
        Text annotators;
        Text overlap;
        Text size;
        Text repeats;
        Text gold;
        Text goldEvery;
        Text seed;

        Page() {
            super("plan", Messages.Plan_pageTitle, Messages.Plan_pageDescription);
        }

        @Override
        void createFields(Composite c) {
            name = Fields.text(c, Messages.Plan_name, WidgetIds.PLAN_NAME,
                    "plan-" + (project.descriptor().batches().size() + 1));
            set = Fields.combo(c, Messages.Plan_set, WidgetIds.PLAN_SET,
                    project.descriptor().stimulusSets().stream().map(StimulusSet::name).toArray(String[]::new), 0);
            protocol = Fields.combo(c, Messages.Plan_protocol, WidgetIds.PLAN_PROTOCOL,
                    Arrays.stream(Protocol.values()).map(Protocol::id).toArray(String[]::new), 0);
            annotators = Fields.text(c, Messages.Plan_annotators, WidgetIds.PLAN_ANNOTATORS,
                    String.join(", ", project.descriptor().annotators()));
            overlap = Fields.text(c, Messages.Plan_overlap, WidgetIds.PLAN_OVERLAP, "1");
            size = Fields.text(c, Messages.Plan_size, WidgetIds.PLAN_SIZE, "50");
            repeats = Fields.text(c, Messages.Plan_repeats, WidgetIds.PLAN_REPEATS, "0");
            gold = Fields.text(c, Messages.Plan_gold, WidgetIds.PLAN_GOLD, "");
            goldEvery = Fields.text(c, Messages.Plan_goldEvery, WidgetIds.PLAN_GOLD_EVERY, "10");
            seed = Fields.text(c, Messages.Plan_seed, WidgetIds.PLAN_SEED, "1");
            validateOn(SWT.Modify, name, annotators, overlap, size, repeats, gold, goldEvery, seed);
        }

        @Override
        String problem() {
            if (project.descriptor().stimulusSets().isEmpty()) {
                return Messages.Plan_noSets;
            } else if (annotators.getText().isBlank()) {
                return Messages.Plan_noAnnotators;
            } else if (Fields.integer(overlap) == null || Fields.integer(size) == null
                    || Fields.integer(repeats) == null || !seed.getText().trim().matches("-?\\d{1,18}")) {
                return Messages.Plan_badNumber;
            } else if (!gold.getText().isBlank() && (Fields.integer(goldEvery) == null || Fields.integer(goldEvery) < 2)) {
                return Messages.Plan_badGoldEvery;
            }
            return null;
        }
    }
}
