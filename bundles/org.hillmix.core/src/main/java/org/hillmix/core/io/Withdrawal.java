package org.hillmix.core.io;

import java.time.Instant;
import java.util.Objects;

import org.hillmix.core.protocol.Judgment;

/**
 * The annotator took back a judgment (the workbench's undo). Journals are append-only, so a
 * withdrawal is a line of its own (schema {@value JudgmentJsonl#WITHDRAWAL_SCHEMA}) after the
 * judgment it withdraws; readers drop that judgment ({@link JudgmentJsonl#read}) and the journal
 * keeps the full history of what was answered and taken back.
 *
 * @param annotator the withdrawn judgment's annotator
 * @param item the withdrawn judgment's item
 * @param answeredAt the withdrawn judgment's answer time, identifying it among several judgments of
 *     the same item; {@code null} when it had none (then the latest such judgment is meant)
 * @param withdrawnAt when the judgment was withdrawn
 */
public record Withdrawal(String annotator, String item, Instant answeredAt, Instant withdrawnAt) {

    /** Checks the fields. */
    public Withdrawal {
        if (annotator == null || annotator.isBlank() || item == null || item.isBlank()) {
            throw new IllegalArgumentException("a withdrawal needs the annotator and item of the judgment it takes"
                    + " back");
        }
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
    }

    /** The withdrawal of {@code judgment} at {@code when}. */
    public static Withdrawal of(Judgment judgment, Instant when) {
        return new Withdrawal(judgment.annotator(), judgment.item(), judgment.answeredAt(), when);
    }

    /** Whether this withdraws {@code judgment}: same annotator, item and answer time. */
    public boolean matches(Judgment judgment) {
        return annotator.equals(judgment.annotator()) && item.equals(judgment.item())
                && Objects.equals(answeredAt, judgment.answeredAt());
    }
}
