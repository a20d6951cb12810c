package org.outreachplanner.generate;

/** The counts of one village; always eidDone ≤ eligible ≤ residents. */
record Population(int households, int residents, int eligible, int eidDone) {}
