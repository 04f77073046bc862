/**
 * A small RFC 4180 CSV reader and writer (quoted fields with embedded commas, quotes and line
 * breaks), with errors that name file, line and column. Not API.
 *
 * <p>Why hand-written rather than Jackson's CSV module ({@code jackson-dataformat-csv}, issue 11
 * section 6): checked against 2.18.2, the version of the core's Jackson, it accepts a double quote
 * inside an unquoted field as data ({@code x"y}), where this reader refuses it naming line and
 * column; it reports a quote that is never closed at the end of the input instead of where the
 * quote opened; it keeps a UTF-8 byte-order mark as part of the first column name; and it returns
 * blank lines as empty rows. The published study exports (CIFAR-10S, H-Mix) and the corpus in
 * {@code eval-server/src/test/resources/hostile/cli/csv} depend on the first three, so the module
 * would need a wrapper for each, and it would add a bundle to the workbench's target platform and
 * feature for a 170-line reader. Reading and decoding errors name the file and byte offset through
 * {@link org.hillmix.core.internal.fs.InputFiles}.
 */
package org.hillmix.core.internal.csv;
