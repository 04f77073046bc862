package org.hillmix.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.osgi.util.NLS;
import org.hillmix.ui.eval.internal.l10n.Messages;
import org.hillmix.ui.eval.internal.views.RunProgress;
import org.junit.jupiter.api.Test;

/** The evaluation's status line shows the share of the whole run, never a finished stage's "(100%)". */
class RunProgressTest {

    @Test
    void theLineShowsTheShareOfTheRunNotOfTheStage() {
        RunProgress run = new RunProgress();
        assertEquals("queued", run.line("queued"), "total unknown: the task alone");
        run.begin(200);
        run.worked(50);
        assertEquals(25, run.percent());
        assertEquals(NLS.bind(Messages.Report_runProgress, "training hard, seed 1", 25),
                run.line("training hard, seed 1 (100%)"));
        run.worked(149);
        assertEquals(99, run.percent(), "199 of 200 is not done");
        run.worked(500);
        assertEquals(100, run.percent(), "never above 100");
        assertEquals("training (x)" + " \u2014 100% of the run", run.line("training (x)"));
    }
}
