package org.outreachplanner.generate;

import java.util.List;

/**
 * A province and its communes; {@code totals} apply to the villages of communes without their own.
 */
record ProvinceSpec(String code, String name, Totals totals, List<CommuneSpec> communes) {}
