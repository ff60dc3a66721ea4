package se.kvalitet.assignments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MinCostFlowTest {

    @Test
    void smallNetworkWithAKnownOptimum() {
        // two routes s→t: 0→1→3 (cost 1+1, cap 2) and 0→2→3 (cost 3+0, cap 5); 4 units: 2 at 2 + 2 at 3
        MinCostFlow f = new MinCostFlow(4, 5);
        int cheap = f.addArc(0, 1, 2, 1);
        f.addArc(1, 3, 2, 1);
        int dear = f.addArc(0, 2, 5, 3);
        f.addArc(2, 3, 2, 0);
        f.run(0, 3);
        assertEquals(4, f.flow());
        assertEquals(10, f.cost());
        assertEquals(2, f.flowOn(cheap));
        assertEquals(2, f.flowOn(dear));
    }

    /** Random graphs against plain successive shortest paths with Bellman-Ford: same flow value, same cost. */
    @Test
    void agreesWithSuccessiveShortestPaths() {
        Random random = new Random(5);
        for (int round = 0; round < 300; round++) {
            int nodes = 2 + random.nextInt(9);
            int arcs = random.nextInt(30);
            int[][] arc = new int[arcs][];
            MinCostFlow f = new MinCostFlow(nodes, arcs);
            for (int i = 0; i < arcs; i++) {
                arc[i] = new int[] {random.nextInt(nodes), random.nextInt(nodes), random.nextInt(5), random.nextInt(7)};
                f.addArc(arc[i][0], arc[i][1], arc[i][2], arc[i][3]);
            }
            f.run(0, nodes - 1);
            long[] expected = reference(nodes, arc, 0, nodes - 1);
            assertEquals(expected[0], f.flow(), "flow, round " + round);
            assertEquals(expected[1], f.cost(), "cost, round " + round);
        }
    }

    private static long[] reference(int nodes, int[][] arcs, int s, int t) {
        int m = arcs.length * 2;
        int[] from = new int[m];
        int[] to = new int[m];
        int[] cap = new int[m];
        int[] cost = new int[m];
        for (int i = 0; i < arcs.length; i++) {
            from[2 * i] = arcs[i][0];
            to[2 * i] = arcs[i][1];
            cap[2 * i] = arcs[i][2];
            cost[2 * i] = arcs[i][3];
            from[2 * i + 1] = arcs[i][1];
            to[2 * i + 1] = arcs[i][0];
            cost[2 * i + 1] = -arcs[i][3];
        }
        long flow = 0;
        long total = 0;
        while (true) {
            long[] dist = new long[nodes];
            int[] via = new int[nodes];
            Arrays.fill(dist, Long.MAX_VALUE);
            Arrays.fill(via, -1);
            dist[s] = 0;
            for (int k = 0; k < nodes; k++) {
                for (int a = 0; a < m; a++) {
                    if (cap[a] > 0 && dist[from[a]] != Long.MAX_VALUE && dist[from[a]] + cost[a] < dist[to[a]]) {
                        dist[to[a]] = dist[from[a]] + cost[a];
                        via[to[a]] = a;
                    }
                }
            }
            if (dist[t] == Long.MAX_VALUE) {
                return new long[] {flow, total};
            }
            int push = Integer.MAX_VALUE;
            for (int v = t; v != s; v = from[via[v]]) {
                push = Math.min(push, cap[via[v]]);
            }
            for (int v = t; v != s; v = from[via[v]]) {
                cap[via[v]] -= push;
                cap[via[v] ^ 1] += push;
            }
            flow += push;
            total += (long) push * dist[t];
        }
    }
}
