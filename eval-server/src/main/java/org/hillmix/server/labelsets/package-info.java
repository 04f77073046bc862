/**
 * Label sets uploaded to the evaluation server ({@code POST /api/v1/labelsets}): judgment journals, label files
 * and published human-label files, validated at upload, stored content-addressed by SHA-256 and removed by
 * {@link org.hillmix.server.labelsets.UploadRetention} once no job needs them.
 */
package org.hillmix.server.labelsets;
