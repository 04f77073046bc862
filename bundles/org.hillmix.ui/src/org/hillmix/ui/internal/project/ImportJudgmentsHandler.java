package org.hillmix.ui.internal.project;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** HILLmix > Import Published Judgments...: the same wizard as File > Import > HILLmix. */
public final class ImportJudgmentsHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        ProjectHandlers.openWizard(shell, new ImportJudgmentsWizard());
        return null;
    }
}
