package org.outreachplanner.support;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The fixture of the API and map tests ({@code fixtures/border-communes.sql}): provinces Lai Châu
 * and Quảng Trị, five communes, eight villages with known totals.
 */
public final class BorderCommunes {

  public static final int PROVINCES = 2;
  public static final int COMMUNES = 5;
  public static final int VILLAGES = 8;

  private BorderCommunes() {}

  /** Empties the domain tables and loads the fixture. */
  public static void load(JdbcTemplate jdbc) {
    TestTables.clear(jdbc);
    new ResourceDatabasePopulator(new ClassPathResource("fixtures/border-communes.sql"))
        .execute(jdbc.getDataSource());
  }
}
