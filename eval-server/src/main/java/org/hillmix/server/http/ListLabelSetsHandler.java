package org.hillmix.server.http;

import java.util.Map;

import org.hillmix.server.labelsets.LabelSetStore;

/** {@code GET /api/v1/labelsets}: the uploaded label sets ({@code {"items": [...]}}), oldest first. */
public final class ListLabelSetsHandler extends ApiHandler {

    private final LabelSetStore labelSets;

    /** Lists {@code labelSets}. */
    public ListLabelSetsHandler(LabelSetStore labelSets) {
        this.labelSets = labelSets;
    }

    @Override
    protected void serve(Exchange ex) throws Exception {
        ex.json(200, Map.of("items", labelSets.list()));
    }
}
