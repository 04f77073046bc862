package org.hillmix.ui.internal.views;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
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
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.protocol.Protocol;
import org.hillmix.core.session.AnnotationItem;
import org.hillmix.core.session.AnnotationSession.InstructionPolicy;
import org.hillmix.core.session.AnnotationSession.PauseReason;
import org.hillmix.core.session.AnnotationSession;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.preferences.PreferenceConstants;
import org.hillmix.ui.session.AnnotationSessionService;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * What every elicitation view shares: it renders the current session of the {@link
 * AnnotationSessionService} and follows its events, shows the stimulus in a left column under the
 * progress line and the item label, and takes its keyboard shortcuts through a display filter
 * that acts only while the focus is inside the view. Subclasses build their questions, decide
 * which sessions they can show ({@link #showSession}), render an item ({@link #showItem}) and
 * put a withdrawn answer back into their form ({@link #restoreAnswer}).
 *
 * <p>Session controls: Undo, Pause, Instructions (re-read mid-session, the clock stopped), the
 * instructions and comprehension check before a batch's first item, and inactivity: a timer asks
 * the session every {@value #IDLE_CHECK_MS} ms whether it has gone without input for the time of
 * preference {@link PreferenceConstants#IDLE_PAUSE_SECONDS}; it then pauses, and the view shows the
 * pause page saying why. Every key, click, wheel turn and pointer movement in the workbench counts
 * as input.
 *
 * <p>Study validity: the annotator sees the item's position in the batch, never its id or file
 * name (an H-Mix file name holds the true lambda and both classes); problems with an image are
 * reported by position and the details go to the log for the study lead.
 */
abstract class ElicitationView {

    /** How often the view asks the session whether the annotator has gone idle. */
    static final int IDLE_CHECK_MS = 500;
    private static final int[] INPUT_EVENTS = {SWT.KeyDown, SWT.MouseDown, SWT.MouseMove, SWT.MouseWheel};

    /** The session service the view renders. */
    protected final AnnotationSessionService sessions;
    /** Display filter for the view's shortcuts; installed by {@link #installKeyFilter()}. */
    private final Listener keyFilter = this::handleKey;
    /** Display filter noting the annotator's input for inactivity detection. */
    private final Listener inputFilter = e -> noteInput();
    private final Runnable idleCheck = this::checkIdle;

    protected Display display;
    /**
     * The view's outer composite: a stack of the question page ({@link #root}), the pause page, the
     * instructions with the comprehension check, and the instructions read again mid-session.
     */
    private Composite frame;
    private StackLayout pages;
    private Composite pausePage;
    private Label pauseText;
    private Composite instructionsPage;
    private Composite reviewPage;
    private Button reviewBack;
    /** The session the instructions page was built for. */
    private AnnotationSession instructionsFor;
    /** The protocol the review page was built for. */
    private Protocol reviewFor;
    /** The first option of each question of the comprehension check on screen. */
    private final List<List<Button>> checkChoices = new ArrayList<>();
    private int instructionAttempts;
    private Button undoButton;
    private Button pauseButton;
    private Button instructionsButton;
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
     * {@code progressId}), the item label and {@code canvas}'s stimulus, large. Returns the left
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
     * id {@code progressId}) and the item label, but no stimulus canvas: for views that show
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
        reviewPage = new Composite(frame, SWT.NONE);
        reviewPage.setData(WidgetIds.KEY, WidgetIds.INSTRUCTIONS_REVIEW_PAGE);

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
        itemCaption.setData(WidgetIds.KEY, WidgetIds.ITEM_LABEL);
        itemCaption.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Composite bar = new Composite(left, SWT.NONE);
        GridLayout barLayout = new GridLayout(4, false);
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
        instructionsButton = new Button(bar, SWT.PUSH);
        instructionsButton.setText(Messages.Session_instructions);
        instructionsButton.setData(WidgetIds.KEY, WidgetIds.INSTRUCTIONS_AGAIN);
        instructionsButton.addListener(SWT.Selection, e -> showInstructionsAgain());
        instructionsButton.setEnabled(false);
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
        pauseText = new Label(page, SWT.WRAP | SWT.CENTER);
        pauseText.setData(WidgetIds.KEY, WidgetIds.PAUSE_TEXT);
        pauseText.setText(Messages.Pause_text);
        GridData textData = new GridData(SWT.CENTER, SWT.CENTER, true, false);
        textData.widthHint = 520;
        pauseText.setLayoutData(textData);
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
        if (session == null || session.isFinished() || !PreferenceConstants.getBoolean(
                PreferenceConstants.SHOW_INSTRUCTIONS, PreferenceConstants.DEFAULT_SHOW_INSTRUCTIONS)) {
            return false;
        }
        boolean everyBatch = PreferenceConstants.getBoolean(PreferenceConstants.INSTRUCTIONS_EVERY_BATCH,
                PreferenceConstants.DEFAULT_INSTRUCTIONS_EVERY_BATCH);
        return session.needsInstructions(everyBatch ? InstructionPolicy.EVERY_BATCH
                : InstructionPolicy.ONCE_PER_PROTOCOL);
    }

    /** Shows the question page, a pause page or the instructions as the session's state asks. */
    private void updateSessionControls() {
        if (frame == null || frame.isDisposed()) {
            return;
        }
        boolean active = session != null && !session.isFinished();
        Optional<PauseReason> pause = session == null ? Optional.empty() : session.pauseReason();
        Control top;
        if (pause.isPresent() && pause.get() == PauseReason.INSTRUCTIONS) {
            buildReviewPage();
            top = reviewPage;
        } else if (pause.isPresent()) {
            String text = pause.get() == PauseReason.IDLE ? NLS.bind(Messages.Pause_idleText, idleSeconds())
                    : Messages.Pause_text;
            if (!text.equals(pauseText.getText())) {
                pauseText.setText(text);
                pausePage.layout(true, true);
            }
            top = pausePage;
        } else {
            top = needsGate() ? instructionsPage : root;
        }
        if (top == instructionsPage) {
            showInstructions();
        } else if (pages.topControl != top) {
            pages.topControl = top;
            frame.layout(true, true);
        }
        boolean paused = pause.isPresent();
        undoButton.setEnabled(session != null && session.canUndo() && !paused);
        pauseButton.setEnabled(active && !paused);
        instructionsButton.setEnabled(active && !paused);
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
        checkChoices.clear();
        ComprehensionCheck check = ComprehensionCheck.of(session.task().protocol());
        instructionsPage.setLayout(new GridLayout(1, false));
        instructionsHeader(instructionsPage, check);
        Label checkTitle = new Label(instructionsPage, SWT.NONE);
        checkTitle.setText(Messages.Instructions_checkTitle);
        checkTitle.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        List<Label> explanations = new ArrayList<>();
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
            Label explanation = new Label(g, SWT.WRAP);
            explanation.setData(WidgetIds.KEY, WidgetIds.CHECK_EXPLANATION_PREFIX + q);
            GridData explanationData = new GridData(SWT.FILL, SWT.TOP, true, false);
            explanationData.widthHint = 600;
            explanation.setLayoutData(explanationData);
            explanation.setForeground(display.getSystemColor(SWT.COLOR_DARK_RED));
            explanations.add(explanation);
            checkChoices.add(options);
        }
        Label status = new Label(instructionsPage, SWT.WRAP);
        status.setData(WidgetIds.KEY, WidgetIds.CHECK_STATUS);
        GridData statusData = new GridData(SWT.FILL, SWT.TOP, true, false);
        statusData.widthHint = 640;
        status.setLayoutData(statusData);
        Button start = new Button(instructionsPage, SWT.PUSH);
        start.setText(Messages.Instructions_start);
        start.setData(WidgetIds.KEY, WidgetIds.CHECK_START);
        start.addListener(SWT.Selection, e -> checkAnswers(check, explanations, status));
        pages.topControl = instructionsPage;
        frame.layout(true, true);
        focusSessionPage();
    }

    /** The instructions' title and text (with the keys) at the top of {@code page}. */
    private static void instructionsHeader(Composite page, ComprehensionCheck check) {
        Label title = new Label(page, SWT.NONE);
        title.setText(Messages.Instructions_title);
        title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.HEADER_FONT));
        Label text = new Label(page, SWT.WRAP);
        text.setText(check.instructions());
        GridData textData = new GridData(SWT.FILL, SWT.TOP, true, false);
        textData.widthHint = 640;
        text.setLayoutData(textData);
    }

    /**
     * Start on the comprehension check: every question needs an answer; each wrong one gets its
     * explanation under the question and the focus goes to the first of them; all right starts the
     * session's first item.
     */
    private void checkAnswers(ComprehensionCheck check, List<Label> explanations, Label status) {
        int[] chosen = new int[checkChoices.size()];
        boolean all = true;
        for (int q = 0; q < chosen.length; q++) {
            chosen[q] = -1;
            for (int o = 0; o < checkChoices.get(q).size(); o++) {
                if (checkChoices.get(q).get(o).getSelection()) {
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
        int firstWrong = -1;
        for (int q = 0; q < chosen.length; q++) {
            boolean right = chosen[q] == check.questions().get(q).right();
            explanations.get(q).setText(right ? "" : check.questions().get(q).explanation());
            if (!right && firstWrong < 0) {
                firstWrong = q;
            }
        }
        if (wrong > 0) {
            status.setText(NLS.bind(Messages.Instructions_wrong, wrong, chosen.length));
            instructionsPage.layout(true, true);
            checkChoices.get(firstWrong).get(chosen[firstWrong]).setFocus();
            display.beep();
            return;
        }
        session.instructionsPassed(instructionAttempts);
        pages.topControl = root;
        frame.layout(true, true);
        showItem(); // shows the item again and now marks it shown
    }

    /** The instructions read again mid-session: text and a button back to the item. */
    private void buildReviewPage() {
        Protocol protocol = session.task().protocol();
        if (reviewFor == protocol) {
            return;
        }
        for (Control c : reviewPage.getChildren()) {
            c.dispose();
        }
        reviewFor = protocol;
        reviewPage.setLayout(new GridLayout(1, false));
        instructionsHeader(reviewPage, ComprehensionCheck.of(protocol));
        Label clock = new Label(reviewPage, SWT.WRAP);
        clock.setText(Messages.Instructions_reviewClock);
        reviewBack = new Button(reviewPage, SWT.PUSH);
        reviewBack.setText(Messages.Instructions_back);
        reviewBack.setData(WidgetIds.KEY, WidgetIds.INSTRUCTIONS_BACK);
        reviewBack.addListener(SWT.Selection, e -> togglePause());
        reviewPage.layout(true, true);
    }

    /**
     * Shows the instructions again with the session paused ({@link PauseReason#INSTRUCTIONS}), so
     * the reading time is not part of the reaction time; Back, Esc or F9 return to the item.
     */
    protected void showInstructionsAgain() {
        if (session == null || session.isFinished() || session.isPaused()) {
            return;
        }
        rememberFocus();
        session.pause(PauseReason.INSTRUCTIONS);
        updateSessionControls();
        focusSessionPage();
    }

    /**
     * Gives the keyboard focus to the session page on screen when it is not the question page: the
     * comprehension check's first question (or the first answered wrongly), Resume on the pause
     * page, Back on the instructions read again.
     *
     * @return whether a session page took the focus (views then leave their own focus alone)
     */
    protected boolean focusSessionPage() {
        if (pages == null || frame.isDisposed()) {
            return false;
        }
        if (pages.topControl == pausePage) {
            resumeButton.setFocus();
            return true;
        }
        if (pages.topControl == reviewPage) {
            if (reviewBack != null && !reviewBack.isDisposed()) {
                reviewBack.setFocus();
            }
            return true;
        }
        if (pages.topControl == instructionsPage) {
            if (!checkChoices.isEmpty() && !checkChoices.get(0).get(0).isDisposed()) {
                Button first = checkChoices.get(0).get(0);
                for (Button b : checkChoices.get(0)) {
                    if (b.getSelection()) {
                        first = b;
                    }
                }
                first.setFocus();
            }
            return true;
        }
        return false;
    }

    /**
     * Withdraws the session's last judgment, shows its item again and puts the withdrawn answer
     * back into the form, so that the annotator corrects it rather than answering from scratch.
     */
    protected void undo() {
        if (session == null || session.isPaused()) {
            return;
        }
        if (!session.canUndo()) {
            sessionNote.setText(Messages.Session_nothingToUndo);
            display.beep();
            return;
        }
        Optional<Judgment> withdrawn;
        try {
            withdrawn = session.undo();
        } catch (IOException | RuntimeException e) {
            // The journal's message names the item by id, which the annotator must not see.
            ILog.of(ElicitationView.class).error("undo in task '" + session.task().name() + "' failed: "
                    + e.getMessage(), e);
            sessionNote.setText(Messages.Session_undoFailed);
            return;
        }
        showItem();
        if (withdrawn.isPresent() && isActive() && pages.topControl == root) {
            restoreAnswer(withdrawn.get().answer());
        }
    }

    /**
     * Puts {@code answer}, the answer just withdrawn for the item on screen, into the form as if the
     * annotator had given it again (not submitted).
     */
    protected abstract void restoreAnswer(Answer answer);

    /** Pauses or resumes the session. */
    protected void togglePause() {
        if (session == null) {
            return;
        }
        if (session.isPaused()) {
            session.resume();
            updateSessionControls();
            // Back to where the annotator was, so the keyboard flow goes on.
            Control back = focusBeforePause;
            if (back != null && !back.isDisposed()) {
                back.setFocus();
            } else {
                setFocus();
            }
        } else if (!session.isFinished()) {
            rememberFocus();
            session.pause();
            updateSessionControls();
            resumeButton.setFocus();
        }
    }

    /**
     * Remembers the control to give the focus back to after a pause: the one the annotator was
     * answering with, not the session button just clicked (a click moves the focus onto it);
     * {@code null} means the view's own first control ({@link #setFocus()}).
     */
    private void rememberFocus() {
        Control focus = display.getFocusControl();
        boolean sessionButton = focus == undoButton || focus == pauseButton || focus == instructionsButton;
        focusBeforePause = focus != null && isInside(focus) && !sessionButton ? focus : null;
    }

    /** Gives the keyboard focus to the view: the session page on screen, else the view's first control. */
    public abstract void setFocus();

    /** The inactivity time of the preference, in seconds (0: detection off). */
    private static int idleSeconds() {
        return PreferenceConstants.getInt(PreferenceConstants.IDLE_PAUSE_SECONDS,
                PreferenceConstants.DEFAULT_IDLE_PAUSE_SECONDS);
    }

    private void noteInput() {
        if (session != null) {
            session.noteInput();
        }
    }

    /** Pauses the session when the annotator has gone idle on the item; runs every {@value #IDLE_CHECK_MS} ms. */
    private void checkIdle() {
        if (frame == null || frame.isDisposed()) {
            return;
        }
        int seconds = idleSeconds();
        if (session != null && seconds > 0 && pages.topControl == root) {
            if (session.pauseIfIdle(Duration.ofSeconds(seconds))) {
                rememberFocus();
                updateSessionControls();
                resumeButton.setFocus();
            }
        }
        display.timerExec(IDLE_CHECK_MS, idleCheck);
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
        if (session != null && (e.stateMask & SWT.MOD1) != 0 && e.keyCode == 'i') {
            e.doit = false;
            showInstructionsAgain();
            return;
        }
        if (pages.topControl == reviewPage && e.keyCode == SWT.ESC) {
            e.doit = false;
            togglePause();
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
     * Sets the progress line and the item label for the session's current item and remembers its
     * id. The label is the batch and the item's position in it: the id often is the stimulus file
     * name, which an annotator must never see.
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
            itemCaption.setText(NLS.bind(Messages.Categorical_itemCaption, session.task().name(),
                    session.currentPosition()));
        }
        return item;
    }

    /**
     * What the annotator is told when the current item's image cannot be shown: its position only.
     * The cause, which names the file, goes to the workbench log for the study lead.
     */
    protected String imageProblem(Exception e) {
        AnnotationItem item = session.currentItem().orElse(null);
        ILog.of(ElicitationView.class).error("item " + session.currentPosition() + " of task '"
                + session.task().name() + "' (" + (item == null ? "?" : item.id()) + "): its image cannot be shown: "
                + e.getMessage(), e);
        return NLS.bind(Messages.Categorical_imageMissing, session.currentPosition());
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

    /**
     * Starts taking the view's shortcuts, noting input and watching for inactivity; all stop when
     * the view is disposed.
     */
    protected void installKeyFilter() {
        display.addFilter(SWT.KeyDown, keyFilter);
        for (int type : INPUT_EVENTS) {
            display.addFilter(type, inputFilter);
        }
        display.timerExec(IDLE_CHECK_MS, idleCheck);
        frame.addListener(SWT.Dispose, e -> removeFilters());
    }

    private void removeFilters() {
        if (display != null && !display.isDisposed()) {
            display.removeFilter(SWT.KeyDown, keyFilter);
            for (int type : INPUT_EVENTS) {
                display.removeFilter(type, inputFilter);
            }
            display.timerExec(-1, idleCheck);
        }
    }

    /** Removes the filters and the inactivity timer. */
    @PreDestroy
    public void dispose() {
        removeFilters();
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
