/**
 * A small RFC 4180 CSV reader and writer (quoted fields with embedded commas, quotes and line
 * breaks), with errors that name file, line and column. Not API.
 */
package org.hillmix.core.internal.csv;
