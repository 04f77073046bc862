package org.hillmix.core.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * An occupancy grid over 2-D points (a projection of item embeddings) and its <b>gap cells</b>:
 * the empty cells that lie between populated ones.
 *
 * <ul>
 * <li>Grid: the points' bounding box, widened by half a per cent on each side so that no point lies
 * on the outer edge, cut into {@code size x size} equal cells; cell {@code (cx, cy)} holds the points
 * with {@code floor((x - minX) / width) = cx}, likewise for y.</li>
 * <li>Populated: a cell holding at least {@code minCount} points.</li>
 * <li>Gap: an unpopulated cell whose centre lies in the convex hull of the populated cells' centres
 * (Andrew's monotone chain; the boundary counts as inside). A point in that hull is a convex
 * combination of populated places, so it is reachable by interpolating between items, which is
 * what mixup does; cells outside the hull are the map's outside, not holes in it.</li>
 * </ul>
 */
public final class CoverageMap {

    private final int size;
    private final double minX;
    private final double minY;
    private final double cellWidth;
    private final double cellHeight;
    private final double[][] points;
    private final int[] counts;
    private final int minCount;
    private final boolean[] gap;

    private CoverageMap(int size, double minX, double minY, double cellWidth, double cellHeight, double[][] points,
            int[] counts, int minCount, boolean[] gap) {
        this.size = size;
        this.minX = minX;
        this.minY = minY;
        this.cellWidth = cellWidth;
        this.cellHeight = cellHeight;
        this.points = points;
        this.counts = counts;
        this.minCount = minCount;
        this.gap = gap;
    }

    /** A grid side for {@code n} points: {@code round(sqrt(n / 4))} clamped to 4-32, about 4 points per cell. */
    public static int defaultSize(int n) {
        return (int) Math.max(4, Math.min(32, Math.round(Math.sqrt(n / 4.0))));
    }

    /**
     * Builds the map.
     *
     * @param points {@code points[i] = {x, y}}
     * @param size cells per side, 2-256
     * @param minCount points a cell needs to count as populated, at least 1
     * @throws IllegalArgumentException when there are fewer than 2 points, a point is not finite or not
     *             2-D, or a parameter is out of range
     */
    public static CoverageMap of(double[][] points, int size, int minCount) {
        if (points.length < 2) {
            throw new IllegalArgumentException("a coverage map needs at least 2 points, got " + points.length);
        }
        if (size < 2 || size > 256) {
            throw new IllegalArgumentException("grid size " + size + " is outside 2-256");
        }
        if (minCount < 1) {
            throw new IllegalArgumentException("minimum count " + minCount + " must be at least 1");
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        double[][] copy = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            double[] p = points[i];
            if (p.length != 2 || !Double.isFinite(p[0]) || !Double.isFinite(p[1])) {
                throw new IllegalArgumentException("point " + i + " is not a finite 2-D point: " + Arrays.toString(p));
            }
            copy[i] = p.clone();
            minX = Math.min(minX, p[0]);
            minY = Math.min(minY, p[1]);
            maxX = Math.max(maxX, p[0]);
            maxY = Math.max(maxY, p[1]);
        }
        double spanX = maxX - minX;
        double spanY = maxY - minY;
        // a degenerate axis gets a unit span so cells keep a size
        double padX = spanX > 0 ? spanX * 0.005 : 0.5;
        double padY = spanY > 0 ? spanY * 0.005 : 0.5;
        minX -= padX;
        minY -= padY;
        double cw = (spanX + 2 * padX) / size;
        double ch = (spanY + 2 * padY) / size;
        int[] counts = new int[size * size];
        CoverageMap probe = new CoverageMap(size, minX, minY, cw, ch, copy, counts, minCount, null);
        for (double[] p : copy) {
            counts[probe.cellIndex(p[0], p[1])]++;
        }
        boolean[] gap = gaps(probe, counts, minCount);
        return new CoverageMap(size, minX, minY, cw, ch, copy, counts, minCount, gap);
    }

    private static boolean[] gaps(CoverageMap m, int[] counts, int minCount) {
        List<double[]> centres = new ArrayList<>();
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] >= minCount) {
                centres.add(new double[] {c % m.size + 0.5, c / m.size + 0.5});
            }
        }
        List<double[]> hull = convexHull(centres);
        boolean[] gap = new boolean[counts.length];
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] < minCount) {
                gap[c] = inside(hull, c % m.size + 0.5, c / m.size + 0.5);
            }
        }
        return gap;
    }

    /** Andrew's monotone chain: the hull's vertices counter-clockwise, without collinear points. */
    static List<double[]> convexHull(List<double[]> pts) {
        List<double[]> p = new ArrayList<>(pts);
        p.sort(Comparator.<double[]>comparingDouble(a -> a[0]).thenComparingDouble(a -> a[1]));
        if (p.size() < 3) {
            return p;
        }
        double[][] h = new double[2 * p.size()][];
        int k = 0;
        for (double[] q : p) {
            while (k >= 2 && cross(h[k - 2], h[k - 1], q) <= 0) {
                k--;
            }
            h[k++] = q;
        }
        for (int i = p.size() - 2, t = k + 1; i >= 0; i--) {
            double[] q = p.get(i);
            while (k >= t && cross(h[k - 2], h[k - 1], q) <= 0) {
                k--;
            }
            h[k++] = q;
        }
        return new ArrayList<>(Arrays.asList(h).subList(0, k - 1));
    }

    private static double cross(double[] o, double[] a, double[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }

    /** Whether (x, y) lies in or on the convex polygon {@code hull} (counter-clockwise; 1-2 vertices: on the segment). */
    static boolean inside(List<double[]> hull, double x, double y) {
        double[] q = {x, y};
        double eps = 1e-9;
        if (hull.size() == 1) {
            return Math.abs(hull.get(0)[0] - x) < eps && Math.abs(hull.get(0)[1] - y) < eps;
        }
        if (hull.size() == 2) {
            double[] a = hull.get(0);
            double[] b = hull.get(1);
            return Math.abs(cross(a, b, q)) < eps && x >= Math.min(a[0], b[0]) - eps && x <= Math.max(a[0], b[0]) + eps
                    && y >= Math.min(a[1], b[1]) - eps && y <= Math.max(a[1], b[1]) + eps;
        }
        for (int i = 0; i < hull.size(); i++) {
            if (cross(hull.get(i), hull.get((i + 1) % hull.size()), q) < -eps) {
                return false;
            }
        }
        return true;
    }

    /** The index {@code cy * size + cx} of the cell holding (x, y), clamped to the grid. */
    public int cellIndex(double x, double y) {
        int cx = (int) Math.floor((x - minX) / cellWidth);
        int cy = (int) Math.floor((y - minY) / cellHeight);
        cx = Math.min(Math.max(cx, 0), size - 1);
        cy = Math.min(Math.max(cy, 0), size - 1);
        return cy * size + cx;
    }

    /** The cell of point {@code i}. */
    public int cellOf(int i) {
        return cellIndex(points[i][0], points[i][1]);
    }

    /** Cells per side. */
    public int size() {
        return size;
    }

    /** Number of points. */
    public int points() {
        return points.length;
    }

    /** Point {@code i}, {@code {x, y}}. */
    public double[] point(int i) {
        return points[i].clone();
    }

    /** Points in cell {@code cell}. */
    public int count(int cell) {
        return counts[cell];
    }

    /** Whether cell {@code cell} holds at least the minimum count. */
    public boolean populated(int cell) {
        return counts[cell] >= minCount;
    }

    /** Whether cell {@code cell} is a gap (see the class comment). */
    public boolean gap(int cell) {
        return gap[cell];
    }

    /** The gap cells' indices, ascending. */
    public int[] gapCells() {
        int n = 0;
        for (boolean g : gap) {
            if (g) {
                n++;
            }
        }
        int[] out = new int[n];
        for (int c = 0, k = 0; c < gap.length; c++) {
            if (gap[c]) {
                out[k++] = c;
            }
        }
        return out;
    }

    /** The lower-left corner of cell {@code (cx, cy)} and the cell's width and height: {@code {x, y, w, h}}. */
    public double[] cellBounds(int cell) {
        return new double[] {minX + (cell % size) * cellWidth, minY + (cell / size) * cellHeight, cellWidth, cellHeight};
    }

    /**
     * The distinct cells the segment from point {@code a} to point {@code b} passes through, in order,
     * by the grid traversal of Amanatides and Woo (Eurographics 1987). A segment through a cell corner
     * passes the two cells beside the corner too (a conservative "crossing").
     */
    public int[] cellsAlong(double[] a, double[] b) {
        int[] buf = new int[4 * size + 8];
        int n = walk(a[0], a[1], b[0], b[1], buf, false);
        return Arrays.copyOf(buf, n);
    }

    /** The gap cells along the segment between points {@code i} and {@code j}, into {@code buf}; returns their number. */
    int gapCellsAlong(int i, int j, int[] buf) {
        return walk(points[i][0], points[i][1], points[j][0], points[j][1], buf, true);
    }

    /** Writes the cells of the traversal (only gap cells when {@code gapsOnly}) into {@code out}; returns the count. */
    private int walk(double ax0, double ay0, double bx0, double by0, int[] out, boolean gapsOnly) {
        double ax = (ax0 - minX) / cellWidth;
        double ay = (ay0 - minY) / cellHeight;
        double bx = (bx0 - minX) / cellWidth;
        double by = (by0 - minY) / cellHeight;
        int cx = clamp((int) Math.floor(ax));
        int cy = clamp((int) Math.floor(ay));
        int ex = clamp((int) Math.floor(bx));
        int ey = clamp((int) Math.floor(by));
        double dx = bx - ax;
        double dy = by - ay;
        int stepX = dx > 0 ? 1 : dx < 0 ? -1 : 0;
        int stepY = dy > 0 ? 1 : dy < 0 ? -1 : 0;
        double tDeltaX = stepX == 0 ? Double.POSITIVE_INFINITY : Math.abs(1 / dx);
        double tDeltaY = stepY == 0 ? Double.POSITIVE_INFINITY : Math.abs(1 / dy);
        double tMaxX = stepX > 0 ? (cx + 1 - ax) / dx : stepX < 0 ? (cx - ax) / dx : Double.POSITIVE_INFINITY;
        double tMaxY = stepY > 0 ? (cy + 1 - ay) / dy : stepY < 0 ? (cy - ay) / dy : Double.POSITIVE_INFINITY;
        int n = emit(out, 0, cy * size + cx, gapsOnly);
        int guard = 4 * size + 4;
        while ((cx != ex || cy != ey) && guard-- > 0) {
            if (Math.abs(tMaxX - tMaxY) < 1e-12) {
                // through a corner: count both side cells, then step diagonally
                if (inGrid(cx + stepX, cy)) {
                    n = emit(out, n, cy * size + cx + stepX, gapsOnly);
                }
                if (inGrid(cx, cy + stepY)) {
                    n = emit(out, n, (cy + stepY) * size + cx, gapsOnly);
                }
                cx += stepX;
                cy += stepY;
                tMaxX += tDeltaX;
                tMaxY += tDeltaY;
            } else if (tMaxX < tMaxY) {
                cx += stepX;
                tMaxX += tDeltaX;
            } else {
                cy += stepY;
                tMaxY += tDeltaY;
            }
            if (!inGrid(cx, cy)) {
                break;
            }
            n = emit(out, n, cy * size + cx, gapsOnly);
        }
        return n;
    }

    /** Appends {@code cell} unless filtered out or already the last one written (the walk never revisits others). */
    private int emit(int[] out, int n, int cell, boolean gapsOnly) {
        if (gapsOnly && !gap[cell]) {
            return n;
        }
        for (int k = Math.max(0, n - 3); k < n; k++) {
            if (out[k] == cell) {
                return n;
            }
        }
        out[n] = cell;
        return n + 1;
    }

    /** Distance between points {@code i} and {@code j}. */
    double distance(int i, int j) {
        return Math.hypot(points[j][0] - points[i][0], points[j][1] - points[i][1]);
    }

    private int clamp(int c) {
        return Math.min(Math.max(c, 0), size - 1);
    }

    private boolean inGrid(int cx, int cy) {
        return cx >= 0 && cy >= 0 && cx < size && cy < size;
    }
}
