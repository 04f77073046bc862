/**
 * Coverage maps and guided pairs: a 2-D projection of per-item embeddings
 * ({@link org.hillmix.core.coverage.Pca}), an occupancy grid with the empty cells that lie between
 * populated ones ({@link org.hillmix.core.coverage.CoverageMap}), and ranked pairs to mix: pairs whose
 * interpolation path crosses those gaps ({@link org.hillmix.core.coverage.GapPairs}) and pairs where a
 * model's and people's uncertainty disagree most ({@link org.hillmix.core.coverage.DisagreementPairs}).
 * Definitions: {@code docs/coverage.md}.
 */
package org.hillmix.core.coverage;
