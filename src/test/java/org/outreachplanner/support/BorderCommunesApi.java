package org.outreachplanner.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The set-up the read-API tests share: the {@link BorderCommunes} fixture loaded before each test,
 * and a client of the running application. Subclasses are {@link WebTest}s.
 */
public abstract class BorderCommunesApi {

  @Autowired protected JdbcTemplate jdbc;
  @LocalServerPort protected int port;
  protected ApiClient api;

  @BeforeEach
  protected void loadFixture() {
    BorderCommunes.load(jdbc);
    api = new ApiClient(port);
  }
}
