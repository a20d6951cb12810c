package org.outreachplanner.routing;

/**
 * A binary min-heap of vertices keyed by a double, with decrease-key: the priority queue of the
 * shortest-path searches. Keys are kept next to the vertices for locality. Not thread-safe: each
 * search owns one.
 */
final class NodeHeap {

  private final int[] nodes;
  private final double[] keys;

  /** Position of each vertex in the heap plus one; 0 when it is not in the heap. */
  private final int[] slot;

  private int size;

  NodeHeap(int capacity) {
    nodes = new int[capacity];
    keys = new double[capacity];
    slot = new int[capacity];
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** The smallest key; only when not empty. */
  double peekKey() {
    return keys[0];
  }

  /** Inserts {@code node}, or lowers its key when it is in the heap with a larger one. */
  void push(int node, double key) {
    int i = slot[node] - 1;
    if (i < 0) {
      i = size++;
    } else if (key >= keys[i]) {
      return;
    }
    siftUp(i, node, key);
  }

  /** Sets the key of {@code node}, inserting it when it is not in the heap. */
  void set(int node, double key) {
    int i = slot[node] - 1;
    if (i < 0) {
      siftUp(size++, node, key);
    } else if (key < keys[i]) {
      siftUp(i, node, key);
    } else {
      siftDown(i, node, key);
    }
  }

  /** Removes and returns the vertex with the smallest key. */
  int poll() {
    int top = nodes[0];
    slot[top] = 0;
    size--;
    if (size > 0) {
      siftDown(0, nodes[size], keys[size]);
    }
    return top;
  }

  /** Empties the heap in time proportional to its size. */
  void clear() {
    for (int i = 0; i < size; i++) {
      slot[nodes[i]] = 0;
    }
    size = 0;
  }

  private void siftUp(int i, int node, double key) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (keys[parent] <= key) {
        break;
      }
      move(parent, i);
      i = parent;
    }
    place(i, node, key);
  }

  private void siftDown(int i, int node, double key) {
    int half = size >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      int right = child + 1;
      if (right < size && keys[right] < keys[child]) {
        child = right;
      }
      if (key <= keys[child]) {
        break;
      }
      move(child, i);
      i = child;
    }
    place(i, node, key);
  }

  private void move(int from, int to) {
    nodes[to] = nodes[from];
    keys[to] = keys[from];
    slot[nodes[to]] = to + 1;
  }

  private void place(int i, int node, double key) {
    nodes[i] = node;
    keys[i] = key;
    slot[node] = i + 1;
  }
}
