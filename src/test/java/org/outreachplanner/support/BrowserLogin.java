package org.outreachplanner.support;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Signs a real browser in through the login page, as a person would. */
public final class BrowserLogin {

  private BrowserLogin() {}

  /**
   * Opens /login, types the user's name and password, submits, and waits for the role's start page.
   */
  public static void signIn(WebDriver driver, String base, TestUsers.TestUser user) {
    driver.get(base + "/login");
    Waits.browser(driver).until(d -> !d.findElements(By.id("login-submit")).isEmpty());
    driver.findElement(By.id("username")).sendKeys(user.username());
    driver.findElement(By.id("password")).sendKeys(user.password());
    driver.findElement(By.id("login-submit")).click();
    Waits.browser(driver).until(d -> !d.getCurrentUrl().contains("/login"));
  }
}
