/**
 * The smoke test of the HILLmix Workbench product: a test fixture added to the materialised product only by the
 * product build's integration test (never part of the product, the features or the update site).
 */
package org.hillmix.rcp.smoketest;
