package org.hillmix.ui.internal.views;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.hillmix.core.protocol.Answer;
import org.hillmix.core.protocol.Protocol;
import org.hillmix.core.session.AnnotationItem;
import org.hillmix.core.session.AnnotationSession;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.preferences.PreferenceConstants;
import org.hillmix.ui.session.AnnotationSessionService;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * What every elicitation view shares: it renders the current session of the {@link
 * AnnotationSessionService} and follows its events, shows the stimulus in a left column under the
 * progress line and the item caption, and takes its keyboard shortcuts through a display filter
 * that acts only while the focus is inside the view. Subclasses build their questions, decide
 * which sessions they can show ({@link #showSession}) and render an item ({@link #showItem}).
 */
abstract class ElicitationView {

    /** The session service the view renders. */
    protected final AnnotationSessionService sessions;
    /** Display filter for the view's shortcuts; installed by {@link #installKeyFilter()}. */
    private final Listener keyFilter = this::handleKey;

    protected Display display;
    /** The view's outer composite: a stack of the question page ({@link #root}), the pause page and the instructions. */
    private Composite frame;
    private StackLayout pages;
    private Composite pausePage;
    private Composite instructionsPage;
    /** The session the instructions page was built for. */
    private AnnotationSession instructionsFor;
    private int instructionAttempts;
    private Button undoButton;
    private Button pauseButton;
    private Button resumeButton;
    private Control focusBeforePause;
    private Label sessionNote;
    /** The question page: the stimulus column and the view's questions. */
    protected Composite root;
    protected Label progress;
    protected Label itemCaption;
    protected StimulusCanvas stimulus;

    /** The session shown, or {@code null} when there is none this view can render. */
    protected AnnotationSession session;
    /** The service's current session when the view last looked (possibly one it cannot render). */
    private AnnotationSession seen;
    /** Id of the item on screen, or {@code null}. */
    protected String shownItemId;

    protected ElicitationView(AnnotationSessionService sessions) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    /**
     * Creates {@link #root} (two columns) and its left column: the bold progress line (widget id
     * {@code progressId}), the item caption and {@code canvas}'s stimulus, large. Returns the left
     * column so that a view can add below the stimulus.
     */
    protected Composite createStimulusColumn(Composite parent, String progressId,
            java.util.function.Function<Composite, StimulusCanvas> canvas) {
        Composite left = createLeftColumn(parent, progressId);
        stimulus = canvas.apply(left);
        GridData canvasData = new GridData(SWT.FILL, SWT.FILL, true, true);
        canvasData.minimumWidth = 128;
        canvasData.minimumHeight = 128;
        canvasData.widthHint = 320;
        canvasData.heightHint = 320;
        stimulus.control().setLayoutData(canvasData);
        return left;
    }

    /**
     * Creates {@link #root} (two columns) and its left column with the bold progress line (widget
     * id {@code progressId}) and the item caption, but no stimulus canvas: for views that show
     * their stimuli otherwise (e.g. a grid of images). Returns the left column.
     */
    protected Composite createLeftColumn(Composite parent, String progressId) {
        display = parent.getDisplay();
        frame = new Composite(parent, SWT.NONE);
        pages = new StackLayout();
        frame.setLayout(pages);
        root = new Composite(frame, SWT.NONE);
        root.setLayout(new GridLayout(2, false));
        pages.topControl = root;
        pausePage = createPausePage(frame);
        instructionsPage = new Composite(frame, SWT.NONE);
        instructionsPage.setData(WidgetIds.KEY, WidgetIds.INSTRUCTIONS_PAGE);

        Composite left = new Composite(root, SWT.NONE);
        left.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        GridLayout leftLayout = new GridLayout(1, false);
        leftLayout.marginWidth = 0;
        leftLayout.marginHeight = 0;
        left.setLayout(leftLayout);
        progress = new Label(left, SWT.NONE);
        progress.setData(WidgetIds.KEY, progressId);
        progress.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        progress.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        itemCaption = new Label(left, SWT.NONE);
        itemCaption.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Composite bar = new Composite(left, SWT.NONE);
        GridLayout barLayout = new GridLayout(3, false);
        barLayout.marginWidth = 0;
        barLayout.marginHeight = 0;
        bar.setLayout(barLayout);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        undoButton = new Button(bar, SWT.PUSH);
        undoButton.setText(Messages.Session_undo);
        undoButton.setData(WidgetIds.KEY, WidgetIds.UNDO);
        undoButton.addListener(SWT.Selection, e -> undo());
        undoButton.setEnabled(false);
        pauseButton = new Button(bar, SWT.PUSH);
        pauseButton.setText(Messages.Session_pause);
        pauseButton.setData(WidgetIds.KEY, WidgetIds.PAUSE);
        pauseButton.addListener(SWT.Selection, e -> togglePause());
        pauseButton.setEnabled(false);
        sessionNote = new Label(bar, SWT.NONE);
        sessionNote.setData(WidgetIds.KEY, WidgetIds.SESSION_NOTE);
        sessionNote.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return left;
    }

    private Composite createPausePage(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setData(WidgetIds.KEY, WidgetIds.PAUSE_PAGE);
        page.setLayout(new GridLayout(1, false));
        Label title = new Label(page, SWT.NONE);
        title.setText(Messages.Pause_title);
        title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.HEADER_FONT));
        title.setLayoutData(new GridData(SWT.CENTER, SWT.END, true, true));
        Label text = new Label(page, SWT.WRAP | SWT.CENTER);
        text.setText(Messages.Pause_text);
        text.setLayoutData(new GridData(SWT.CENTER, SWT.CENTER, true, false));
        resumeButton = new Button(page, SWT.PUSH);
        resumeButton.setText(Messages.Pause_resume);
        resumeButton.setData(WidgetIds.KEY, WidgetIds.RESUME);
        resumeButton.setLayoutData(new GridData(SWT.CENTER, SWT.BEGINNING, true, true));
        resumeButton.addListener(SWT.Selection, e -> togglePause());
        return page;
    }

    /**
     * Notes that the current item is now on screen, so that its reaction time counts from here;
     * views call this instead of {@link AnnotationSession#markShown()}. When the session still
     * needs its instructions and comprehension check (preference {@link
     * PreferenceConstants#SHOW_INSTRUCTIONS}), those are shown instead and the item is shown, and
     * marked, once the check is passed.
     */
    protected void markShown() {
        if (needsGate()) {
            showInstructions();
            return;
        }
        session.markShown();
        updateSessionControls();
    }

    /** Whether the session must pass the instructions and comprehension check before its first item. */
    private boolean needsGate() {
        return session != null && !session.isFinished() && session.needsInstructions(AnnotationSession.InstructionPolicy.EVERY_BATCH)
                && PreferenceConstants.getBoolean(PreferenceConstants.SHOW_INSTRUCTIONS,
                        PreferenceConstants.DEFAULT_SHOW_INSTRUCTIONS);
    }

    /** Shows the question page, the pause page or the instructions as the session's state asks. */
    private void updateSessionControls() {
        if (frame == null || frame.isDisposed()) {
            return;
        }
        boolean active = session != null && !session.isFinished();
        boolean paused = session != null && session.isPaused();
        Control top = paused ? pausePage : needsGate() ? instructionsPage : root;
        if (top == instructionsPage) {
            showInstructions();
        } else if (pages.topControl != top) {
            pages.topControl = top;
            frame.layout(true, true);
        }
        undoButton.setEnabled(session != null && session.canUndo() && !paused);
        pauseButton.setEnabled(active && !paused);
        if (session != null && session.answeredBefore() > 0 && session.answered() == session.answeredBefore()) {
            sessionNote.setText(NLS.bind(Messages.Session_resumed, session.answeredBefore(), session.size()));
        } else {
            sessionNote.setText("");
        }
    }

    private void showInstructions() {
        if (instructionsFor == session) {
            if (pages.topControl != instructionsPage) {
                pages.topControl = instructionsPage;
                frame.layout(true, true);
            }
            return;
        }
        for (Control c : instructionsPage.getChildren()) {
            c.dispose();
        }
        instructionsFor = session;
        instructionAttempts = 0;
        ComprehensionCheck check = ComprehensionCheck.of(session.task().protocol());
        instructionsPage.setLayout(new GridLayout(1, false));
        Label title = new Label(instructionsPage, SWT.NONE);
        title.setText(Messages.Instructions_title);
        title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.HEADER_FONT));
        Label text = new Label(instructionsPage, SWT.WRAP);
        text.setText(check.instructions());
        GridData textData = new GridData(SWT.FILL, SWT.TOP, true, false);
        textData.widthHint = 640;
        text.setLayoutData(textData);
        Label checkTitle = new Label(instructionsPage, SWT.NONE);
        checkTitle.setText(Messages.Instructions_checkTitle);
        checkTitle.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        List<List<Button>> choices = new ArrayList<>();
        for (int q = 0; q < check.questions().size(); q++) {
            ComprehensionCheck.Question question = check.questions().get(q);
            Group g = new Group(instructionsPage, SWT.NONE);
            g.setText(question.text());
            g.setLayout(new GridLayout(1, false));
            g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            List<Button> options = new ArrayList<>();
            for (int o = 0; o < question.options().size(); o++) {
                Button b = new Button(g, SWT.RADIO);
                b.setText(question.options().get(o));
                b.setData(WidgetIds.KEY, WidgetIds.CHECK_PREFIX + q + "." + o);
                options.add(b);
            }
            choices.add(options);
        }
        Label status = new Label(instructionsPage, SWT.WRAP);
        status.setData(WidgetIds.KEY, WidgetIds.CHECK_STATUS);
        GridData statusData = new GridData(SWT.FILL, SWT.TOP, true, false);
        statusData.widthHint = 640;
        status.setLayoutData(statusData);
        Button start = new Button(instructionsPage, SWT.PUSH);
        start.setText(Messages.Instructions_start);
        start.setData(WidgetIds.KEY, WidgetIds.CHECK_START);
        start.addListener(SWT.Selection, e -> {
            int[] chosen = new int[choices.size()];
            boolean all = true;
            for (int q = 0; q < chosen.length; q++) {
                chosen[q] = -1;
                for (int o = 0; o < choices.get(q).size(); o++) {
                    if (choices.get(q).get(o).getSelection()) {
                        chosen[q] = o;
                    }
                }
                all &= chosen[q] >= 0;
            }
            if (!all) {
                status.setText(Messages.Instructions_unanswered);
                instructionsPage.layout(true, true);
                return;
            }
            instructionAttempts++;
            int wrong = check.wrong(chosen);
            if (wrong > 0) {
                status.setText(NLS.bind(Messages.Instructions_wrong, wrong, chosen.length));
                instructionsPage.layout(true, true);
                display.beep();
                return;
            }
            session.instructionsPassed(instructionAttempts);
            pages.topControl = root;
            frame.layout(true, true);
            showItem(); // shows the item again and now marks it shown
        });
        pages.topControl = instructionsPage;
        frame.layout(true, true);
        if (!choices.isEmpty()) {
            choices.get(0).get(0).setFocus();
        }
    }

    /** Withdraws the session's last judgment and shows its item again. */
    protected void undo() {
        if (session == null || session.isPaused()) {
            return;
        }
        if (!session.canUndo()) {
            sessionNote.setText(Messages.Session_nothingToUndo);
            display.beep();
            return;
        }
        try {
            session.undo();
        } catch (IOException | RuntimeException e) {
            sessionNote.setText(NLS.bind(Messages.Session_undoFailed, e.getMessage()));
            return;
        }
        showItem();
    }

    /** Pauses or resumes the session. */
    protected void togglePause() {
        if (session == null) {
            return;
        }
        if (session.isPaused()) {
            session.resume();
            updateSessionControls();
            // Back to where the annotator was, so the keyboard flow goes on.
            if (focusBeforePause != null && !focusBeforePause.isDisposed()) {
                focusBeforePause.setFocus();
            }
        } else if (!session.isFinished()) {
            Control focus = display.getFocusControl();
            focusBeforePause = focus != null && isInside(focus) ? focus : null;
            session.pause();
            updateSessionControls();
            resumeButton.setFocus();
        }
    }

    private void handleKey(Event e) {
        if (!(e.widget instanceof Control control) || control.isDisposed() || !isInFrame(control)) {
            return;
        }
        if (session != null && (e.keyCode == SWT.F9 || (e.stateMask & SWT.MOD1) != 0 && e.keyCode == 'p')) {
            e.doit = false;
            togglePause();
            return;
        }
        if (session != null && (e.stateMask & SWT.MOD1) != 0 && e.keyCode == 'z') {
            e.doit = false;
            undo();
            return;
        }
        if (pages.topControl == root) {
            onKeyDown(e);
        }
    }

    private boolean isInFrame(Control control) {
        for (Control c = control; c != null; c = c.getParent()) {
            if (c == frame) {
                return true;
            }
        }
        return false;
    }

    /**
     * Keeps {@code newSession} when it uses {@code protocol}; otherwise shows none and, when a
     * session of another protocol runs, says so in the progress line. Then shows the item.
     */
    protected void showSessionOf(AnnotationSession newSession, Protocol protocol, String wrongProtocolText) {
        session = newSession != null && newSession.task().protocol() == protocol ? newSession : null;
        showItem();
        if (session == null && newSession != null) {
            progress.setText(wrongProtocolText);
        }
        updateSessionControls();
    }

    /**
     * Sets the progress line and caption for the session's current item and remembers its id.
     *
     * @return the current item, or {@code null} when there is no session or it is finished
     */
    protected AnnotationItem showHeader() {
        AnnotationItem item = session != null && !session.isFinished() ? session.currentItem().orElseThrow() : null;
        shownItemId = item == null ? null : item.id();
        if (session == null) {
            progress.setText(Messages.Categorical_noSession);
            itemCaption.setText("");
        } else if (item == null) {
            progress.setText(NLS.bind(Messages.Categorical_finished, session.size()));
            itemCaption.setText("");
        } else {
            progress.setText(NLS.bind(Messages.Categorical_progress, session.answered() + 1, session.size()));
            itemCaption.setText(NLS.bind(Messages.Categorical_itemCaption, session.task().name(), item.id()));
        }
        return item;
    }

    /**
     * Decodes the image of the item after the current one in the background, so that it appears
     * without decoding delay once the current one is answered (single-image views).
     */
    protected void prefetchNext() {
        if (session == null || stimulus == null) {
            return;
        }
        java.util.List<AnnotationItem> items = session.task().items();
        String current = currentItemId();
        for (int i = 0; current != null && i < items.size() - 1; i++) {
            if (items.get(i).id().equals(current)) {
                stimulus.prefetch(items.get(i + 1).image());
                return;
            }
        }
    }

    /** Whether a session is shown and has an item to answer. */
    protected boolean isActive() {
        return session != null && !session.isFinished();
    }

    /**
     * Records {@code answer} for the current item and shows the next one; a refusal or storage
     * failure is written to {@code status} and the item stays.
     */
    protected void record(Answer answer, Label status) {
        try {
            session.record(answer);
        } catch (IOException | RuntimeException e) {
            status.setText(NLS.bind(Messages.Categorical_recordFailed, e.getMessage()));
            status.getParent().layout(true, true);
            return;
        }
        showItem();
        updateSessionControls();
    }

    /** Starts taking the view's shortcuts; they stop when the view is disposed. */
    protected void installKeyFilter() {
        display.addFilter(SWT.KeyDown, keyFilter);
        frame.addListener(SWT.Dispose, e -> display.removeFilter(SWT.KeyDown, keyFilter));
    }

    /** Removes the key filter. */
    @PreDestroy
    public void dispose() {
        if (display != null && !display.isDisposed()) {
            display.removeFilter(SWT.KeyDown, keyFilter);
        }
    }

    /** Follows the session service: a started, advanced or closed session is re-rendered. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void sessionChanged(@UIEventTopic(AnnotationSessionService.TOPIC_ALL) AnnotationSession changed) {
        if (root == null || root.isDisposed()) {
            return;
        }
        AnnotationSession now = sessions.current().orElse(null);
        // Compare with the service's session last seen, not with the one shown: a view that shows
        // none because the session uses another protocol must still notice when it closes.
        boolean moved = now != seen;
        seen = now;
        if (moved && (now != session || now == null)) {
            showSession(now);
        } else if (session != null && !Objects.equals(shownItemId, currentItemId())) {
            showItem();
        }
        updateSessionControls();
    }

    /** Shows {@code newSession} (or none) and its current item. */
    protected abstract void showSession(AnnotationSession newSession);

    /** Renders the current item of {@link #session}, or the no-session/finished state. */
    protected abstract void showItem();

    /** Handles a key pressed anywhere in the display (see {@link #isInside}). */
    protected abstract void onKeyDown(Event e);

    /** Id of the session's current item, or {@code null}. */
    protected String currentItemId() {
        return session == null ? null : session.currentItem().map(AnnotationItem::id).orElse(null);
    }

    /** Whether {@code control} lies inside this view (the shortcuts act only there). */
    protected boolean isInside(Control control) {
        for (Control c = control; c != null; c = c.getParent()) {
            if (c == root) {
                return true;
            }
        }
        return false;
    }
}
