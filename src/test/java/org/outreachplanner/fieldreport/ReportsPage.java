package org.outreachplanner.fieldreport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.outreachplanner.support.Waits;

/**
 * The visit reports of the team page and the dashboard's field reports card, as a person uses them:
 * buttons clicked, fields typed into, and what the page says read back.
 */
final class ReportsPage {

  static final Path SHOTS = Path.of("target", "screenshots");

  private final WebDriver driver;

  ReportsPage(WebDriver driver) {
    this.driver = driver;
  }

  /** Opens the form of the nth visit of the list (0-based): a first report or a correction. */
  WebElement open(int visit) {
    return openBy(d -> d.findElements(By.cssSelector("#reports .report-open")).get(visit));
  }

  /** Opens the form of an unplanned visit. */
  WebElement openUnplanned() {
    return openBy(d -> d.findElement(By.id("report-unplanned")));
  }

  /**
   * Clicks the button and waits for the form; the list is drawn again whenever a report's state
   * changes, so a button found may be gone when clicked: then it is found and clicked again.
   */
  private WebElement openBy(java.util.function.Function<WebDriver, WebElement> button) {
    Waits.browser(driver)
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              button.apply(d).click();
              return true;
            });
    return Waits.browser(driver).until(d -> d.findElement(By.id("report-form")));
  }

  /** Fills the form: "reached" yes/no, then fields by name (selects by value), empty leaves it. */
  void fill(WebElement form, boolean reached, Map<String, String> fields) {
    form.findElement(By.cssSelector("input[name=reached][value=" + (reached ? "yes" : "no") + "]"))
        .click();
    fields.forEach(
        (name, value) -> {
          WebElement field = form.findElement(By.name(name));
          if (field.getTagName().equals("select")) {
            new Select(field).selectByValue(value);
          } else {
            field.clear();
            if (field.getAttribute("type").equals("time")) {
              // what a time field takes from the keyboard follows the browser's locale (08:40 or
              // 08:40 AM): the time is set as the field's picker sets it
              script(
                  "arguments[0].value = arguments[1];"
                      + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}))",
                  field,
                  value);
            } else {
              field.sendKeys(value);
            }
          }
        });
  }

  /** Submits the form and waits until the list is back (the report saved). */
  void save(WebElement form) {
    form.findElement(By.cssSelector("button[type=submit]")).click();
    Waits.browser(driver).until(d -> d.findElements(By.id("report-form")).isEmpty());
  }

  /** The problems the form shows, or "" when it shows none. */
  String problems(WebElement form) {
    WebElement p = form.findElement(By.className("report-problems"));
    return p.isDisplayed() ? p.getText() : "";
  }

  /** The states of the reports on the list, in order ("none" for a visit without a report). */
  @SuppressWarnings("unchecked")
  List<String> states() {
    return (List<String>)
        script(
            "return [...document.querySelectorAll('#reports .report-state')]"
                + ".map(b => b.dataset.state)");
  }

  void waitForStates(List<String> wanted) {
    Waits.until("the reports to be " + wanted).until(() -> states().equals(wanted));
  }

  /** How far the page is wider than the window (0: no sideways scroll). */
  long sidewaysScroll() {
    return (Long)
        script(
            "return Math.max(0, document.documentElement.scrollWidth - window.innerWidth,"
                + " document.body.scrollWidth - window.innerWidth)");
  }

  /** What a finger cannot hit well: visible controls of #reports less than 44 px high or wide. */
  @SuppressWarnings("unchecked")
  List<String> smallTargets() {
    return (List<String>)
        script(
            "return [...document.querySelectorAll('#reports button, #reports select,"
                + " #reports input:not([type=radio]), #reports textarea, #reports a,"
                + " #reports .report-choice')]"
                + ".filter(e => e.offsetParent !== null)"
                + ".filter(e => { const r = e.getBoundingClientRect();"
                + " return r.height < 44 || r.width < 44; })"
                + ".map(e => (e.name || e.id || e.className || e.tagName) + ' '"
                + " + Math.round(e.getBoundingClientRect().width) + 'x'"
                + " + Math.round(e.getBoundingClientRect().height))");
  }

  /**
   * Runs a script with a callback {@code done}, the page's own modules at hand by import (the same
   * instances the page uses).
   */
  Object async(String js) {
    return ((JavascriptExecutor) driver)
        .executeAsyncScript("const done = arguments[arguments.length - 1];" + js);
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  void shot(String name) throws IOException {
    Files.createDirectories(SHOTS);
    Files.write(SHOTS.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
