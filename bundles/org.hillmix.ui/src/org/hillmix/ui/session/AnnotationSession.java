package org.hillmix.ui.session;

import java.io.IOException;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.hillmix.core.protocol.Answer;
import org.hillmix.core.protocol.AnswerValidation;
import org.hillmix.core.protocol.AnswerValidator;
import org.hillmix.core.protocol.Judgment;

/**
 * One annotator working through an {@link AnnotationTask}: the items are shown one at a time, in
 * task order, and every accepted answer is stored in the {@link JudgmentJournal} as a {@link
 * Judgment} before the session moves to the next item.
 *
 * <p>Reaction time: the view calls {@link #markShown()} once the current item is visible; {@link
 * #record(Answer)} then stores {@code reactionTimeMs = floor((t_answer - t_shown) / 1 ms)}, measured
 * on a monotonic clock ({@link System#nanoTime()}), and the wall-clock instants {@code shownAt}
 * and {@code answeredAt}. Showing the item again (for example after the view was closed and
 * reopened) restarts the measurement, so the time counts from the display the answer was given in.
 *
 * <p>Resume: a session started on a journal that already holds judgments of this annotator for this
 * task (judgment attribute {@value AnnotationTask#TASK_ATTRIBUTE}) skips the items they answered and
 * starts at the first unanswered item in task order. Undo: {@link #undo()} withdraws the last
 * judgment recorded in this session (the journal stays append-only, see {@link
 * JudgmentJournal#withdraw}) and goes back to its item; earlier judgments of this session can be
 * withdrawn one after the other, judgments of earlier sessions cannot. Pause: while {@link
 * #pause() paused} nothing can be recorded and the time does not count: the reaction time is the
 * time the item was on screen unpaused, and the paused milliseconds are stored as attribute
 * {@value #PAUSED_ATTRIBUTE}.
 *
 * <p>Answers are validated by the core's {@link AnswerValidator}: answers with errors are refused,
 * flagged answers are stored as given. Methods are synchronized; a session is normally driven from
 * the UI thread.
 */
public final class AnnotationSession {

    /** Judgment attribute: milliseconds the session was paused while the item was shown. */
    public static final String PAUSED_ATTRIBUTE = "paused_ms";
    /** Judgment attribute of a session's first judgment: attempts the comprehension check took. */
    public static final String COMPREHENSION_ATTRIBUTE = "comprehension_attempts";

    private final AnnotationTask task;
    private final JudgmentJournal journal;
    private final AnswerValidator validator;
    private final InstantSource clock;
    private final LongSupplier nanoTime;
    private final List<AnnotationSessionListener> listeners = new CopyOnWriteArrayList<>();

    private final Set<String> done = new HashSet<>();
    private final Deque<Judgment> recordedHere = new ArrayDeque<>();
    private final int answeredBefore;
    private int position;
    private long shownNanos;
    private Instant shownAt;
    private boolean paused;
    private long pauseStartNanos;
    private long pausedNanos;
    private boolean instructionsPassed;
    private int comprehensionAttempts;

    /** A session on the system clocks. */
    public AnnotationSession(AnnotationTask task, JudgmentJournal journal) {
        this(task, journal, InstantSource.system(), System::nanoTime);
    }

    /**
     * A session on the given clocks (tests use fixed ones).
     *
     * @param clock wall clock for {@code shownAt}/{@code answeredAt}
     * @param nanoTime monotonic nanosecond clock for the reaction time
     */
    public AnnotationSession(AnnotationTask task, JudgmentJournal journal, InstantSource clock, LongSupplier nanoTime) {
        this.task = Objects.requireNonNull(task, "task");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.validator = new AnswerValidator(task.classes());
        Set<String> ids = new HashSet<>();
        for (AnnotationItem item : task.items()) {
            ids.add(item.id());
        }
        for (Judgment j : journal.judgments()) {
            boolean ours = j.annotator().equals(task.annotator())
                    && task.name().equals(j.attributes().get(AnnotationTask.TASK_ATTRIBUTE));
            String slot = j.repeat() ? j.item() + AnnotationTask.REPEAT_SUFFIX : j.item();
            if (ours && ids.contains(slot)) {
                done.add(slot);
            }
        }
        this.answeredBefore = done.size();
        this.position = firstUnanswered();
    }

    private int firstUnanswered() {
        for (int i = 0; i < task.size(); i++) {
            if (!done.contains(task.items().get(i).id())) {
                return i;
            }
        }
        return task.size();
    }

    /** The task. */
    public AnnotationTask task() {
        return task;
    }

    /** The journal judgments are stored in. */
    public JudgmentJournal journal() {
        return journal;
    }

    /** Number of items in the task. */
    public int size() {
        return task.size();
    }

    /** Number of items answered so far, in this and earlier sessions of the task. */
    public synchronized int answered() {
        return done.size();
    }

    /** Number of items the journal already held answers to when this session started (resume). */
    public int answeredBefore() {
        return answeredBefore;
    }

    /** Whether every item has been answered. */
    public synchronized boolean isFinished() {
        return position >= task.size();
    }

    /** The item to answer now, or empty when the session is finished. */
    public synchronized Optional<AnnotationItem> currentItem() {
        return isFinished() ? Optional.empty() : Optional.of(task.items().get(position));
    }

    /**
     * Notes that the current item is now visible; the reaction time of its answer counts from here.
     *
     * @throws IllegalStateException when the session is finished
     */
    public synchronized void markShown() {
        requireNotFinished();
        shownNanos = nanoTime.getAsLong();
        shownAt = clock.instant();
        pausedNanos = 0;
        if (paused) {
            pauseStartNanos = shownNanos;
        }
    }

    /** Whether the current item has been marked shown. */
    public synchronized boolean isShown() {
        return shownAt != null;
    }

    /** Validates {@code answer} against the task's classes without recording it. */
    public AnswerValidation validate(Answer answer) {
        return validator.validate(answer);
    }

    /**
     * Records {@code answer} for the current item and moves to the next one.
     *
     * @return the stored judgment
     * @throws IllegalArgumentException when the answer belongs to another protocol or has errors
     * @throws IllegalStateException when the session is finished or the item was never marked shown
     * @throws IOException when the journal could not store the judgment (the session stays on the item)
     */
    public Judgment record(Answer answer) throws IOException {
        Judgment judgment;
        synchronized (this) {
            requireNotFinished();
            AnnotationItem item = task.items().get(position);
            if (answer.protocol() != task.protocol()) {
                throw new IllegalArgumentException("answer to item '" + item.id() + "' is a " + answer.protocol().id()
                        + " answer but task '" + task.name() + "' uses " + task.protocol().id());
            }
            validate(answer).requireValid("answer to item '" + item.id() + "' of task '" + task.name() + "'");
            if (paused) {
                throw new IllegalStateException("the session is paused; resume it before answering item '" + item.id()
                        + "'");
            }
            if (shownAt == null) {
                throw new IllegalStateException("item '" + item.id() + "' was never shown; call markShown() once it"
                        + " is visible so that its reaction time can be measured");
            }
            long reactionMs = Math.max(0,
                    TimeUnit.NANOSECONDS.toMillis(nanoTime.getAsLong() - shownNanos - pausedNanos));
            Map<String, String> attributes = new HashMap<>(item.attributes());
            attributes.put(AnnotationTask.TASK_ATTRIBUTE, task.name());
            if (pausedNanos > 0) {
                attributes.put(PAUSED_ATTRIBUTE, Long.toString(TimeUnit.NANOSECONDS.toMillis(pausedNanos)));
            }
            if (recordedHere.isEmpty() && comprehensionAttempts > 0) {
                attributes.put(COMPREHENSION_ATTRIBUTE, Integer.toString(comprehensionAttempts));
            }
            boolean repeat = Boolean.parseBoolean(item.attributes().get(AnnotationTask.REPEAT_ATTRIBUTE));
            attributes.remove(AnnotationTask.REPEAT_ATTRIBUTE); // stored as the judgment's repeat flag
            String judged = repeat && item.id().endsWith(AnnotationTask.REPEAT_SUFFIX)
                    ? item.id().substring(0, item.id().length() - AnnotationTask.REPEAT_SUFFIX.length()) : item.id();
            judgment = new Judgment(task.annotator(), judged, answer, reactionMs, shownAt, clock.instant(), repeat,
                    attributes);
            journal.append(judgment);
            done.add(item.id());
            recordedHere.push(judgment);
            position = firstUnanswered();
            shownAt = null;
        }
        for (AnnotationSessionListener l : listeners) {
            l.judgmentRecorded(this, judgment);
        }
        return judgment;
    }

    /** Whether {@link #undo()} has a judgment of this session to withdraw. */
    public synchronized boolean canUndo() {
        return !recordedHere.isEmpty();
    }

    /**
     * Withdraws the last judgment recorded in this session and makes its item current again (to be
     * shown and answered anew).
     *
     * @return the withdrawn judgment, or empty when this session recorded none (or all were undone)
     * @throws IOException when the journal could not store the withdrawal (nothing changes then)
     */
    public Optional<Judgment> undo() throws IOException {
        Judgment withdrawn;
        synchronized (this) {
            if (recordedHere.isEmpty()) {
                return Optional.empty();
            }
            withdrawn = recordedHere.peek();
            journal.withdraw(withdrawn, clock.instant());
            recordedHere.pop();
            done.remove(withdrawn.repeat() ? withdrawn.item() + AnnotationTask.REPEAT_SUFFIX : withdrawn.item());
            position = firstUnanswered();
            shownAt = null;
        }
        for (AnnotationSessionListener l : listeners) {
            l.judgmentWithdrawn(this, withdrawn);
        }
        return Optional.of(withdrawn);
    }

    /** Pauses: answers are refused and the time until {@link #resume()} does not count. */
    public void pause() {
        synchronized (this) {
            if (paused) {
                return;
            }
            paused = true;
            pauseStartNanos = nanoTime.getAsLong();
        }
        for (AnnotationSessionListener l : listeners) {
            l.pauseChanged(this, true);
        }
    }

    /** Ends a pause; the item shown keeps its reaction-time measurement, less the pause. */
    public void resume() {
        synchronized (this) {
            if (!paused) {
                return;
            }
            paused = false;
            pausedNanos += nanoTime.getAsLong() - pauseStartNanos;
        }
        for (AnnotationSessionListener l : listeners) {
            l.pauseChanged(this, false);
        }
    }

    /** Whether the session is paused. */
    public synchronized boolean isPaused() {
        return paused;
    }

    /**
     * Whether the annotator must still read the instructions and pass the comprehension check:
     * true until {@link #instructionsPassed(int)} in a session that starts the task afresh (a
     * resumed session, with answers already in the journal, skips them).
     */
    public synchronized boolean needsInstructions() {
        return !instructionsPassed && answeredBefore == 0;
    }

    /**
     * Notes that the comprehension check was passed after {@code attempts} attempts (stored on the
     * session's first judgment as {@value #COMPREHENSION_ATTRIBUTE}).
     */
    public synchronized void instructionsPassed(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("a passed comprehension check took at least one attempt, got "
                    + attempts);
        }
        instructionsPassed = true;
        comprehensionAttempts = attempts;
    }

    /** Adds a listener told after each recorded judgment. */
    public void addListener(AnnotationSessionListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Removes a listener added before; unknown listeners are ignored. */
    public void removeListener(AnnotationSessionListener listener) {
        listeners.remove(listener);
    }

    private void requireNotFinished() {
        if (isFinished()) {
            throw new IllegalStateException("task '" + task.name() + "' is finished: all " + task.size()
                    + " items are answered");
        }
    }
}
