package org.hillmix.server.http;

import org.hillmix.server.labelsets.LabelSetStore;

/**
 * {@code GET /api/v1/labelsets/{id}}: one label set. Clients ask with the SHA-256 of a file before uploading it: a
 * 200 means the server has those bytes already.
 */
public final class GetLabelSetHandler extends ApiHandler {

    private final LabelSetStore labelSets;

    /** Reads from {@code labelSets}. */
    public GetLabelSetHandler(LabelSetStore labelSets) {
        this.labelSets = labelSets;
    }

    @Override
    protected void serve(Exchange ex) throws Exception {
        String id = ex.pathParam("id");
        ex.json(200, labelSets.find(id).orElseThrow(() -> ProblemException.notFound("no label set with id '" + id
                + "' (the SHA-256 of its bytes); list them with GET /api/v1/labelsets")));
    }
}
