package org.outreachplanner.pages;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The life of a class taking the guides' screenshots: the demo and a browser, then closing it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GuideScreenshotsSupport {

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  GuidePictures pictures;
  WebDriver driver;

  @BeforeAll
  void theDemo() throws IOException {
    pictures = GuidePictures.ofTheDemo(jdbc, port);
    driver = pictures.driver;
  }

  @AfterAll
  void stop() throws IOException {
    if (pictures != null) {
      pictures.close();
    }
  }
}
