package cn.gov.guizhou.ipp.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's, driven by its ChromeDriver) pointed at the portal through the
 * gateway, with an axe-core accessibility check for every page a test visits. Screenshots go to
 * {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

  static final String PORTAL = "http://localhost:8080";
  private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

  final ChromeDriver driver;
  private final Path profile;
  private final WebDriverWait wait;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /** A browser whose user speaks the given language ({@code zh-CN} or {@code en-US}). */
  static Browser open(String language) {
    return open(language, 1280, 1000);
  }

  static Browser open(String language, int width, int height) {
    try {
      Path profile = Files.createTempDirectory("ipp-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(System.getProperty("ipp.browser.binary", "/usr/bin/chromium"));
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-default-apps",
          "--disable-extensions",
          "--lang=" + language,
          "--accept-lang=" + language,
          "--window-size=" + width + "," + height,
          "--user-data-dir=" + profile);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(
                  Path.of(System.getProperty("ipp.browser.driver", "/usr/bin/chromedriver"))
                      .toFile())
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      return new Browser(driver, profile);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  Browser go(String path) {
    driver.get(path.startsWith("http") ? path : PORTAL + path);
    return this;
  }

  WebElement find(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  String text(String css) {
    return find(css).getText();
  }

  Browser type(String css, String value) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(value);
    return this;
  }

  Browser choose(String css, String value) {
    new org.openqa.selenium.support.ui.Select(find(css)).selectByValue(value);
    return this;
  }

  Browser click(String css) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    return this;
  }

  /** Waits until the page's address contains the text. */
  Browser at(String urlPart) {
    wait.until(ExpectedConditions.urlContains(urlPart));
    return this;
  }

  String lang() {
    return find("html").getDomAttribute("lang");
  }

  String page() {
    return driver.getPageSource();
  }

  Set<String> cookieNames() {
    return driver.manage().getCookies().stream().map(Cookie::getName).collect(Collectors.toSet());
  }

  /** Signs in on Keycloak's own page (the browser is sent there by the portal). */
  Browser signIn(String username) {
    find("#username").sendKeys(username);
    find("#password").sendKeys("demo");
    click("#kc-login");
    wait.until(ExpectedConditions.urlContains(PORTAL));
    return this;
  }

  /** No serious or critical accessibility violation on the page as it is now. */
  Browser accessible(String page) {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(driver);
    List<String> blocking =
        results.getViolations().stream()
            .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
            .map(Browser::describe)
            .toList();
    assertThat(blocking)
        .as("accessibility of " + page + " (" + driver.getCurrentUrl() + ")")
        .isEmpty();
    return this;
  }

  private static String describe(Rule rule) {
    return rule.getId()
        + " ("
        + rule.getImpact()
        + "): "
        + rule.getHelp()
        + " at "
        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).toList();
  }

  /** Keeps a screenshot of the page as {@code target/screenshots/<name>.png}. */
  Browser screenshot(String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // a temporary profile left behind is harmless
      }
    }
  }
}
