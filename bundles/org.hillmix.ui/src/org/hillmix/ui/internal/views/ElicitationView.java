package org.hillmix.ui.internal.views;

import java.io.IOException;
import java.util.Objects;

import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.hillmix.core.protocol.Answer;
import org.hillmix.core.protocol.Protocol;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.session.AnnotationItem;
import org.hillmix.ui.session.AnnotationSession;
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
    private final Listener keyFilter = this::onKeyDown;

    protected Display display;
    protected Composite root;
    protected Label progress;
    protected Label itemCaption;
    protected StimulusCanvas stimulus;

    /** The session shown, or {@code null} when there is none this view can render. */
    protected AnnotationSession session;
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
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(2, false));

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
        return left;
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
    }

    /** Starts taking the view's shortcuts; they stop when the view is disposed. */
    protected void installKeyFilter() {
        display.addFilter(SWT.KeyDown, keyFilter);
        root.addListener(SWT.Dispose, e -> display.removeFilter(SWT.KeyDown, keyFilter));
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
        if (now != session) {
            showSession(now);
        } else if (session != null && !Objects.equals(shownItemId, currentItemId())) {
            showItem();
        }
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
