package org.hillmix.core.shift;

/**
 * A plasma fractal height map by the diamond-square algorithm (Fournier, Fussell and Carpenter,
 * CACM 1982) on a periodic {@code n x n} grid, {@code n} a power of two, as the published fog
 * corruption uses it: the map starts at 0 in the corner; for step {@code s = n, n/2, ..., 2} the
 * square step sets each square's centre to the mean of its 4 corners and the diamond step each
 * edge midpoint to the mean of its 4 neighbours at distance {@code s/2} (indices wrap), each plus
 * {@code w^2 U(-1, 1)}; {@code w} starts at 100 and is divided by {@code decay} after each step.
 * The map is finally scaled to [0, 1]. A larger {@code decay} gives a smoother map.
 */
final class PlasmaFractal {

    private PlasmaFractal() {
    }

    /** The smallest power of two that is at least {@code size}. */
    static int mapSize(int size) {
        int n = 1;
        while (n < size) {
            n <<= 1;
        }
        return Math.max(n, 2);
    }

    /** The {@code n x n} map as {@code map[y][x]}, values in [0, 1]. */
    static double[][] generate(int n, double decay, Draws draws) {
        double[][] m = new double[n][n];
        double wibble = 100;
        for (int s = n; s >= 2; s /= 2) {
            int h = s / 2;
            double amp = wibble * wibble;
            for (int y = 0; y < n; y += s) {
                for (int x = 0; x < n; x += s) {
                    double mean = (m[y][x] + m[y][(x + s) % n] + m[(y + s) % n][x] + m[(y + s) % n][(x + s) % n]) / 4;
                    m[y + h][x + h] = mean + amp * draws.uniform(-1, 1);
                }
            }
            for (int y = 0; y < n; y += s) {
                for (int x = 0; x < n; x += s) {
                    // midpoint of the top edge (y, x + h) and of the left edge (y + h, x)
                    double top = (m[y][x] + m[y][(x + s) % n] + m[(y - h + n) % n][x + h] + m[y + h][x + h]) / 4;
                    double left = (m[y][x] + m[(y + s) % n][x] + m[y + h][(x - h + n) % n] + m[y + h][x + h]) / 4;
                    m[y][x + h] = top + amp * draws.uniform(-1, 1);
                    m[y + h][x] = left + amp * draws.uniform(-1, 1);
                }
            }
            wibble /= decay;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : m) {
            for (double v : row) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        double range = max - min;
        for (double[] row : m) {
            for (int x = 0; x < n; x++) {
                row[x] = range == 0 ? 0 : (row[x] - min) / range;
            }
        }
        return m;
    }
}
