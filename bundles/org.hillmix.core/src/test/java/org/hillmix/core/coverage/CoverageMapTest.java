package org.hillmix.core.coverage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Occupancy grid, gap cells and gap pairs on synthetic clusters with known holes. */
class CoverageMapTest {

    /** A 5x5 lattice of spacing 0.3 around each centre; {@code labels} receives the cluster index. */
    static double[][] clusters(double[][] centres, List<Integer> labels) {
        List<double[]> pts = new ArrayList<>();
        for (int c = 0; c < centres.length; c++) {
            for (int a = -2; a <= 2; a++) {
                for (int b = -2; b <= 2; b++) {
                    pts.add(new double[] {centres[c][0] + 0.3 * a, centres[c][1] + 0.3 * b});
                    labels.add(c);
                }
            }
        }
        return pts.toArray(double[][]::new);
    }

    /** Eight clusters on a circle of radius 10: the disc of radius ~8 inside is a hole. */
    static double[][] ring(List<Integer> labels) {
        double[][] centres = new double[8][];
        for (int k = 0; k < 8; k++) {
            double a = 2 * Math.PI * k / 8;
            centres[k] = new double[] {10 * Math.cos(a), 10 * Math.sin(a)};
        }
        return clusters(centres, labels);
    }

    @Test
    void ringHasItsCentreAsGapsAndNoGapOutsideOrPopulated() {
        List<Integer> labels = new ArrayList<>();
        CoverageMap map = CoverageMap.of(ring(labels), 12, 1);
        int gaps = 0;
        for (int c = 0; c < 144; c++) {
            double[] b = map.cellBounds(c);
            double cx = b[0] + b[2] / 2;
            double cy = b[1] + b[3] / 2;
            if (Math.hypot(cx, cy) < 6) {
                assertTrue(map.gap(c), "cell " + c + " at (" + cx + ", " + cy + ") lies in the hole");
            }
            if (map.gap(c)) {
                gaps++;
                assertFalse(map.populated(c));
                assertTrue(Math.hypot(cx, cy) < 11.5, "gap cell " + c + " outside the ring");
            }
        }
        assertTrue(gaps >= 30, gaps + " gap cells");
        // the grid's corners lie outside the hull of the ring: empty but not gaps
        assertFalse(map.populated(0));
        assertFalse(map.gap(0));
        assertFalse(map.gap(143));
    }

    @Test
    void triangleKeepsTheEmptyCornerOutsideItsHull() {
        List<Integer> labels = new ArrayList<>();
        CoverageMap map = CoverageMap.of(clusters(new double[][] {{0, 0}, {10, 0}, {0, 10}}, labels), 10, 1);
        assertTrue(map.gap(map.cellIndex(3, 3)), "inside the triangle");
        assertFalse(map.gap(map.cellIndex(9, 9)), "beyond the hypotenuse");
        assertFalse(map.populated(map.cellIndex(9, 9)));
        assertTrue(map.populated(map.cellIndex(0, 0)));
        assertEquals(25, map.count(map.cellIndex(10, 0)) + countNear(map, 10, 0));
    }

    private static int countNear(CoverageMap map, double x, double y) {
        // the cluster at (x, y) spans +-0.6, which may straddle cells: count the rest of its 25 points
        int cell = map.cellIndex(x, y);
        int n = 0;
        for (int i = 0; i < map.points(); i++) {
            double[] p = map.point(i);
            if (Math.abs(p[0] - x) <= 0.61 && Math.abs(p[1] - y) <= 0.61 && map.cellOf(i) != cell) {
                n++;
            }
        }
        return n;
    }

    @Test
    void traversalVisitsEveryCellTheSegmentTouches() {
        double[][] corners = {{0, 0}, {4, 4}, {0, 4}, {4, 0}};
        CoverageMap map = CoverageMap.of(corners, 4, 1);
        double[] b = map.cellBounds(0);
        double w = b[2];
        double x0 = b[0];
        // horizontal through the middle of row 1: cells 4, 5, 6, 7
        assertArrayEquals(new int[] {4, 5, 6, 7}, map.cellsAlong(new double[] {x0 + 0.5 * w, x0 + 1.5 * w},
                new double[] {x0 + 3.5 * w, x0 + 1.5 * w}));
        // the diagonal through cell corners also counts the cells beside each corner
        int[] diag = map.cellsAlong(new double[] {x0 + 0.5 * w, x0 + 0.5 * w}, new double[] {x0 + 3.5 * w,
                x0 + 3.5 * w});
        assertEquals(Set.of(0, 1, 4, 5, 6, 9, 10, 11, 14, 15), toSet(diag));
        // a shallow slope: from (0.5, 0.5) to (3.5, 1.2) in cell units crosses row 0 then row 1
        int[] shallow = map.cellsAlong(new double[] {x0 + 0.5 * w, x0 + 0.5 * w}, new double[] {x0 + 3.5 * w,
                x0 + 1.2 * w});
        assertEquals(0, shallow[0]);
        assertEquals(7, shallow[shallow.length - 1]);
        for (int k = 1; k < shallow.length; k++) {
            int dx = Math.abs(shallow[k] % 4 - shallow[k - 1] % 4);
            int dy = Math.abs(shallow[k] / 4 - shallow[k - 1] / 4);
            assertEquals(1, dx + dy, "4-connected steps: " + Arrays.toString(shallow));
        }
    }

    private static Set<Integer> toSet(int[] a) {
        Set<Integer> s = new HashSet<>();
        for (int v : a) {
            s.add(v);
        }
        return s;
    }

    @Test
    void gapPairsCrossTheHoleAndFollowTheGreedyCoverage() {
        List<Integer> labelList = new ArrayList<>();
        double[][] pts = ring(labelList);
        int[] labels = labelList.stream().mapToInt(Integer::intValue).toArray();
        CoverageMap map = CoverageMap.of(pts, 12, 1);
        List<SuggestedPair> pairs = GapPairs.rank(map, labels, 6);
        assertEquals(6, pairs.size());
        // brute force: the most gap cells any cross-class pair's path crosses
        int most = 0;
        for (int i = 0; i < pts.length; i++) {
            for (int j = i + 1; j < pts.length; j++) {
                if (labels[i] != labels[j]) {
                    most = Math.max(most, gapCount(map, pts[i], pts[j], Set.of()));
                }
            }
        }
        Set<Integer> covered = new HashSet<>();
        Set<List<Integer>> seen = new HashSet<>();
        for (int k = 0; k < pairs.size(); k++) {
            SuggestedPair p = pairs.get(k);
            assertNotEquals(labels[p.first()], labels[p.second()], "pairs mix two classes");
            assertTrue(seen.add(List.of(p.first(), p.second())), "no pair twice");
            assertEquals(gapCount(map, pts[p.first()], pts[p.second()], Set.of()), p.gapCells());
            assertEquals(gapCount(map, pts[p.first()], pts[p.second()], covered), (int) p.score(), "pair " + k);
            if (k == 0) {
                assertEquals(most, p.gapCells(), "the first pair crosses the most gap cells");
                // opposite clusters: the path runs through the centre of the ring
                double[] mid = {(pts[p.first()][0] + pts[p.second()][0]) / 2, (pts[p.first()][1] + pts[p.second()][1]) / 2};
                assertTrue(Math.hypot(mid[0], mid[1]) < 2, Arrays.toString(mid));
            }
            for (int c : map.cellsAlong(pts[p.first()], pts[p.second()])) {
                if (map.gap(c)) {
                    covered.add(c);
                }
            }
        }
        // the second pair adds new gap cells, and no better one existed
        assertTrue(pairs.get(1).score() > 0);
    }

    private static int gapCount(CoverageMap map, double[] a, double[] b, Set<Integer> covered) {
        int n = 0;
        for (int c : map.cellsAlong(a, b)) {
            if (map.gap(c) && !covered.contains(c)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void aMapWithoutHolesProposesNoGapPairs() {
        // one dense square lattice: every cell populated
        double[][] pts = new double[100][];
        int[] labels = new int[100];
        for (int i = 0; i < 100; i++) {
            pts[i] = new double[] {i % 10, i / 10};
            labels[i] = i % 2;
        }
        CoverageMap map = CoverageMap.of(pts, 5, 1);
        assertEquals(0, map.gapCells().length);
        assertTrue(GapPairs.rank(map, labels, 5).isEmpty());
    }

    @Test
    void embeddingsInTenDimensionsProjectToAMapWithTheSameHole() {
        // the ring placed in the plane spanned by two orthonormal vectors u, v of R^10, offset by 3 in every
        // coordinate; each cluster also moves by +-0.05 along a third direction w, the same for all its points
        List<Integer> labels = new ArrayList<>();
        double[][] ring = ring(labels);
        double[] u = new double[10];
        double[] v = new double[10];
        double[] w = new double[10];
        for (int j = 0; j < 10; j++) {
            u[j] = j < 5 ? 1 / Math.sqrt(5) : 0;
            v[j] = j < 5 ? 0 : 1 / Math.sqrt(5);
            w[j] = j % 5 == 4 ? 0 : (j % 2 == 0 ? 1 : -1) / Math.sqrt(8); // orthogonal to u and v
        }
        double[][] emb = new double[ring.length][10];
        for (int i = 0; i < ring.length; i++) {
            double tiny = labels.get(i) % 2 == 0 ? 0.05 : -0.05; // uncorrelated with the ring's coordinates
            for (int j = 0; j < 10; j++) {
                emb[i][j] = 3 + ring[i][0] * u[j] + ring[i][1] * v[j] + tiny * w[j];
            }
        }
        Pca pca = Pca.fit(emb, 2);
        assertTrue(pca.explained(0) + pca.explained(1) > 0.9999);
        double[][] xy = pca.project(emb);
        CoverageMap map = CoverageMap.of(xy, 12, 1);
        // the projection is the ring up to rotation: distances from the centre are kept
        for (int i = 0; i < ring.length; i++) {
            assertEquals(Math.hypot(ring[i][0], ring[i][1]), Math.hypot(xy[i][0], xy[i][1]), 1e-9);
        }
        assertTrue(map.gap(map.cellIndex(0, 0)));
    }
}
