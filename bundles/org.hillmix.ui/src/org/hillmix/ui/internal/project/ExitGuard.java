package org.hillmix.ui.internal.project;

import java.util.Optional;
import java.util.function.BiPredicate;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.IWorkbenchWindow;
import org.hillmix.core.session.AnnotationSession;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.services.Services;

/**
 * Asks before the workbench exits while an annotation session has unanswered items, and says that every answer
 * given is already saved (the journal is written before an answer counts), so exiting loses nothing but the
 * item on screen.
 */
public final class ExitGuard implements IWorkbenchListener {

    private final BiPredicate<Shell, String> ask;

    /** Asks with a question dialog (Exit / Keep Annotating). */
    public ExitGuard() {
        this(ExitGuard::askWithDialog);
    }

    /**
     * Asks with {@code ask} (tests answer without a dialog).
     *
     * @param ask given the parent shell (may be {@code null}) and the message, whether to exit
     */
    public ExitGuard(BiPredicate<Shell, String> ask) {
        this.ask = ask;
    }

    @Override
    public boolean preShutdown(IWorkbench workbench, boolean forced) {
        Optional<AnnotationSession> session = Services.sessions().current();
        if (forced || session.isEmpty() || session.get().isFinished()) {
            return true;
        }
        AnnotationSession s = session.get();
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        return ask.test(window == null ? null : window.getShell(), message(s));
    }

    @Override
    public void postShutdown(IWorkbench workbench) {
        // nothing: the session service closes the journal when it is deactivated
    }

    /** The question asked for {@code session}. */
    public static String message(AnnotationSession session) {
        return NLS.bind(Messages.Exit_running, new Object[] {session.task().name(), session.answered(),
                session.size()});
    }

    private static boolean askWithDialog(Shell shell, String message) {
        MessageDialog d = new MessageDialog(shell, Messages.Exit_title, null, message, MessageDialog.QUESTION, 1,
                Messages.Exit_exit, Messages.Exit_stay);
        return d.open() == 0; // the first button, Exit
    }
}
