package org.hillmix.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.swt.SWT;
import org.hillmix.ui.internal.views.ConstructMidpointView;
import org.hillmix.ui.internal.views.FreeDistributionView;
import org.hillmix.ui.internal.views.SelectShuffledView;
import org.junit.jupiter.api.Test;

/** The key handling of the midpoint and free-distribution views, checked against hand-worked cases. */
class MidpointAndDistributionLogicTest {

    @Test
    void selectKeysMoveThroughTheGrid() {
        assertEquals(0, SelectShuffledView.target(-1, 0, 'a', 11));
        assertEquals(10, SelectShuffledView.target(-1, 0, 'K', 11));
        assertEquals(-1, SelectShuffledView.target(-1, 0, 'L', 11), "no twelfth cell");
        assertEquals(0, SelectShuffledView.target(-1, SWT.ARROW_DOWN, (char) 0, 11));
        assertEquals(5, SelectShuffledView.target(1, SWT.ARROW_DOWN, (char) 0, 11));
        assertEquals(9, SelectShuffledView.target(5, SWT.ARROW_DOWN, (char) 0, 11));
        assertEquals(7, SelectShuffledView.target(7, SWT.ARROW_DOWN, (char) 0, 11), "the last row has no cell under 7");
        assertEquals(9, SelectShuffledView.target(8, SWT.ARROW_RIGHT, (char) 0, 11));
        assertEquals(10, SelectShuffledView.target(10, SWT.ARROW_RIGHT, (char) 0, 11), "stays at the last cell");
        assertEquals(0, SelectShuffledView.target(0, SWT.ARROW_UP, (char) 0, 11), "stays in the first row");
    }

    @Test
    void constructAndDigitKeys() {
        assertEquals(1, ConstructMidpointView.step(SWT.ARROW_RIGHT, (char) 0));
        assertEquals(1, ConstructMidpointView.step(0, '+'));
        assertEquals(-1, ConstructMidpointView.step(SWT.ARROW_LEFT, (char) 0));
        assertEquals(-1, ConstructMidpointView.step(0, '-'));
        assertEquals(0, ConstructMidpointView.step(SWT.ARROW_UP, (char) 0));
        assertEquals(0, FreeDistributionView.digitClass('1', 10));
        assertEquals(9, FreeDistributionView.digitClass('0', 10));
        assertEquals(-1, FreeDistributionView.digitClass('0', 3), "a three-class task has no tenth class");
        assertEquals(-1, FreeDistributionView.digitClass('x', 10));
    }
}
