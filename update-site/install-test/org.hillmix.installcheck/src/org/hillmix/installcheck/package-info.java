/**
 * Test fixture for the installation test (tests/org.hillmix.install-test): a headless application
 * that starts the HILLmix bundles installed into a bare Eclipse platform and reports whether they
 * and the annotation session service came up. It names HILLmix bundles and services by string
 * only, so that building it does not pull HILLmix bundles into the platform repository; they must
 * come from the update site under test.
 */
package org.hillmix.installcheck;
