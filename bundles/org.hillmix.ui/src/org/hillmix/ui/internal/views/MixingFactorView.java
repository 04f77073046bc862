package org.hillmix.ui.internal.views;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.hillmix.core.data.ClassNames;
import org.hillmix.core.mixup.StimulusName;
import org.hillmix.core.protocol.Answer;
import org.hillmix.core.protocol.AnswerFlag;
import org.hillmix.core.protocol.AnswerValidation;
import org.hillmix.core.protocol.MixingFactorAnswer;
import org.hillmix.core.protocol.Protocol;
import org.hillmix.core.session.AnnotationItem;
import org.hillmix.core.session.AnnotationSession;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.preferences.PreferenceConstants;
import org.hillmix.ui.session.AnnotationSessionService;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The H-Mix "perceived mixing factor with confidence" elicitation view: the current mixed image,
 * large and pixel-exact, a slider from "100% class 1" (0) to "100% class 2" (100) and a confidence
 * slider (0-100), each with its value shown as a number ({@link MixingFactorAnswer}).
 *
 * <p>Keyboard: the arrow keys move the focused slider by {@value #SMALL_STEP}, Page Up/Page Down
 * and Shift+arrow by {@value #LARGE_STEP}, Tab moves between the sliders and Enter submits. The
 * view handles these keys itself rather than leaving them to the native scale, so the steps are
 * the same on every platform and theme.
 *
 * <p>With preference {@link PreferenceConstants#MIXING_MUST_MOVE} on, an answer is refused (with
 * the reason shown in the status line) until both sliders were moved, because otherwise the
 * starting position could be recorded by accident. The class names at the slider ends come from
 * the item's attributes {@value #CLASS1_ATTRIBUTE}/{@value #CLASS2_ATTRIBUTE}, else from the H-Mix
 * file name ({@link StimulusName}): the H-Mix protocol names the pair's two classes at the slider
 * ends (and only there; the item itself is labelled by its position). The focused slider has a
 * coloured frame ({@link FocusFrame}). Like the categorical view, the item is marked shown once
 * painted (reaction time) and complete answers go to the session, which validates and records them.
 */
public final class MixingFactorView extends ElicitationView {

    /** View id (plugin.xml). */
    public static final String ID = "org.hillmix.ui.views.mixingFactor";
    /** Item attribute naming class 1 (the slider's 0 end); overrides the file name. */
    public static final String CLASS1_ATTRIBUTE = "class1";
    /** Item attribute naming class 2 (the slider's 100 end); overrides the file name. */
    public static final String CLASS2_ATTRIBUTE = "class2";
    /** Step of an arrow key. */
    public static final int SMALL_STEP = 1;
    /** Step of Page Up/Page Down and Shift+arrow. */
    public static final int LARGE_STEP = 10;
    /** Where both sliders start for each item (the middle of the scale). */
    public static final int START_VALUE = 50;


    private Composite controls;
    private Label class1Label;
    private Label class2Label;
    private Scale slider;
    private Label sliderValue;
    private Scale confidence;
    private Label confidenceValue;
    private Label status;
    private Button submit;

    private boolean sliderMoved;
    private boolean confidenceMoved;
    private boolean refusedOnce;

    /** Created by the workbench with the session service from the OSGi registry. */
    @Inject
    public MixingFactorView(AnnotationSessionService sessions) {
        super(sessions);
    }

    /** Builds the view's controls. */
    @PostConstruct
    public void createPartControl(Composite parent) {
        createStimulusColumn(parent, WidgetIds.MIXING_PROGRESS, c -> new StimulusCanvas(c, WidgetIds.MIXING_STIMULUS));

        controls = new Composite(root, SWT.NONE);
        GridData controlsData = new GridData(SWT.FILL, SWT.TOP, false, true);
        controlsData.widthHint = 380;
        controls.setLayoutData(controlsData);
        controls.setLayout(new GridLayout(1, false));

        Group mix = group(controls, Messages.Mixing_sliderQuestion);
        class1Label = new Label(mix, SWT.NONE);
        class1Label.setData(WidgetIds.KEY, WidgetIds.MIXING_CLASS1);
        class1Label.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, true, false));
        sliderValue = valueLabel(mix, WidgetIds.MIXING_SLIDER_VALUE);
        class2Label = new Label(mix, SWT.RIGHT);
        class2Label.setData(WidgetIds.KEY, WidgetIds.MIXING_CLASS2);
        class2Label.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, true, false));
        slider = scale(mix, WidgetIds.MIXING_SLIDER, () -> sliderMoved = true);

        Group conf = group(controls, Messages.Mixing_confidenceQuestion);
        new Label(conf, SWT.NONE).setText(Messages.Mixing_confidenceLow);
        confidenceValue = valueLabel(conf, WidgetIds.MIXING_CONFIDENCE_VALUE);
        Label high = new Label(conf, SWT.RIGHT);
        high.setText(Messages.Mixing_confidenceHigh);
        high.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, true, false));
        confidence = scale(conf, WidgetIds.MIXING_CONFIDENCE, () -> confidenceMoved = true);

        status = new Label(controls, SWT.WRAP);
        status.setData(WidgetIds.KEY, WidgetIds.MIXING_STATUS);
        GridData statusData = new GridData(SWT.FILL, SWT.TOP, true, false);
        statusData.widthHint = 340;
        statusData.heightHint = 4 * status.getFont().getFontData()[0].getHeight() * 2;
        status.setLayoutData(statusData);

        submit = new Button(controls, SWT.PUSH);
        submit.setText(Messages.Mixing_submit);
        submit.setData(WidgetIds.KEY, WidgetIds.MIXING_SUBMIT);
        submit.addListener(SWT.Selection, e -> submit());

        Label help = new Label(controls, SWT.WRAP);
        GridData helpData = new GridData(SWT.FILL, SWT.TOP, true, false);
        helpData.widthHint = 340;
        help.setLayoutData(helpData);
        help.setText(Messages.Mixing_keyboardHelp);
        controls.setTabList(new Control[] {mix, conf, submit});

        installKeyFilter();
        showSession(sessions.current().orElse(null));
    }

    private static Group group(Composite parent, String title) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(title);
        g.setLayout(new GridLayout(3, false));
        g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return g;
    }

    private static Label valueLabel(Composite parent, String id) {
        Label l = new Label(parent, SWT.CENTER);
        l.setData(WidgetIds.KEY, id);
        l.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        GridData data = new GridData(SWT.CENTER, SWT.CENTER, true, false);
        data.widthHint = 40;
        l.setLayoutData(data);
        return l;
    }

    private Scale scale(Composite parent, String id, Runnable markMoved) {
        Composite frame = FocusFrame.create(parent, new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        Scale s = new Scale(frame, SWT.HORIZONTAL);
        FocusFrame.follow(s);
        s.setData(WidgetIds.KEY, id);
        s.setMinimum(0);
        s.setMaximum(100);
        s.setIncrement(SMALL_STEP);
        s.setPageIncrement(LARGE_STEP);
        s.setSelection(START_VALUE);
        // Mouse drags and clicks reach us as Selection events; keys are handled in onKeyDown.
        s.addListener(SWT.Selection, e -> {
            markMoved.run();
            refresh();
        });
        return s;
    }

    /** Gives the keyboard focus to the mixing slider (or to the session page on screen). */
    @Focus
    public void setFocus() {
        if (focusSessionPage()) {
            return;
        }
        if (slider != null && !slider.isDisposed()) {
            slider.setFocus();
        }
    }

    @Override
    protected void showSession(AnnotationSession newSession) {
        showSessionOf(newSession, Protocol.MIXING_FACTOR, Messages.Mixing_wrongProtocol);
    }

    @Override
    protected void showItem() {
        sliderMoved = false;
        confidenceMoved = false;
        refusedOnce = false;
        slider.setSelection(START_VALUE);
        confidence.setSelection(START_VALUE);
        AnnotationItem item = showHeader();
        boolean active = item != null;
        String[] names = classNames(item);
        class1Label.setText(NLS.bind(Messages.Mixing_classEnd, names[0]));
        class2Label.setText(NLS.bind(Messages.Mixing_classEnd, names[1]));
        String imageProblem = null;
        try {
            stimulus.show(item == null ? null : item.image());
        } catch (IOException | RuntimeException e) {
            imageProblem = imageProblem(e);
        }
        boolean enabled = active && imageProblem == null;
        slider.setEnabled(enabled);
        confidence.setEnabled(enabled);
        refresh();
        if (imageProblem != null) {
            status.setText(imageProblem);
        }
        // Relayout only what the new item's texts can resize, not the whole view.
        root.layout(new Control[] {progress, itemCaption, class1Label, class2Label});
        if (enabled) {
            // Paint now so that the reaction time counts from the moment the image is on screen.
            stimulus.control().update();
            markShown();
            prefetchNext();
            setFocus();
        }
    }

    /**
     * The two class names of {@code item}: its attributes {@value #CLASS1_ATTRIBUTE} and {@value
     * #CLASS2_ATTRIBUTE} if present, else the classes in its H-Mix file name, else neutral names.
     */
    public static String[] classNames(AnnotationItem item) {
        String[] names = {Messages.Mixing_classFallback1, Messages.Mixing_classFallback2};
        if (item == null) {
            return names;
        }
        String a1 = item.attributes().get(CLASS1_ATTRIBUTE);
        String a2 = item.attributes().get(CLASS2_ATTRIBUTE);
        // written as everywhere else (ClassNames): H-Mix file names capitalise, the data set's names may not
        if (a1 != null && !a1.isBlank() && a2 != null && !a2.isBlank()) {
            return new String[] {ClassNames.display(a1), ClassNames.display(a2)};
        }
        try {
            StimulusName name = StimulusName.parse(item.image().getFileName().toString());
            return new String[] {ClassNames.display(name.class1()), ClassNames.display(name.class2())};
        } catch (IllegalArgumentException e) {
            return names; // not an H-Mix file name: the ends keep neutral labels
        }
    }

    @Override
    protected void restoreAnswer(Answer answer) {
        if (answer instanceof MixingFactorAnswer a) {
            slider.setSelection((int) Math.round(a.slider()));
            confidence.setSelection((int) Math.round(a.confidence()));
            // They were moved to give this answer; the must-move rule is met.
            sliderMoved = true;
            confidenceMoved = true;
            refresh();
        }
    }

    private MixingFactorAnswer answer() {
        return new MixingFactorAnswer(slider.getSelection(), confidence.getSelection());
    }

    private boolean mustMove() {
        return PreferenceConstants.getBoolean(PreferenceConstants.MIXING_MUST_MOVE,
                PreferenceConstants.DEFAULT_MIXING_MUST_MOVE);
    }

    /** What keeps the answer from being submitted under the must-move rule; empty when nothing. */
    private List<String> notMoved() {
        List<String> lines = new ArrayList<>();
        if (mustMove()) {
            if (!sliderMoved) {
                lines.add(Messages.Mixing_mustMoveSlider);
            }
            if (!confidenceMoved) {
                lines.add(Messages.Mixing_mustMoveConfidence);
            }
        }
        return lines;
    }

    /** Updates the numbers, the status line and the submit button. */
    private void refresh() {
        sliderValue.setText(Integer.toString(slider.getSelection()));
        confidenceValue.setText(Integer.toString(confidence.getSelection()));
        boolean active = session != null && !session.isFinished();
        List<String> lines = new ArrayList<>();
        boolean valid = false;
        if (active) {
            AnswerValidation validation = session.validate(answer());
            valid = validation.isValid();
            lines.addAll(validation.errors());
            for (AnswerFlag flag : validation.flags()) {
                lines.add(NLS.bind(Messages.Categorical_flagWarning, flag.description()));
            }
            // The must-move explanation appears once the annotator tried to submit too early, so
            // that the first look at the item is not cluttered.
            if (refusedOnce) {
                lines.addAll(notMoved());
            }
        }
        String text = String.join("\n", lines);
        if (!text.equals(status.getText())) {
            status.setText(text);
            // Only the status line can change size here; a full relayout on every key would cost
            // milliseconds per item (see docs/workbench-benchmark.md).
            controls.layout(new Control[] {status});
        }
        submit.setEnabled(active && valid);
    }

    private void submit() {
        if (session == null || session.isFinished()) {
            return;
        }
        MixingFactorAnswer answer = answer();
        if (!notMoved().isEmpty() || !session.validate(answer).isValid()) {
            refusedOnce = true;
            refresh();
            display.beep();
            return;
        }
        try {
            session.record(answer);
        } catch (IOException | RuntimeException e) {
            status.setText(NLS.bind(Messages.Categorical_recordFailed, e.getMessage()));
            controls.layout(true, true);
            return;
        }
        showItem();
    }

    @Override
    protected void onKeyDown(Event e) {
        if (!(e.widget instanceof Control control) || control.isDisposed() || !isInside(control)) {
            return;
        }
        if (session == null || session.isFinished()) {
            return;
        }
        if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
            e.doit = false;
            submit();
            return;
        }
        if (!(control == slider || control == confidence)) {
            return;
        }
        int delta = step(e.keyCode, e.stateMask);
        if (delta == 0) {
            return;
        }
        e.doit = false;
        Scale s = (Scale) control;
        s.setSelection(Math.max(s.getMinimum(), Math.min(s.getMaximum(), s.getSelection() + delta)));
        if (s == slider) {
            sliderMoved = true;
        } else {
            confidenceMoved = true;
        }
        refresh();
    }

    /**
     * The change a key makes to a slider: {@value #SMALL_STEP} for the arrows (right and up
     * increase), {@value #LARGE_STEP} for Page Up/Page Down and Shift+arrow, 0 for other keys.
     */
    public static int step(int keyCode, int stateMask) {
        int size = (stateMask & SWT.SHIFT) != 0 ? LARGE_STEP : SMALL_STEP;
        return switch (keyCode) {
            case SWT.ARROW_RIGHT, SWT.ARROW_UP -> size;
            case SWT.ARROW_LEFT, SWT.ARROW_DOWN -> -size;
            case SWT.PAGE_UP -> LARGE_STEP;
            case SWT.PAGE_DOWN -> -LARGE_STEP;
            default -> 0;
        };
    }

}
