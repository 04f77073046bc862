package org.hillmix.ui.internal.project;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.hillmix.core.mixup.LambdaSampler;
import org.hillmix.core.project.OpenProject;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.internal.views.WidgetIds;

/**
 * HILLmix > Generate Mixup Stimuli: pairs, lambdas (a grid such as {@code 0.1, 0.5, 0.9} or
 * Beta(alpha) draws per pair), seed and layout (single images, or 11-frame series for the
 * midpoint protocols). Finishing schedules a {@link GenerateStimuliJob}, which shows progress and
 * can be cancelled; the wizard closes at once.
 */
public final class GenerateStimuliWizard extends FormWizard<GenerateStimuliWizard.Page> {

    private final OpenProject project;
    private GenerateStimuliJob scheduled;

    /** A wizard generating into {@code project}. */
    public GenerateStimuliWizard(OpenProject project) {
        super(Messages.Generate_title);
        this.project = project;
    }

    @Override
    Page createPage() {
        return new Page();
    }

    /** The job scheduled by the last finish, or {@code null}. */
    public GenerateStimuliJob scheduledJob() {
        return scheduled;
    }

    @Override
    public boolean performFinish() {
        return page.finish(() -> {
            boolean series = page.layout.getSelectionIndex() == 1;
            // a series always has the eleven midpoint steps; the lambda fields are off then
            LambdaSampler lambdas = series ? LambdaSampler.grid(0.5) : page.lambdas();
            scheduled = new GenerateStimuliJob(project, page.name.getText().trim(), series, Fields.integer(page.pairs),
                    lambdas, Long.parseLong(page.seed.getText().trim()));
            scheduled.schedule();
        });
    }

    /** The wizard's one page. */
    final class Page extends FormPage {

        Text name;
        Combo layout;
        Text pairs;
        Combo lambdaKind;
        Text lambdaValues;
        Text seed;

        Page() {
            super("generate", Messages.Generate_pageTitle, Messages.Generate_pageDescription);
        }

        @Override
        void createFields(Composite c) {
            name = Fields.text(c, Messages.Generate_name, WidgetIds.GENERATE_NAME,
                    "set-" + (project.descriptor().stimulusSets().size() + 1));
            layout = Fields.combo(c, Messages.Generate_layout, WidgetIds.GENERATE_LAYOUT,
                    new String[] {Messages.Generate_layoutFlat, Messages.Generate_layoutSeries}, 0);
            pairs = Fields.text(c, Messages.Generate_pairs, WidgetIds.GENERATE_PAIRS, "50");
            lambdaKind = Fields.combo(c, Messages.Generate_lambdaKind, WidgetIds.GENERATE_LAMBDA_KIND,
                    new String[] {Messages.Generate_lambdaGrid, Messages.Generate_lambdaBeta}, 0);
            lambdaValues = Fields.text(c, Messages.Generate_lambdaValues, WidgetIds.GENERATE_LAMBDAS, "0.1, 0.3, 0.5");
            seed = Fields.text(c, Messages.Generate_seed, WidgetIds.GENERATE_SEED, "1");
            validateOn(SWT.Modify, name, pairs, lambdaValues, seed);
            validateOn(SWT.Selection, layout, lambdaKind);
        }

        /** The lambda sampler the fields describe. */
        LambdaSampler lambdas() {
            List<Double> values = new ArrayList<>();
            for (String part : lambdaValues.getText().split(",")) {
                if (!part.isBlank()) {
                    try {
                        values.add(Double.parseDouble(part.trim()));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(Messages.Generate_badLambda + " '" + part.trim() + "'");
                    }
                }
            }
            if (lambdaKind.getSelectionIndex() == 0) {
                return LambdaSampler.grid(values);
            }
            if (values.size() != 2 || values.get(1) != Math.rint(values.get(1))) {
                throw new IllegalArgumentException(Messages.Generate_badBeta);
            }
            return LambdaSampler.beta(values.get(0), values.get(1).intValue());
        }

        @Override
        void validate() {
            // a series always has the eleven midpoint steps: the lambda fields are off then
            lambdaValues.setEnabled(layout.getSelectionIndex() == 0);
            lambdaKind.setEnabled(layout.getSelectionIndex() == 0);
            super.validate();
        }

        @Override
        String problem() {
            Integer n = Fields.integer(pairs);
            if (name.getText().isBlank() || !name.getText().trim().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,79}")) {
                return Messages.Generate_badName;
            } else if (project.descriptor().stimulusSet(name.getText().trim()).isPresent()) {
                return Messages.Generate_nameTaken;
            } else if (n == null || n < 1) {
                return Messages.Generate_badPairs;
            } else if (!seed.getText().trim().matches("-?\\d{1,18}")) {
                return Messages.Generate_badSeed;
            } else if (layout.getSelectionIndex() == 0) {
                try {
                    lambdas();
                } catch (IllegalArgumentException e) {
                    return e.getMessage();
                }
            }
            return null;
        }
    }
}
