package org.hillmix.ui.internal.project;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.hillmix.core.project.Batch;
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
 * project. The set list says which sets are single images and which midpoint series; while the
 * fields change, the page plans with the same planner and shows the result ("18 batches for 2
 * annotators ...") or the problem (a series set for a single-image protocol, too few annotators,
 * an unknown gold item); nothing is written until Finish.
 */
public final class PlanBatchesWizard extends FormWizard<PlanBatchesWizard.Page> {

    private final OpenProject project;
    private final Map<String, List<String>> itemsBySet = new HashMap<>();

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
            List<Batch> batches = page.plan();
            StimulusSet set = page.chosenSet();
            Protocol protocol = page.chosenProtocol();
            Services.projects().update(project.descriptor().withBatches(batches));
            Services.projects().announce(NLS.bind(Messages.Plan_done, new Object[] {batches.size(),
                    annotators(batches), protocol.id(), set.name(), judgments(batches)}));
        });
    }

    private static long annotators(List<Batch> batches) {
        return batches.stream().map(Batch::annotator).distinct().count();
    }

    private static int judgments(List<Batch> batches) {
        return batches.stream().mapToInt(b -> b.items().size()).sum();
    }

    private static boolean isSeries(StimulusSet set) {
        return "series".equals(set.layout());
    }

    /** The ids of the items of {@code set}, read once from its manifest. */
    private List<String> items(StimulusSet set) throws IOException {
        List<String> items = itemsBySet.get(set.name());
        if (items == null) {
            items = StimulusItem.read(HillmixProject.stimulusFolder(project.folder(), set.name()), isSeries(set))
                    .stream().map(StimulusItem::id).toList();
            itemsBySet.put(set.name(), items);
        }
        return items;
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
        Label preview;

        Page() {
            super("plan", Messages.Plan_pageTitle, Messages.Plan_pageDescription);
        }

        @Override
        void createFields(Composite c) {
            name = Fields.text(c, Messages.Plan_name, WidgetIds.PLAN_NAME,
                    "plan-" + (project.descriptor().batches().size() + 1));
            set = Fields.combo(c, Messages.Plan_set, WidgetIds.PLAN_SET,
                    project.descriptor().stimulusSets().stream().map(this::setLabel).toArray(String[]::new), 0);
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
            preview = new Label(c, SWT.WRAP);
            preview.setData(WidgetIds.KEY, WidgetIds.PLAN_PREVIEW);
            GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
            data.widthHint = 560;
            preview.setLayoutData(data);
            validateOn(SWT.Modify, name, annotators, overlap, size, repeats, gold, goldEvery, seed);
            validateOn(SWT.Selection, set, protocol);
        }

        /** "mixes — single images, 6 items"; the count is left out when the manifest cannot be read. */
        private String setLabel(StimulusSet s) {
            String layout = isSeries(s) ? Messages.Generate_layoutSeriesShort : Messages.Generate_layoutFlatShort;
            try {
                return NLS.bind(Messages.Plan_setLabel, new Object[] {s.name(), layout, items(s).size()});
            } catch (IOException | RuntimeException e) {
                return s.name() + " \u2014 " + layout;
            }
        }

        StimulusSet chosenSet() {
            return project.descriptor().stimulusSets().get(set.getSelectionIndex());
        }

        Protocol chosenProtocol() {
            return Protocol.values()[protocol.getSelectionIndex()];
        }

        /**
         * The batches the fields describe, planned by the core planner.
         *
         * @throws IllegalArgumentException naming the problem (shown on the page)
         * @throws IOException when the set's manifest cannot be read
         */
        List<Batch> plan() throws IOException {
            if (project.descriptor().stimulusSets().isEmpty()) {
                throw new IllegalArgumentException(Messages.Plan_noSets);
            }
            StimulusSet s = chosenSet();
            Protocol p = chosenProtocol();
            boolean needsSeries = p == Protocol.CONSTRUCT_MIDPOINT || p == Protocol.SELECT_SHUFFLED;
            if (isSeries(s) != needsSeries) {
                throw new IllegalArgumentException(NLS.bind(Messages.Plan_layoutMismatch, s.name(), p.id()));
            }
            List<String> people = split(annotators);
            if (people.isEmpty()) {
                throw new IllegalArgumentException(Messages.Plan_noAnnotators);
            }
            if (Fields.integer(overlap) == null || Fields.integer(size) == null || Fields.integer(repeats) == null
                    || !seed.getText().trim().matches("-?\\d{1,18}")) {
                throw new IllegalArgumentException(Messages.Plan_badNumber);
            }
            List<String> goldItems = split(gold);
            if (!goldItems.isEmpty() && (Fields.integer(goldEvery) == null || Fields.integer(goldEvery) < 2)) {
                throw new IllegalArgumentException(Messages.Plan_badGoldEvery);
            }
            List<String> items = items(s);
            for (String g : goldItems) {
                if (!items.contains(g)) {
                    throw new IllegalArgumentException(NLS.bind(Messages.Plan_unknownGold, g, s.name()));
                }
            }
            // gold items are stimuli of the same set that are not study items
            List<String> study = new ArrayList<>(items);
            study.removeAll(goldItems);
            BatchPlan plan = new BatchPlan(name.getText().trim(), p, s.name(), Fields.integer(overlap),
                    Fields.integer(size), Fields.integer(repeats), goldItems,
                    goldItems.isEmpty() ? 0 : Fields.integer(goldEvery), Long.parseLong(seed.getText().trim()));
            return BatchPlanner.plan(study, people, plan);
        }

        private static List<String> split(Text t) {
            return Arrays.stream(t.getText().split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
        }

        @Override
        String problem() {
            try {
                List<Batch> batches = plan();
                // a name clash with existing batches is the descriptor's check: try it here too
                project.descriptor().withBatches(batches);
                preview.setText(NLS.bind(Messages.Plan_preview, new Object[] {batches.size(), annotators(batches),
                        judgments(batches), Fields.integer(overlap)}));
                return null;
            } catch (IOException | RuntimeException e) {
                preview.setText(NLS.bind(Messages.Plan_previewNone, e.getMessage()));
                return e.getMessage();
            } finally {
                preview.requestLayout();
            }
        }
    }
}
