package org.hillmix.server.http;

import java.util.Set;

import org.hillmix.server.labelsets.LabelSetException;
import org.hillmix.server.labelsets.LabelSetStore;

/**
 * {@code DELETE /api/v1/labelsets/{id}}: removes a label set. Answers 204; 404 when there is none; 409 when a
 * queued or running job, or a job being submitted at this moment, refers to it.
 */
public final class DeleteLabelSetHandler extends ApiHandler {

    private final LabelSetStore labelSets;
    private final java.util.concurrent.Callable<Set<String>> needed;

    /** Deletes from {@code labelSets}, sparing the ids {@code needed} returns. */
    public DeleteLabelSetHandler(LabelSetStore labelSets, java.util.concurrent.Callable<Set<String>> needed) {
        this.labelSets = labelSets;
        this.needed = needed;
    }

    @Override
    protected void serve(Exchange ex) throws Exception {
        String id = ex.pathParam("id");
        boolean existed;
        try {
            // needed is read inside the store's lock: the check and the removal are one step (see LabelSetStore)
            existed = labelSets.delete(id, LabelSetStore.ID.matcher(id).matches() ? needed : Set::of);
        } catch (LabelSetException e) {
            throw UploadLabelSetHandler.problem(e);
        }
        if (!existed) {
            throw ProblemException.notFound("no label set with id '" + id + "'; list them with GET /api/v1/labelsets");
        }
        ex.empty(204);
    }
}
