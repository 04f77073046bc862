package org.hillmix.ui.internal.views;

import java.io.IOException;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.hillmix.core.mixup.MidpointSeries;
import org.hillmix.core.mixup.StimulusName;
import org.hillmix.core.protocol.ConstructMidpointAnswer;
import org.hillmix.core.protocol.Protocol;
import org.hillmix.core.session.AnnotationItem;
import org.hillmix.core.session.AnnotationSession;
import org.hillmix.core.session.SeriesOrder;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.preferences.PreferenceConstants;
import org.hillmix.ui.session.AnnotationSessionService;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The H-Mix "construct midpoint" elicitation view: the annotator steps through the eleven mixes of
 * an image pair (lambda 0.0, 0.1, ..., 1.0 of image 1) until the image looks like an even 50/50
 * mix, and submits that frame ({@link ConstructMidpointAnswer}: start, final lambda, step 0.1).
 *
 * <p>All frames are decoded when the item is shown ({@link StimulusCanvas#showFrames}), so a key
 * press only repaints. Each item starts at a frame other than the middle one chosen
 * reproducibly from annotator and item ({@link SeriesOrder#constructStart}). Keys: Right or +
 * adds 0.1 of image 1 (class 1 grows), Left or - takes 0.1 away, Enter submits. The current
 * lambda is hidden unless preference {@link PreferenceConstants#CONSTRUCT_SHOW_LAMBDA} is on: in
 * the study annotators judged by eye.
 */
public final class ConstructMidpointView extends ElicitationView {

    /** View id (plugin.xml). */
    public static final String ID = "org.hillmix.ui.views.constructMidpoint";

    private Composite controls;
    private Label left;
    private Label right;
    private Label lambda;
    private Label status;
    private Button submit;

    private boolean framesReady;
    private int start;
    private int frame;

    /** Created by the workbench with the session service from the OSGi registry. */
    @Inject
    public ConstructMidpointView(AnnotationSessionService sessions) {
        super(sessions);
    }

    /** Builds the view's controls. */
    @PostConstruct
    public void createPartControl(Composite parent) {
        Composite column = createStimulusColumn(parent, WidgetIds.CONSTRUCT_PROGRESS,
                c -> new StimulusCanvas(c, WidgetIds.CONSTRUCT_STIMULUS));
        Composite ends = new Composite(column, SWT.NONE);
        ends.setLayout(new GridLayout(2, true));
        ends.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        left = new Label(ends, SWT.LEFT);
        left.setData(WidgetIds.KEY, WidgetIds.CONSTRUCT_LEFT);
        left.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        right = new Label(ends, SWT.RIGHT);
        right.setData(WidgetIds.KEY, WidgetIds.CONSTRUCT_RIGHT);
        right.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        controls = new Composite(root, SWT.NONE);
        GridData controlsData = new GridData(SWT.FILL, SWT.TOP, false, true);
        controlsData.widthHint = 360;
        controls.setLayoutData(controlsData);
        controls.setLayout(new GridLayout(1, false));
        wrapping(controls, null).setText(Messages.Construct_question);
        lambda = new Label(controls, SWT.NONE);
        lambda.setData(WidgetIds.KEY, WidgetIds.CONSTRUCT_LAMBDA);
        lambda.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status = wrapping(controls, WidgetIds.CONSTRUCT_STATUS);
        submit = new Button(controls, SWT.PUSH);
        submit.setText(Messages.Construct_submit);
        submit.setData(WidgetIds.KEY, WidgetIds.CONSTRUCT_SUBMIT);
        submit.addListener(SWT.Selection, e -> submit());
        wrapping(controls, null).setText(Messages.Construct_keyboardHelp);

        installKeyFilter();
        showSession(sessions.current().orElse(null));
    }

    static Label wrapping(Composite parent, String id) {
        Label l = new Label(parent, SWT.WRAP);
        if (id != null) {
            l.setData(WidgetIds.KEY, id);
        }
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 320;
        l.setLayoutData(data);
        return l;
    }

    /** Gives the keyboard focus to the image, where the step keys act. */
    @Focus
    public void setFocus() {
        if (stimulus != null && !stimulus.control().isDisposed()) {
            stimulus.control().setFocus();
        }
    }

    @Override
    protected void showSession(AnnotationSession newSession) {
        showSessionOf(newSession, Protocol.CONSTRUCT_MIDPOINT, Messages.Construct_wrongProtocol);
    }

    @Override
    protected void showItem() {
        AnnotationItem item = showHeader();
        framesReady = false;
        status.setText("");
        String[] names = MixingFactorView.classNames(item);
        // Lambda is the share of image 1: stepping right makes class 1 grow.
        left.setText(NLS.bind(Messages.Construct_more, names[1]));
        right.setText(NLS.bind(Messages.Construct_moreRight, names[0]));
        if (item != null && !item.isSeries()) {
            status.setText(NLS.bind(Messages.Construct_notSeries, item.id()));
        } else if (item != null) {
            start = SeriesOrder.constructStart(session.task().annotator(), item.id());
            frame = start;
            try {
                stimulus.showFrames(item.frames(), frame);
                framesReady = true;
            } catch (IOException | RuntimeException e) {
                status.setText(NLS.bind(Messages.Categorical_imageMissing, item.id(), e.getMessage()));
            }
        } else {
            try {
                stimulus.show(null);
            } catch (IOException e) {
                throw new IllegalStateException(e); // showing nothing reads nothing
            }
        }
        refreshLambda(names[0]);
        submit.setEnabled(framesReady);
        root.layout(true, true);
        if (framesReady) {
            stimulus.control().update();
            markShown();
            setFocus();
        }
    }

    private void refreshLambda(String class1) {
        boolean show = framesReady && PreferenceConstants.getBoolean(PreferenceConstants.CONSTRUCT_SHOW_LAMBDA,
                PreferenceConstants.DEFAULT_CONSTRUCT_SHOW_LAMBDA);
        lambda.setText(show ? NLS.bind(Messages.Construct_lambda, class1,
                StimulusName.formatLambda(MidpointSeries.lambda(frame))) : "");
    }

    /** Moves {@code delta} frames; refuses (with a beep and a note) to pass either end. */
    private void step(int delta) {
        int next = frame + delta;
        if (next < 0 || next > MidpointSeries.STEPS) {
            status.setText(Messages.Construct_atEnd);
            display.beep();
            return;
        }
        frame = next;
        status.setText("");
        stimulus.showFrame(frame);
        stimulus.control().update();
        refreshLambda(MixingFactorView.classNames(session.currentItem().orElse(null))[0]);
    }

    private void submit() {
        if (!isActive() || !framesReady) {
            return;
        }
        record(new ConstructMidpointAnswer(MidpointSeries.lambda(start), MidpointSeries.lambda(frame),
                ConstructMidpointAnswer.DEFAULT_STEP), status);
    }

    @Override
    protected void onKeyDown(Event e) {
        if (!(e.widget instanceof Control control) || control.isDisposed() || !isInside(control)) {
            return;
        }
        if (!isActive() || !framesReady) {
            return;
        }
        int delta = step(e.keyCode, e.character);
        if (delta != 0) {
            e.doit = false;
            step(delta);
        } else if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
            e.doit = false;
            submit();
        }
    }

    /** The frame step a key makes: +1 for Right and +, -1 for Left and -, 0 for other keys. */
    public static int step(int keyCode, char character) {
        if (keyCode == SWT.ARROW_RIGHT || keyCode == SWT.KEYPAD_ADD || character == '+') {
            return 1;
        }
        if (keyCode == SWT.ARROW_LEFT || keyCode == SWT.KEYPAD_SUBTRACT || character == '-') {
            return -1;
        }
        return 0;
    }
}
