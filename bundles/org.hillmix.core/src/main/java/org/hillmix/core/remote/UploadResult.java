package org.hillmix.core.remote;

/**
 * One local source made available on the server.
 *
 * @param field where the job configuration names it ({@code dataset}, {@code labels[0]}, ...)
 * @param id the server's id for it
 * @param uploaded whether it was sent now (false: the server had those bytes already)
 * @param bytes bytes sent (0 when not uploaded)
 */
public record UploadResult(String field, String id, boolean uploaded, long bytes) {
}
