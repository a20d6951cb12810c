package org.outreachplanner.routing;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether any way at all (whatever its time) leads from one vertex to another: the graph's strongly
 * connected components, and on demand the components each one reaches. This tells a pair with no
 * way from one whose way is merely longer than the time limit. Not thread-safe.
 */
public final class Reachability {

  private final RoadGraph.Arcs out;
  private final int[] scc;
  private final int sccCount;
  private final Map<Integer, BitSet> reached = new HashMap<>();
  private int[] sccStart;
  private int[] sccNext;

  public Reachability(RoadGraph graph) {
    this.out = graph.out;
    this.scc = new int[graph.nodeCount()];
    this.sccCount = strongComponents(graph.nodeCount());
  }

  /** Whether a way leads from vertex u to vertex v; false when either is -1 (off the network). */
  public boolean reaches(int u, int v) {
    if (u < 0 || v < 0) {
      return false;
    }
    if (scc[u] == scc[v]) {
      return true;
    }
    return reachedFrom(scc[u]).get(scc[v]);
  }

  /** The components reachable from component c, found by a search over the component graph. */
  private BitSet reachedFrom(int c) {
    BitSet found = reached.get(c);
    if (found != null) {
      return found;
    }
    if (sccStart == null) {
      indexMembers();
    }
    found = new BitSet(sccCount);
    found.set(c);
    int[] stack = new int[64];
    int top = 0;
    stack[top++] = c;
    while (top > 0) {
      int d = stack[--top];
      for (int v = sccStart[d]; v >= 0; v = sccNext[v]) {
        for (int a = out.start[v]; a < out.start[v + 1]; a++) {
          int e = scc[out.other[a]];
          if (!found.get(e)) {
            found.set(e);
            if (top == stack.length) {
              stack = Arrays.copyOf(stack, top * 2);
            }
            stack[top++] = e;
          }
        }
      }
    }
    reached.put(c, found);
    return found;
  }

  /** Lists the members of each component as linked lists (first member, next member). */
  private void indexMembers() {
    sccStart = new int[sccCount];
    sccNext = new int[scc.length];
    Arrays.fill(sccStart, -1);
    for (int v = scc.length - 1; v >= 0; v--) {
      sccNext[v] = sccStart[scc[v]];
      sccStart[scc[v]] = v;
    }
  }

  /** Tarjan's algorithm without recursion; fills {@link #scc} and returns the count. */
  private int strongComponents(int n) {
    int[] index = new int[n];
    int[] low = new int[n];
    boolean[] onStack = new boolean[n];
    Arrays.fill(index, -1);
    int[] stack = new int[n];
    int stackTop = 0;
    int[] callVertex = new int[n];
    int[] callArc = new int[n];
    int next = 0;
    int count = 0;
    for (int root = 0; root < n; root++) {
      if (index[root] >= 0) {
        continue;
      }
      int depth = 0;
      callVertex[0] = root;
      callArc[0] = out.start[root];
      index[root] = low[root] = next++;
      stack[stackTop++] = root;
      onStack[root] = true;
      while (depth >= 0) {
        int v = callVertex[depth];
        if (callArc[depth] < out.start[v + 1]) {
          int w = out.other[callArc[depth]++];
          if (index[w] < 0) {
            index[w] = low[w] = next++;
            stack[stackTop++] = w;
            onStack[w] = true;
            depth++;
            callVertex[depth] = w;
            callArc[depth] = out.start[w];
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], index[w]);
          }
          continue;
        }
        if (low[v] == index[v]) {
          int w;
          do {
            w = stack[--stackTop];
            onStack[w] = false;
            scc[w] = count;
          } while (w != v);
          count++;
        }
        depth--;
        if (depth >= 0) {
          int parent = callVertex[depth];
          low[parent] = Math.min(low[parent], low[v]);
        }
      }
    }
    return count;
  }
}
