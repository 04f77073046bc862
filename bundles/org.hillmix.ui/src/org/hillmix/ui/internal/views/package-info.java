/**
 * The elicitation views of the workbench (e4 POJO parts contributed as {@code <e4view>}) and their
 * widgets. Views collect answers and show what the core computes; they decide nothing about the
 * science: validation, flags and soft labels come from {@code org.hillmix.core}.
 */
package org.hillmix.ui.internal.views;
