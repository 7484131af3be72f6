package org.sitrep.app.eval;

/** The assignment problem (Kuhn–Munkres with potentials): the largest total of a one-to-one matching. */
final class Assignment {
    private Assignment() {}

    /** The maximum total weight of a matching of rows to columns, each used at most once. */
    static double maximum(double[][] weight) {
        boolean transpose = weight.length > weight[0].length;
        int n = transpose ? weight[0].length : weight.length;
        int m = transpose ? weight.length : weight[0].length;
        // Minimise the negated weights; rows ≤ columns, 1-based arrays as in the classic formulation.
        double[] u = new double[n + 1];
        double[] v = new double[m + 1];
        int[] matchOfColumn = new int[m + 1];
        int[] way = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            matchOfColumn[0] = i;
            int j0 = 0;
            double[] minv = new double[m + 1];
            boolean[] used = new boolean[m + 1];
            java.util.Arrays.fill(minv, Double.POSITIVE_INFINITY);
            do {
                used[j0] = true;
                int i0 = matchOfColumn[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        double cost = -(transpose ? weight[j - 1][i0 - 1] : weight[i0 - 1][j - 1]) - u[i0] - v[j];
                        if (cost < minv[j]) {
                            minv[j] = cost;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[matchOfColumn[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (matchOfColumn[j0] != 0);
            do {
                int j1 = way[j0];
                matchOfColumn[j0] = matchOfColumn[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        double total = 0;
        for (int j = 1; j <= m; j++) {
            if (matchOfColumn[j] != 0) {
                int i = matchOfColumn[j];
                total += transpose ? weight[j - 1][i - 1] : weight[i - 1][j - 1];
            }
        }
        return total;
    }
}
