package se.kvalitet.assignments.control;

import java.util.Arrays;

/**
 * Min-cost max-flow for small non-negative integer costs, on primitive arrays (arc {@code i} and its reverse
 * {@code i ^ 1}). Primal-dual: one Dijkstra on reduced costs per phase sets the potentials, then a Dinic blocking
 * flow pushes every unit that fits on the zero-reduced-cost arcs. The number of phases is bounded by the number of
 * distinct shortest-path lengths, which small costs keep low; this is what makes thousands of units cheap compared
 * with one Dijkstra per unit.
 */
final class MinCostFlow {

    private static final long INF = Long.MAX_VALUE / 4;

    private final int nodes;
    private int[] to;
    private int[] cap;
    private int[] cost;
    private int arcs;

    private int[] start;
    private int[] rev;
    private int[] position;
    private long[] potential;
    private long[] dist;
    private int[] level;
    private int[] current;
    private int[] queue;
    private long[] heap;
    private int[] path;
    private int[] zeroStart;
    private int[] zero;

    private long flow;
    private long totalCost;
    private int phases;

    MinCostFlow(int nodes, int expectedArcs) {
        this.nodes = nodes;
        int size = Math.max(16, 2 * expectedArcs);
        to = new int[size];
        cap = new int[size];
        cost = new int[size];
    }

    /** Adds an arc and returns its index; its flow is then {@link #flowOn(int)}. */
    int addArc(int from, int target, int capacity, int unitCost) {
        if (unitCost < 0 || capacity < 0) {
            throw new IllegalArgumentException("negative cost or capacity");
        }
        if (arcs + 2 > to.length) {
            int grown = to.length * 2;
            to = Arrays.copyOf(to, grown);
            cap = Arrays.copyOf(cap, grown);
            cost = Arrays.copyOf(cost, grown);
        }
        int a = arcs;
        to[a] = target;
        cap[a] = capacity;
        cost[a] = unitCost;
        to[a + 1] = from;
        cap[a + 1] = 0;
        cost[a + 1] = -unitCost;
        arcs += 2;
        return a;
    }

    /** Flow on an arc returned by {@link #addArc}, after {@link #run}. */
    int flowOn(int arc) {
        return cap[rev[position[arc]]];
    }

    long flow() {
        return flow;
    }

    long cost() {
        return totalCost;
    }

    int phases() {
        return phases;
    }

    /** Sends as much flow as possible from {@code s} to {@code t} at least cost. */
    void run(int s, int t) {
        buildAdjacency();
        potential = new long[nodes];
        dist = new long[nodes];
        level = new int[nodes];
        current = new int[nodes];
        queue = new int[nodes];
        heap = new long[Math.max(16, nodes)];
        path = new int[nodes];
        zeroStart = new int[nodes + 1];
        zero = new int[arcs];
        while (shortestPaths(s, t)) {
            phases++;
            collectAdmissible();
            while (levels(s, t)) {
                long pushed = blockingFlow(s, t);
                if (pushed == 0) {
                    break;
                }
                flow += pushed;
            }
        }
        totalCost = 0;
        for (int a = 0; a < arcs; a++) {
            if (cost[a] > 0) {
                totalCost += (long) cost[a] * cap[rev[a]];
            }
        }
    }

    /**
     * Reorders the arcs by tail so that every scan reads {@code to}, {@code cap} and {@code cost} sequentially;
     * {@code rev} then links each arc to its reverse, and {@code position} maps the caller's arc indices.
     */
    private void buildAdjacency() {
        start = new int[nodes + 1];
        for (int a = 0; a < arcs; a++) {
            start[to[a ^ 1] + 1]++;
        }
        for (int v = 0; v < nodes; v++) {
            start[v + 1] += start[v];
        }
        position = new int[arcs];
        int[] fill = Arrays.copyOf(start, nodes);
        for (int a = 0; a < arcs; a++) {
            position[a] = fill[to[a ^ 1]]++;
        }
        int[] sortedTo = new int[arcs];
        int[] sortedCap = new int[arcs];
        int[] sortedCost = new int[arcs];
        rev = new int[arcs];
        for (int a = 0; a < arcs; a++) {
            int i = position[a];
            sortedTo[i] = to[a];
            sortedCap[i] = cap[a];
            sortedCost[i] = cost[a];
            rev[i] = position[a ^ 1];
        }
        to = sortedTo;
        cap = sortedCap;
        cost = sortedCost;
    }

    /**
     * Dijkstra on reduced costs, stopped once {@code t} is settled; potentials then grow by min(dist, dist(t)),
     * which keeps every residual reduced cost non-negative and makes the shortest paths exactly the zero arcs.
     */
    private boolean shortestPaths(int s, int t) {
        Arrays.fill(dist, INF);
        dist[s] = 0;
        int size = 0;
        heap[size++] = ((long) 0 << 32) | s;
        long target = INF;
        while (size > 0) {
            long top = heap[0];
            size = pop(size);
            int u = (int) (top & 0xFFFF_FFFFL);
            long d = top >>> 32;
            if (d > dist[u]) {
                continue;
            }
            if (u == t) {
                target = d;
                break;
            }
            long pu = potential[u];
            for (int a = start[u], end = start[u + 1]; a < end; a++) {
                if (cap[a] > 0) {
                    int v = to[a];
                    long nd = d + cost[a] + pu - potential[v];
                    if (nd < dist[v]) {
                        dist[v] = nd;
                        size = push(size, (nd << 32) | v);
                    }
                }
            }
        }
        if (target == INF) {
            return false;
        }
        for (int v = 0; v < nodes; v++) {
            potential[v] += Math.min(dist[v], target);
        }
        return true;
    }

    private int push(int size, long value) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, heap.length * 2);
        }
        int i = size;
        heap[i] = value;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heap[parent] <= value) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = value;
        return size + 1;
    }

    private int pop(int size) {
        long last = heap[--size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heap[child + 1] < heap[child]) {
                child++;
            }
            if (heap[child] >= last) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        if (size > 0) {
            heap[i] = last;
        }
        return size;
    }

    /**
     * The arcs of zero reduced cost, per tail. Potentials do not change within a phase and an arc's reverse has
     * zero reduced cost too, so this small subgraph is all the phase's blocking flows need to look at.
     */
    private void collectAdmissible() {
        int k = 0;
        for (int u = 0; u < nodes; u++) {
            zeroStart[u] = k;
            long pu = potential[u];
            for (int a = start[u], end = start[u + 1]; a < end; a++) {
                if (cost[a] + pu == potential[to[a]]) {
                    zero[k++] = a;
                }
            }
        }
        zeroStart[nodes] = k;
    }

    /** BFS levels over the admissible (residual, zero reduced cost) arcs. */
    private boolean levels(int s, int t) {
        Arrays.fill(level, -1);
        level[s] = 0;
        int head = 0;
        int tail = 0;
        queue[tail++] = s;
        while (head < tail) {
            int u = queue[head++];
            if (level[t] >= 0 && level[u] >= level[t]) {
                break; // nothing beyond the sink's level can be on a shortest augmenting path
            }
            for (int j = zeroStart[u], end = zeroStart[u + 1]; j < end; j++) {
                int a = zero[j];
                int v = to[a];
                if (cap[a] > 0 && level[v] < 0) {
                    level[v] = level[u] + 1;
                    queue[tail++] = v;
                }
            }
        }
        return level[t] >= 0;
    }

    /** Iterative Dinic blocking flow with current-arc pointers (paths can be long; no recursion). */
    private long blockingFlow(int s, int t) {
        System.arraycopy(zeroStart, 0, current, 0, nodes);
        long total = 0;
        int depth = 0;
        int u = s;
        while (true) {
            if (u == t) {
                int bottleneck = Integer.MAX_VALUE;
                for (int i = 0; i < depth; i++) {
                    bottleneck = Math.min(bottleneck, cap[path[i]]);
                }
                int restart = depth;
                for (int i = 0; i < depth; i++) {
                    int a = path[i];
                    cap[a] -= bottleneck;
                    cap[rev[a]] += bottleneck;
                    if (cap[a] == 0 && i < restart) {
                        restart = i;
                    }
                }
                total += bottleneck;
                depth = restart;
                u = depth == 0 ? s : to[path[depth - 1]];
                continue;
            }
            boolean advanced = false;
            int next = level[u] + 1;
            for (int end = zeroStart[u + 1]; current[u] < end; current[u]++) {
                int a = zero[current[u]];
                int v = to[a];
                if (cap[a] > 0 && level[v] == next) {
                    path[depth++] = a;
                    u = v;
                    advanced = true;
                    break;
                }
            }
            if (!advanced) {
                if (depth == 0) {
                    return total;
                }
                level[u] = -1;
                depth--;
                u = to[rev[path[depth]]];
                current[u]++;
            }
        }
    }
}
