package org.hillmix.core.session;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
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
 * #record(Answer)} then stores {@code reactionTimeMs = floor((t_answer - t_shown - t_paused) / 1 ms)},
 * measured on the monotonic clock of the {@link SessionClock}, and the wall-clock instants {@code
 * shownAt} and {@code answeredAt}. Showing the item again (for example after the view was closed
 * and reopened) restarts the measurement, so the time counts from the display the answer was given in.
 *
 * <p>Pauses: while {@link #pause(PauseReason) paused} nothing can be recorded and the time does not
 * count. A pause is asked for by the annotator ({@link PauseReason#ANNOTATOR}), taken while the
 * annotator re-reads the instructions ({@link PauseReason#INSTRUCTIONS}), or detected: {@link
 * #pauseIfIdle(Duration)} pauses when no input was {@link #noteInput() noted} for the given time,
 * and that pause counts from the last input ({@link PauseReason#IDLE}), because the annotator was
 * already away then. Every paused millisecond of the item is stored as attribute {@value
 * #PAUSED_ATTRIBUTE}; the part of it that was inactivity also as {@value #IDLE_ATTRIBUTE}.
 *
 * <p>Resume: a session started on a journal that already holds judgments of this annotator for this
 * task (judgment attribute {@value AnnotationTask#TASK_ATTRIBUTE}) skips the items they answered and
 * starts at the first unanswered item in task order. Undo: {@link #undo()} withdraws the last
 * judgment recorded in this session (the journal stays append-only, see {@link
 * JudgmentJournal#withdraw}) and goes back to its item; earlier judgments of this session can be
 * withdrawn one after the other, judgments of earlier sessions cannot.
 *
 * <p>Answers are validated by the core's {@link AnswerValidator#forElicitation elicitation
 * validator}: answers with errors (including self-contradictory ones) are refused, flagged answers
 * are stored as given. Messages that an annotator may see name items by their position in the
 * task, never by id, because ids are often stimulus file names that give the answer away. Methods
 * are synchronized; a session is normally driven from the UI thread.
 */
public final class AnnotationSession {

    /** Judgment attribute: milliseconds the item was on screen but paused (any reason). */
    public static final String PAUSED_ATTRIBUTE = "paused_ms";
    /** Judgment attribute: the part of {@value #PAUSED_ATTRIBUTE} that was detected inactivity. */
    public static final String IDLE_ATTRIBUTE = "idle_ms";
    /** Judgment attribute of a session's first judgment: attempts the comprehension check took. */
    public static final String COMPREHENSION_ATTRIBUTE = "comprehension_attempts";

    /** Why a session is paused. */
    public enum PauseReason {
        /** The annotator paused (Pause button or key). */
        ANNOTATOR,
        /** No input for the inactivity time ({@link #pauseIfIdle(Duration)}). */
        IDLE,
        /** The annotator is reading the instructions again. */
        INSTRUCTIONS
    }

    /** When the instructions and comprehension check are asked. */
    public enum InstructionPolicy {
        /** Before the first item of every batch that starts afresh. */
        EVERY_BATCH,
        /**
         * Once per protocol and annotator: not again when the journal shows that this annotator
         * already passed the check of this protocol (a judgment with {@value #COMPREHENSION_ATTRIBUTE}).
         */
        ONCE_PER_PROTOCOL
    }

    private final AnnotationTask task;
    private final JudgmentJournal journal;
    private final AnswerValidator validator;
    private final SessionClock clock;
    private final List<AnnotationSessionListener> listeners = new CopyOnWriteArrayList<>();

    private final Set<String> done = new HashSet<>();
    private final Deque<Judgment> recordedHere = new ArrayDeque<>();
    private final int answeredBefore;
    private final boolean checkPassedBefore;
    private int position;
    private long shownNanos;
    private Instant shownAt;
    private long lastInputNanos;
    private PauseReason pauseReason;
    private long pauseStartNanos;
    private long pausedNanos;
    private long idleNanos;
    private boolean instructionsPassed;
    private int comprehensionAttempts;

    /** A session on the system clocks. */
    public AnnotationSession(AnnotationTask task, JudgmentJournal journal) {
        this(task, journal, SessionClock.system());
    }

    /** A session on {@code clock} (tests and the session service hand in the clock to use). */
    public AnnotationSession(AnnotationTask task, JudgmentJournal journal, SessionClock clock) {
        this.task = Objects.requireNonNull(task, "task");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.validator = AnswerValidator.forElicitation(task.classes());
        Set<String> ids = new HashSet<>();
        for (AnnotationItem item : task.items()) {
            ids.add(item.id());
        }
        boolean passed = false;
        List<Judgment> judgments = journal.judgments();
        for (Judgment j : judgments) {
            passed |= j.annotator().equals(task.annotator()) && j.answer().protocol() == task.protocol()
                    && j.attributes().containsKey(COMPREHENSION_ATTRIBUTE);
        }
        done.addAll(answeredSlots(task.name(), task.annotator(), ids, judgments));
        this.checkPassedBefore = passed;
        this.answeredBefore = done.size();
        this.position = firstUnanswered();
    }

    /**
     * The slots of task {@code taskName} that {@code judgments} answer: judgments by {@code annotator} whose
     * attribute {@value AnnotationTask#TASK_ATTRIBUTE} names the task, on a slot in {@code slotIds} (a repeat
     * answers the slot {@code <item>}{@value AnnotationTask#REPEAT_SUFFIX}). A session resumes after these; the
     * workbench shows their number as a batch's progress.
     *
     * @param taskName the task (a project's batch id)
     * @param annotator the annotator
     * @param slotIds the task's item ids (slot ids)
     * @param judgments a journal's judgments (withdrawn ones already removed)
     * @return the answered slots, a subset of {@code slotIds}
     */
    public static Set<String> answeredSlots(String taskName, String annotator, Collection<String> slotIds,
            List<Judgment> judgments) {
        Set<String> ids = slotIds instanceof Set<String> set ? set : new HashSet<>(slotIds);
        Set<String> answered = new HashSet<>();
        for (Judgment j : judgments) {
            if (j.annotator().equals(annotator) && taskName.equals(j.attributes().get(AnnotationTask.TASK_ATTRIBUTE))) {
                String slot = j.repeat() ? j.item() + AnnotationTask.REPEAT_SUFFIX : j.item();
                if (ids.contains(slot)) {
                    answered.add(slot);
                }
            }
        }
        return answered;
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

    /** The clock the session measures with. */
    public SessionClock clock() {
        return clock;
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
     * The current item's position in the task, 1 for the first: the opaque label an annotator sees
     * (unlike the id, it tells nothing about the stimulus); 0 when the session is finished.
     */
    public synchronized int currentPosition() {
        return isFinished() ? 0 : position + 1;
    }

    /**
     * Notes that the current item is now visible; the reaction time of its answer counts from here.
     *
     * @throws IllegalStateException when the session is finished
     */
    public synchronized void markShown() {
        requireNotFinished();
        shownNanos = clock.nanoTime();
        shownAt = clock.instant();
        lastInputNanos = shownNanos;
        pausedNanos = 0;
        idleNanos = 0;
        if (pauseReason != null) {
            pauseStartNanos = shownNanos;
        }
    }

    /** Whether the current item has been marked shown. */
    public synchronized boolean isShown() {
        return shownAt != null;
    }

    /** Validates {@code answer} as this session would before recording it, without recording it. */
    public AnswerValidation validate(Answer answer) {
        return validator.validate(answer);
    }

    /**
     * Records {@code answer} for the current item and moves to the next one.
     *
     * @return the stored judgment
     * @throws IllegalArgumentException when the answer belongs to another protocol or has errors
     * @throws IllegalStateException when the session is finished, paused, or the item was never
     *     marked shown
     * @throws IOException when the journal could not store the judgment (the session stays on the item)
     */
    public Judgment record(Answer answer) throws IOException {
        Judgment judgment;
        synchronized (this) {
            requireNotFinished();
            AnnotationItem item = task.items().get(position);
            String label = "item " + (position + 1) + " of task '" + task.name() + "'";
            if (answer.protocol() != task.protocol()) {
                throw new IllegalArgumentException("the answer to " + label + " is a " + answer.protocol().id()
                        + " answer but the task uses " + task.protocol().id());
            }
            validate(answer).requireValid("the answer to " + label);
            if (pauseReason != null) {
                throw new IllegalStateException("the session is paused; resume it before answering " + label);
            }
            if (shownAt == null) {
                throw new IllegalStateException(label + " was never shown; call markShown() once it is visible so"
                        + " that its reaction time can be measured");
            }
            long reactionMs = Math.max(0,
                    TimeUnit.NANOSECONDS.toMillis(clock.nanoTime() - shownNanos - pausedNanos));
            Map<String, String> attributes = new HashMap<>(item.attributes());
            attributes.put(AnnotationTask.TASK_ATTRIBUTE, task.name());
            if (pausedNanos > 0) {
                attributes.put(PAUSED_ATTRIBUTE, Long.toString(TimeUnit.NANOSECONDS.toMillis(pausedNanos)));
            }
            if (idleNanos > 0) {
                attributes.put(IDLE_ATTRIBUTE, Long.toString(TimeUnit.NANOSECONDS.toMillis(idleNanos)));
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
     * shown and answered anew; a view may fill its form with the withdrawn answer).
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

    /** Pauses at the annotator's request; see {@link #pause(PauseReason)}. */
    public void pause() {
        pause(PauseReason.ANNOTATOR);
    }

    /**
     * Pauses: answers are refused and the time until {@link #resume()} does not count towards the
     * reaction time. Does nothing when already paused.
     */
    public void pause(PauseReason reason) {
        Objects.requireNonNull(reason, "reason");
        synchronized (this) {
            if (pauseReason != null) {
                return;
            }
            pauseReason = reason;
            pauseStartNanos = clock.nanoTime();
        }
        firePauseChanged(true);
    }

    /**
     * Notes input from the annotator (a key, a click, a mouse movement in the view): the
     * inactivity time of {@link #pauseIfIdle(Duration)} counts from the last input.
     */
    public synchronized void noteInput() {
        if (pauseReason == null) {
            lastInputNanos = clock.nanoTime();
        }
    }

    /**
     * Pauses ({@link PauseReason#IDLE}) when the current item is shown, the session runs, and no
     * input was noted for at least {@code inactivity}. The pause counts from the last input (or
     * from the moment the item was shown), so the whole inactive stretch is left out of the
     * reaction time and stored as {@value #IDLE_ATTRIBUTE}.
     *
     * @param inactivity the inactivity time; zero or negative turns detection off
     * @return whether the session was paused by this call
     */
    public boolean pauseIfIdle(Duration inactivity) {
        if (inactivity.isZero() || inactivity.isNegative()) {
            return false;
        }
        synchronized (this) {
            if (pauseReason != null || shownAt == null || isFinished()
                    || clock.nanoTime() - lastInputNanos < inactivity.toNanos()) {
                return false;
            }
            pauseReason = PauseReason.IDLE;
            pauseStartNanos = lastInputNanos;
        }
        firePauseChanged(true);
        return true;
    }

    /** Ends a pause; the item shown keeps its reaction-time measurement, less the pause. */
    public void resume() {
        synchronized (this) {
            if (pauseReason == null) {
                return;
            }
            long now = clock.nanoTime();
            long paused = Math.max(0, now - pauseStartNanos);
            if (shownAt != null) {
                pausedNanos += paused;
                if (pauseReason == PauseReason.IDLE) {
                    idleNanos += paused;
                }
            }
            pauseReason = null;
            lastInputNanos = now;
        }
        firePauseChanged(false);
    }

    /** Whether the session is paused. */
    public synchronized boolean isPaused() {
        return pauseReason != null;
    }

    /** Why the session is paused, or empty when it runs. */
    public synchronized Optional<PauseReason> pauseReason() {
        return Optional.ofNullable(pauseReason);
    }

    /**
     * Whether the annotator must still read the instructions and pass the comprehension check
     * before the first item: false once {@link #instructionsPassed(int)} was called, in a resumed
     * session (with answers already in the journal), and under {@link
     * InstructionPolicy#ONCE_PER_PROTOCOL} when the journal shows that this annotator already
     * passed the check of this protocol.
     */
    public synchronized boolean needsInstructions(InstructionPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return !instructionsPassed && answeredBefore == 0
                && !(policy == InstructionPolicy.ONCE_PER_PROTOCOL && checkPassedBefore);
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

    private void firePauseChanged(boolean paused) {
        for (AnnotationSessionListener l : listeners) {
            l.pauseChanged(this, paused);
        }
    }

    private void requireNotFinished() {
        if (isFinished()) {
            throw new IllegalStateException("task '" + task.name() + "' is finished: all " + task.size()
                    + " items are answered");
        }
    }
}
