/**
 * The application (entry point of the product), workbench advisors, menus, perspective factories and the smoke test of the standalone workbench (not API).
 */
package org.hillmix.rcp.internal;
