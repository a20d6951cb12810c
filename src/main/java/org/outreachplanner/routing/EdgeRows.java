package org.outreachplanner.routing;

import java.util.Arrays;

/**
 * Edge rows as {@code outreach_edge_costs} returns them (id, source, target, cost, reverse cost in
 * seconds, −1 when not traversable that way, and length in metres), held in growing primitive
 * arrays while they are read.
 */
public final class EdgeRows {

  private long[] id = new long[1024];
  private long[] source = new long[1024];
  private long[] target = new long[1024];
  private double[] cost = new double[1024];
  private double[] reverseCost = new double[1024];
  private double[] length = new double[1024];
  private int size;

  public void add(
      long edgeId, long from, long to, double seconds, double reverseSeconds, double metres) {
    if (size == id.length) {
      int grown = size * 2;
      id = Arrays.copyOf(id, grown);
      source = Arrays.copyOf(source, grown);
      target = Arrays.copyOf(target, grown);
      cost = Arrays.copyOf(cost, grown);
      reverseCost = Arrays.copyOf(reverseCost, grown);
      length = Arrays.copyOf(length, grown);
    }
    id[size] = edgeId;
    source[size] = from;
    target[size] = to;
    cost[size] = seconds;
    reverseCost[size] = reverseSeconds;
    length[size] = metres;
    size++;
  }

  public int size() {
    return size;
  }

  public long id(int row) {
    return id[row];
  }

  public long source(int row) {
    return source[row];
  }

  public long target(int row) {
    return target[row];
  }

  public double cost(int row) {
    return cost[row];
  }

  public double reverseCost(int row) {
    return reverseCost[row];
  }

  public double length(int row) {
    return length[row];
  }

  long[] ids() {
    return Arrays.copyOf(id, size);
  }
}
