package org.outreachplanner.schedule;

/**
 * The area a solve plans: a commune or a province.
 *
 * @param kind commune or province
 * @param code its code
 * @param name its name
 * @param provinceCode its province (itself for a province)
 */
public record Area(String kind, String code, String name, String provinceCode) {}
