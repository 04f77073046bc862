package org.hillmix.server.http;

import java.util.Map;

import org.hillmix.server.datasets.DatasetStore;

/** {@code GET /api/v1/datasets}: the server's data sets ({@code {"items": [...]}}). */
public final class ListDatasetsHandler extends ApiHandler {

    private final DatasetStore datasets;

    /** Lists {@code datasets}. */
    public ListDatasetsHandler(DatasetStore datasets) {
        this.datasets = datasets;
    }

    @Override
    protected void serve(Exchange ex) throws Exception {
        ex.json(200, Map.of("items", datasets.list()));
    }
}
