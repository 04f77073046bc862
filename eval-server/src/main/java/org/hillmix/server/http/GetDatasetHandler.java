package org.hillmix.server.http;

import org.hillmix.server.datasets.DatasetStore;

/** {@code GET /api/v1/datasets/{id}}: one data set. */
public final class GetDatasetHandler extends ApiHandler {

    private final DatasetStore datasets;

    /** Reads from {@code datasets}. */
    public GetDatasetHandler(DatasetStore datasets) {
        this.datasets = datasets;
    }

    @Override
    protected void serve(Exchange ex) throws Exception {
        String id = ex.pathParam("id");
        ex.json(200, datasets.find(id).orElseThrow(() -> ProblemException.notFound("no data set with id '" + id
                + "'; list them with GET /api/v1/datasets")));
    }
}
