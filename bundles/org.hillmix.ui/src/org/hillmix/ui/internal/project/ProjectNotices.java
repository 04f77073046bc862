package org.hillmix.ui.internal.project;

import org.eclipse.osgi.util.NLS;
import org.hillmix.core.project.Batch;
import org.hillmix.core.project.HillmixProject;
import org.hillmix.core.project.OpenProject;
import org.hillmix.ui.internal.l10n.Messages;

/** The sentences that confirm a project step with what it produced. */
final class ProjectNotices {

    private ProjectNotices() {
    }

    /** "Opened project Pilot: 2 stimulus sets, 18 batches for 2 annotators." ({@code template} with four slots). */
    static String summary(String template, OpenProject project) {
        HillmixProject d = project.descriptor();
        long annotators = d.batches().stream().map(Batch::annotator).distinct().count();
        return NLS.bind(template, new Object[] {d.name(), d.stimulusSets().size(), d.batches().size(), annotators});
    }
}
