package org.outreachplanner.generate;

/** How many synthetic base stations each operator has in a commune. */
record TowerCounts(int viettel, int vnpt, int mobifone) {

  int of(Operator operator) {
    return switch (operator) {
      case VIETTEL -> viettel;
      case VNPT -> vnpt;
      case MOBIFONE -> mobifone;
    };
  }
}
