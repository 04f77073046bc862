package org.hillmix.ui.internal.project;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
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
public final class GenerateStimuliWizard extends Wizard {

    private final OpenProject project;
    private Page page;
    private GenerateStimuliJob scheduled;

    /** A wizard generating into {@code project}. */
    public GenerateStimuliWizard(OpenProject project) {
        this.project = project;
        setWindowTitle(Messages.Generate_title);
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    /** The job scheduled by the last finish, or {@code null}. */
    public GenerateStimuliJob scheduledJob() {
        return scheduled;
    }

    @Override
    public boolean performFinish() {
        LambdaSampler lambdas;
        try {
            // a series always has the eleven midpoint steps; the lambda fields are off then
            lambdas = page.layout.getSelectionIndex() == 1 ? LambdaSampler.grid(0.5) : page.lambdas();
        } catch (IllegalArgumentException e) {
            page.setErrorMessage(e.getMessage());
            return false;
        }
        scheduled = new GenerateStimuliJob(project, page.name.getText().trim(), page.layout.getSelectionIndex() == 1,
                Fields.integer(page.pairs), lambdas, Long.parseLong(page.seed.getText().trim()));
        scheduled.schedule();
        return true;
    }

    /** The wizard's one page. */
    private final class Page extends WizardPage {

        Text name;
        Combo layout;
        Text pairs;
        Combo lambdaKind;
        Text lambdaValues;
        Text seed;

        Page() {
            super("generate");
            setTitle(Messages.Generate_pageTitle);
            setDescription(Messages.Generate_pageDescription);
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(3, false));
            name = Fields.text(c, Messages.Generate_name, WidgetIds.GENERATE_NAME,
                    "set-" + (project.descriptor().stimulusSets().size() + 1));
            layout = Fields.combo(c, Messages.Generate_layout, WidgetIds.GENERATE_LAYOUT,
                    new String[] {Messages.Generate_layoutFlat, Messages.Generate_layoutSeries}, 0);
            pairs = Fields.text(c, Messages.Generate_pairs, WidgetIds.GENERATE_PAIRS, "50");
            lambdaKind = Fields.combo(c, Messages.Generate_lambdaKind, WidgetIds.GENERATE_LAMBDA_KIND,
                    new String[] {Messages.Generate_lambdaGrid, Messages.Generate_lambdaBeta}, 0);
            lambdaValues = Fields.text(c, Messages.Generate_lambdaValues, WidgetIds.GENERATE_LAMBDAS, "0.1, 0.3, 0.5");
            seed = Fields.text(c, Messages.Generate_seed, WidgetIds.GENERATE_SEED, "1");
            for (Text t : List.of(name, pairs, lambdaValues, seed)) {
                t.addListener(SWT.Modify, e -> validate());
            }
            layout.addListener(SWT.Selection, e -> validate());
            lambdaKind.addListener(SWT.Selection, e -> validate());
            setControl(c);
            validate();
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

        private void validate() {
            String problem = null;
            Integer n = Fields.integer(pairs);
            if (name.getText().isBlank() || !name.getText().trim().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,79}")) {
                problem = Messages.Generate_badName;
            } else if (project.descriptor().stimulusSet(name.getText().trim()).isPresent()) {
                problem = Messages.Generate_nameTaken;
            } else if (n == null || n < 1) {
                problem = Messages.Generate_badPairs;
            } else if (!seed.getText().trim().matches("-?\\d{1,18}")) {
                problem = Messages.Generate_badSeed;
            } else if (layout.getSelectionIndex() == 0) {
                try {
                    lambdas();
                } catch (IllegalArgumentException e) {
                    problem = e.getMessage();
                }
            }
            lambdaValues.setEnabled(layout.getSelectionIndex() == 0);
            lambdaKind.setEnabled(layout.getSelectionIndex() == 0);
            setErrorMessage(problem);
            setPageComplete(problem == null);
        }
    }
}
