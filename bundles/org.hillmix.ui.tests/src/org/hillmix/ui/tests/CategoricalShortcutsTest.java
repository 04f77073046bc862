package org.hillmix.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.eclipse.swt.SWT;
import org.hillmix.ui.internal.views.CategoricalShortcuts;
import org.hillmix.ui.internal.views.CategoricalShortcuts.Action;
import org.hillmix.ui.internal.views.CategoricalShortcuts.ChooseSecond;
import org.hillmix.ui.internal.views.CategoricalShortcuts.ChooseTop;
import org.hillmix.ui.internal.views.CategoricalShortcuts.Submit;
import org.hillmix.ui.internal.views.CategoricalShortcuts.ToggleImpossible;
import org.junit.jupiter.api.Test;

class CategoricalShortcutsTest {

    private static Optional<Action> key(int keyCode) {
        return CategoricalShortcuts.actionFor(keyCode, 0, 10);
    }

    @Test
    void digitRowChoosesTheMostProbableClass() {
        assertEquals(Optional.of(new ChooseTop(0)), key('1'));
        assertEquals(Optional.of(new ChooseTop(3)), key('4'));
        assertEquals(Optional.of(new ChooseTop(9)), key('0'));
        assertEquals(Optional.of(new ChooseTop(2)), key(SWT.KEYPAD_3));
    }

    @Test
    void letterRowChoosesTheSecondClassAndNMeansNone() {
        assertEquals(Optional.of(new ChooseSecond(0)), key('q'));
        assertEquals(Optional.of(new ChooseSecond(2)), key('e'));
        assertEquals(Optional.of(new ChooseSecond(9)), key('P'));
        assertEquals(Optional.of(new ChooseSecond(-1)), key('n'));
    }

    @Test
    void homeRowTogglesImpossibleClasses() {
        assertEquals(Optional.of(new ToggleImpossible(0)), key('a'));
        assertEquals(Optional.of(new ToggleImpossible(8)), key('l'));
        assertEquals(Optional.of(new ToggleImpossible(9)), key(';'));
    }

    @Test
    void enterSubmits() {
        assertEquals(Optional.of(new Submit()), key(SWT.CR));
        assertEquals(Optional.of(new Submit()), key(SWT.KEYPAD_CR));
    }

    @Test
    void keysWithModifiersAreLeftToTheWorkbench() {
        assertTrue(CategoricalShortcuts.actionFor('1', SWT.CTRL, 10).isEmpty());
        assertTrue(CategoricalShortcuts.actionFor('q', SWT.ALT, 10).isEmpty());
    }

    @Test
    void keysBeyondTheClassCountAndOtherKeysDoNothing() {
        assertTrue(CategoricalShortcuts.actionFor('5', 0, 4).isEmpty());
        assertTrue(CategoricalShortcuts.actionFor('t', 0, 4).isEmpty());
        assertTrue(key('z').isEmpty());
        assertTrue(key(SWT.F1).isEmpty());
    }

    @Test
    void keyLabelsAreUpperCaseAndEmptyPastTheTenthClass() {
        assertEquals("W", CategoricalShortcuts.keyLabel(CategoricalShortcuts.SECOND_KEYS, 1));
        assertEquals(";", CategoricalShortcuts.keyLabel(CategoricalShortcuts.IMPOSSIBLE_KEYS, 9));
        assertEquals("", CategoricalShortcuts.keyLabel(CategoricalShortcuts.TOP_KEYS, 10));
    }
}
