package org.hillmix.ui.internal.views;

import java.util.Optional;

import org.eclipse.swt.SWT;

/**
 * The keyboard layout of the categorical view. Each question has its own key row, in class order:
 * <ul>
 * <li>{@value #TOP_KEYS}: most probable class 1-10,</li>
 * <li>{@value #SECOND_KEYS}: second most probable class 1-10, {@code n}: no second class,</li>
 * <li>{@value #IMPOSSIBLE_KEYS}: toggle "impossible" for class 1-10,</li>
 * <li>Enter: submit.</li>
 * </ul>
 * The keys are printed on the buttons, so annotators on other keyboard layouts read them there.
 * Keys with Ctrl, Alt or Command are left to the workbench; classes beyond the tenth need the mouse.
 */
public final class CategoricalShortcuts {

    /** Keys choosing the most probable class, in class order. */
    public static final String TOP_KEYS = "1234567890";
    /** Keys choosing the second most probable class, in class order. */
    public static final String SECOND_KEYS = "qwertyuiop";
    /** Key choosing "no second class". */
    public static final char SECOND_NONE_KEY = 'n';
    /** Keys toggling "impossible", in class order. */
    public static final String IMPOSSIBLE_KEYS = "asdfghjkl;";

    /** What a key does. */
    public sealed interface Action {
    }

    /** Choose class {@code index} as the most probable class. */
    public record ChooseTop(int index) implements Action {
    }

    /** Choose class {@code index} as the second most probable class, or -1 for none. */
    public record ChooseSecond(int index) implements Action {
    }

    /** Toggle whether class {@code index} is marked impossible. */
    public record ToggleImpossible(int index) implements Action {
    }

    /** Submit the answer. */
    public record Submit() implements Action {
    }

    private CategoricalShortcuts() {
    }

    /**
     * The action of a key press, if any.
     *
     * @param keyCode SWT key code of the event
     * @param stateMask SWT modifier state of the event
     * @param classCount number of classes of the task
     */
    public static Optional<Action> actionFor(int keyCode, int stateMask, int classCount) {
        if ((stateMask & (SWT.CTRL | SWT.ALT | SWT.COMMAND)) != 0) {
            return Optional.empty();
        }
        if (keyCode == SWT.CR || keyCode == SWT.KEYPAD_CR) {
            return Optional.of(new Submit());
        }
        char key;
        if (keyCode >= SWT.KEYPAD_0 && keyCode <= SWT.KEYPAD_9) {
            key = (char) ('0' + keyCode - SWT.KEYPAD_0);
        } else if (keyCode > 0 && keyCode < 128) {
            key = Character.toLowerCase((char) keyCode);
        } else {
            return Optional.empty();
        }
        if (key == SECOND_NONE_KEY) {
            return Optional.of(new ChooseSecond(-1));
        }
        int top = TOP_KEYS.indexOf(key);
        if (top >= 0) {
            return top < classCount ? Optional.of(new ChooseTop(top)) : Optional.empty();
        }
        int second = SECOND_KEYS.indexOf(key);
        if (second >= 0) {
            return second < classCount ? Optional.of(new ChooseSecond(second)) : Optional.empty();
        }
        int impossible = IMPOSSIBLE_KEYS.indexOf(key);
        if (impossible >= 0) {
            return impossible < classCount ? Optional.of(new ToggleImpossible(impossible)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The key label for class {@code index} in {@code row} (upper case), or empty past the tenth class. */
    public static String keyLabel(String row, int index) {
        return index < row.length() ? String.valueOf(Character.toUpperCase(row.charAt(index))) : "";
    }
}
