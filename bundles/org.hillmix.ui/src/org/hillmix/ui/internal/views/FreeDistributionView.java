package org.hillmix.ui.internal.views;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.hillmix.core.data.ClassSet;
import org.hillmix.core.labels.Percentages;
import org.hillmix.core.protocol.AnswerValidation;
import org.hillmix.core.protocol.FreeDistributionAnswer;
import org.hillmix.core.protocol.Protocol;
import org.hillmix.core.session.AnnotationItem;
import org.hillmix.core.session.AnnotationSession;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.session.AnnotationSessionService;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The free-distribution elicitation view: one slider (0-100) per class of the task, each with its
 * share renormalised to whole percentages that add up to 100 ({@link Percentages}); the answer
 * is the raw slider weights ({@link FreeDistributionAnswer}), renormalised by whoever uses it.
 *
 * <p>Keys: Up/Down move between the class sliders, the digit keys 1-9 and 0 jump to classes 1-10,
 * Left/Right change the focused slider by {@value MixingFactorView#SMALL_STEP}, Page Up/Page Down
 * and Shift+arrow by {@value MixingFactorView#LARGE_STEP}, Enter submits. All sliders start at 0;
 * an all-zero answer is refused with the validator's explanation.
 */
public final class FreeDistributionView extends ElicitationView {

    /** View id (plugin.xml). */
    public static final String ID = "org.hillmix.ui.views.freeDistribution";

    private Composite controls;
    private ScrolledComposite scroller;
    private Composite sliderPanel;
    private final List<Scale> sliders = new ArrayList<>();
    private final List<Label> percents = new ArrayList<>();
    private ClassSet shownClasses;
    private Label status;
    private Button submit;

    /** Created by the workbench with the session service from the OSGi registry. */
    @Inject
    public FreeDistributionView(AnnotationSessionService sessions) {
        super(sessions);
    }

    /** Builds the view's controls; the sliders follow the class set of the session shown. */
    @PostConstruct
    public void createPartControl(Composite parent) {
        createStimulusColumn(parent, WidgetIds.FREE_PROGRESS, c -> new StimulusCanvas(c, WidgetIds.FREE_STIMULUS));
        controls = new Composite(root, SWT.NONE);
        GridData controlsData = new GridData(SWT.FILL, SWT.FILL, false, true);
        controlsData.widthHint = 400;
        controls.setLayoutData(controlsData);
        controls.setLayout(new GridLayout(1, false));
        ConstructMidpointView.wrapping(controls, null).setText(Messages.Free_question);
        scroller = new ScrolledComposite(controls, SWT.V_SCROLL);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        sliderPanel = new Composite(scroller, SWT.NONE);
        sliderPanel.setLayout(new GridLayout(3, false));
        scroller.setContent(sliderPanel);
        status = ConstructMidpointView.wrapping(controls, WidgetIds.FREE_STATUS);
        submit = new Button(controls, SWT.PUSH);
        submit.setText(Messages.Free_submit);
        submit.setData(WidgetIds.KEY, WidgetIds.FREE_SUBMIT);
        submit.addListener(SWT.Selection, e -> submit());
        ConstructMidpointView.wrapping(controls, null).setText(Messages.Free_keyboardHelp);

        installKeyFilter();
        showSession(sessions.current().orElse(null));
    }

    /** Rebuilds the sliders for {@code classes} (one row per class). */
    private void buildSliders(ClassSet classes) {
        if (classes.equals(shownClasses)) {
            return;
        }
        for (Control c : sliderPanel.getChildren()) {
            c.dispose();
        }
        sliders.clear();
        percents.clear();
        for (int k = 0; k < classes.size(); k++) {
            Label name = new Label(sliderPanel, SWT.NONE);
            name.setText(NLS.bind(Messages.Free_classLabel, k < 10 ? Integer.toString((k + 1) % 10) : " ",
                    classes.name(k)));
            Scale s = new Scale(sliderPanel, SWT.HORIZONTAL);
            s.setData(WidgetIds.KEY, WidgetIds.FREE_SLIDER_PREFIX + k);
            s.setMinimum(0);
            s.setMaximum(100);
            s.setIncrement(MixingFactorView.SMALL_STEP);
            s.setPageIncrement(MixingFactorView.LARGE_STEP);
            s.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            s.addListener(SWT.Selection, e -> refresh());
            Label percent = new Label(sliderPanel, SWT.RIGHT);
            percent.setData(WidgetIds.KEY, WidgetIds.FREE_PERCENT_PREFIX + k);
            percent.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
            GridData pd = new GridData(SWT.RIGHT, SWT.CENTER, false, false);
            pd.widthHint = 48;
            percent.setLayoutData(pd);
            sliders.add(s);
            percents.add(percent);
        }
        shownClasses = classes;
        scroller.setMinSize(sliderPanel.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    /** Gives the keyboard focus to the first class slider. */
    @Focus
    public void setFocus() {
        if (!sliders.isEmpty() && !sliders.get(0).isDisposed()) {
            sliders.get(0).setFocus();
        }
    }

    @Override
    protected void showSession(AnnotationSession newSession) {
        showSessionOf(newSession, Protocol.FREE_DISTRIBUTION, Messages.Free_wrongProtocol);
    }

    @Override
    protected void showItem() {
        AnnotationItem item = showHeader();
        if (session != null) {
            buildSliders(session.task().classes());
        }
        for (Scale s : sliders) {
            s.setSelection(0);
        }
        String imageProblem = null;
        try {
            stimulus.show(item == null ? null : item.image());
        } catch (IOException | RuntimeException e) {
            imageProblem = NLS.bind(Messages.Categorical_imageMissing, item.image(), e.getMessage());
        }
        boolean enabled = item != null && imageProblem == null;
        for (Scale s : sliders) {
            s.setEnabled(enabled);
        }
        refresh();
        if (imageProblem != null) {
            status.setText(imageProblem);
        }
        root.layout(true, true);
        if (enabled) {
            stimulus.control().update();
            markShown();
            prefetchNext();
            setFocus();
        }
    }

    private double[] weights() {
        double[] w = new double[sliders.size()];
        for (int k = 0; k < w.length; k++) {
            w[k] = sliders.get(k).getSelection();
        }
        return w;
    }

    private FreeDistributionAnswer answer() {
        List<Double> w = new ArrayList<>();
        for (double x : weights()) {
            w.add(x);
        }
        return new FreeDistributionAnswer(w);
    }

    /** Updates the percentages, the status line and the submit button. */
    private void refresh() {
        int[] pct = Percentages.of(weights());
        for (int k = 0; k < percents.size(); k++) {
            percents.get(k).setText(NLS.bind(Messages.Free_percent, pct[k]));
        }
        boolean valid = false;
        if (isActive()) {
            AnswerValidation validation = session.validate(answer());
            valid = validation.isValid();
            // The all-zero refusal is shown once the annotator tries to submit; before that the
            // empty start is not an error.
            status.setText(String.join("\n", validation.flags().stream()
                    .map(f -> NLS.bind(Messages.Categorical_flagWarning, f.description())).toList()));
        } else {
            status.setText("");
        }
        submit.setEnabled(valid);
        controls.layout(true, true);
    }

    private void submit() {
        if (!isActive()) {
            return;
        }
        FreeDistributionAnswer answer = answer();
        AnswerValidation validation = session.validate(answer);
        if (!validation.isValid()) {
            status.setText(String.join("\n", validation.errors()));
            controls.layout(true, true);
            display.beep();
            return;
        }
        record(answer, status);
    }

    @Override
    protected void onKeyDown(Event e) {
        if (!(e.widget instanceof Control control) || control.isDisposed() || !isInside(control)) {
            return;
        }
        if (!isActive() || sliders.isEmpty()) {
            return;
        }
        if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
            e.doit = false;
            submit();
            return;
        }
        int focused = sliders.indexOf(control);
        int jump = digitClass(e.character, sliders.size());
        if (jump >= 0) {
            e.doit = false;
            sliders.get(jump).setFocus();
            return;
        }
        if (focused < 0) {
            return;
        }
        if (e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN) {
            e.doit = false;
            int next = focused + (e.keyCode == SWT.ARROW_DOWN ? 1 : -1);
            if (next >= 0 && next < sliders.size()) {
                sliders.get(next).setFocus();
                scroller.showControl(sliders.get(next));
            }
            return;
        }
        int delta = e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN ? 0
                : MixingFactorView.step(e.keyCode, e.stateMask);
        if (delta != 0) {
            e.doit = false;
            Scale s = sliders.get(focused);
            s.setSelection(Math.max(0, Math.min(100, s.getSelection() + delta)));
            refresh();
        }
    }

    /**
     * The class a digit key jumps to: 1-9 classes 0-8, 0 class 9 (as on the keyboard row);
     * {@code -1} for other keys or a class the task does not have.
     */
    public static int digitClass(char character, int classes) {
        if (character < '0' || character > '9') {
            return -1;
        }
        int k = character == '0' ? 9 : character - '1';
        return k < classes ? k : -1;
    }
}
