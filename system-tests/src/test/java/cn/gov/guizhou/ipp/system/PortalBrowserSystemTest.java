package cn.gov.guizhou.ipp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web portal in a real browser against the running platform: the public catalogue, signing in
 * on Keycloak's page, an applicant unit registering its organisation (the platform's own refusal at
 * the field, in Chinese and in English), its credit check, a double-clicked form, and signing out.
 * Every page visited passes an axe-core check with no serious or critical violation.
 */
@ExtendWith(LocalPlatform.class)
class PortalBrowserSystemTest {

  private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}");

  @Test
  void theCatalogueIsPublicAndChineseUnlessEnglishIsChosen() {
    try (Browser browser = Browser.open("zh-CN")) {
      browser.go("/");
      assertThat(browser.lang()).isEqualTo("zh-Hans");
      assertThat(browser.text("h1")).contains("贵州省知识产权运用促进项目申报指南");
      assertThat(browser.page()).contains("高价值专利培育项目", "每个项目资助500,000.00 元");
      browser.accessible("catalogue (zh)").screenshot("catalogue-zh");

      browser.click("a.lang-switch");
      browser.at("lang=en");
      assertThat(browser.lang()).isEqualTo("en");
      assertThat(browser.page())
          .contains("High-value patent cultivation", "CNY 500,000.00 per project");
      browser.accessible("catalogue (en)").screenshot("catalogue-en");

      browser.click("a[href*='/programmes/DATA-IP-SECURITISATION']");
      browser.at("/programmes/DATA-IP-SECURITISATION");
      assertThat(browser.page()).contains("4% of the issuance amount", "CNY 2,000,000.00");
      browser.accessible("track (en)").screenshot("track-en");

      browser.click("a.lang-switch");
      assertThat(browser.text("h1")).contains("知识产权");
      browser.accessible("track (zh)").screenshot("track-zh");
    }
  }

  @Test
  void aBrowserThatPrefersEnglishGetsEnglish() {
    try (Browser browser = Browser.open("en-US")) {
      browser.go("/");
      assertThat(browser.lang()).isEqualTo("en");
      assertThat(browser.text("h1")).contains("Application guide");
    }
  }

  @Test
  void anApplicantRegistersItsOrganisationAndSeesItsCreditCheck() {
    try (Browser browser = Browser.open("zh-CN")) {
      browser.go("/organisations/new");
      assertThat(browser.lang()).as("Keycloak's sign-in page speaks Chinese").startsWith("zh");
      browser.signIn("applicant-a").at("/organisations/new");
      browser.accessible("registration form (zh)");

      fill(browser, UsccGenerator.withWrongCheckCharacter(), "贵阳星河专利科技有限公司");
      browser.click("form.form button[type=submit]");
      assertThat(browser.text(".error-summary h2")).isEqualTo("提交未成功，请修改以下问题");
      String message = browser.text("#f-creditCode-error");
      assertThat(message).contains("第18位校验码不正确");
      assertThat(browser.find(".error-summary a[href='#f-creditCode']").getText())
          .isEqualTo(message.replace("错误：", "").trim());
      assertThat(browser.find("#f-creditCode").getDomAttribute("aria-invalid")).isEqualTo("true");
      assertThat(browser.find("#f-legalName").getDomProperty("value")).isEqualTo("贵阳星河专利科技有限公司");
      browser.accessible("registration refused (zh)").screenshot("registration-refused-zh");

      String code = UsccGenerator.withOrganisationCodeStartingWith('A');
      fill(browser, code, "贵阳星河专利科技有限公司");
      browser.click("form.form button[type=submit]");
      browser.at("/organisations/");
      assertThat(browser.text(".notice")).contains("单位已登记");
      assertThat(browser.page()).contains(code, "贵阳市", "企业");
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofSeconds(2))
          .untilAsserted(
              () -> {
                browser.driver.navigate().refresh();
                assertThat(browser.text("#credit ~ p.status")).contains("无不良信用记录");
              });
      browser.accessible("organisation (zh)").screenshot("organisation-zh");

      browser.go("/organisations");
      assertThat(browser.page()).contains("贵阳星河专利科技有限公司");
      browser.accessible("my organisations (zh)");

      browser.go("/programmes/HVP?year=2027").click("a[href*='/applications/new']");
      browser.at("/applications/new");
      assertThat(browser.find("#f-trackCode").getDomProperty("value")).isEqualTo("HVP");
      browser.accessible("start an application (zh)");
      browser.click("form.form button[type=submit]");
      assertThat(browser.find(".error-summary a[href='#f-content-title']").getText()).isNotBlank();
      browser.accessible("start an application refused (zh)");
      browser.choose(
          "#f-leadOrganisationId",
          browser.find("#f-leadOrganisationId option").getDomAttribute("value"));
      browser.type("#f-content-title", "星河高价值专利培育");
      browser.click("form.form button[type=submit]");
      browser.at("/applications/");
      assertThat(browser.text("h1")).isEqualTo("星河高价值专利培育");
      // A new draft is a task list: its materials not yet started.
      assertThat(browser.page()).contains("草稿", "申报材料");
      assertThat(browser.text("#task-materials-status")).isEqualTo("未开始");
      browser.accessible("application (zh)").screenshot("application-zh");
      browser.go("/applications");
      assertThat(browser.page()).contains("星河高价值专利培育");
      browser.accessible("my applications (zh)");
    }
  }

  @Test
  void theRefusalIsInEnglishForAnEnglishSpeaker() {
    try (Browser browser = Browser.open("en-US")) {
      browser.go("/organisations/new");
      assertThat(browser.lang()).as("Keycloak's sign-in page speaks English").startsWith("en");
      browser.signIn("applicant-b").at("/organisations/new");
      fill(browser, UsccGenerator.withWrongCheckCharacter(), "Zunyi Patent Works Ltd");
      browser.choose("#f-region", "ZUNYI");
      browser.click("form.form button[type=submit]");
      assertThat(browser.text(".error-summary h2")).isEqualTo("There is a problem");
      String message = browser.text("#f-creditCode-error");
      assertThat(message).contains("check character (character 18) does not match");
      assertThat(message).doesNotContainPattern("\\p{IsHan}");
      browser.accessible("registration refused (en)").screenshot("registration-refused-en");
    }
  }

  @Test
  void aDoubleClickedRegistrationRegistersOnce() {
    try (Browser browser = Browser.open("zh-CN")) {
      browser.go("/organisations/new").signIn("applicant-b").at("/organisations/new");
      String name = "毕节双击测试有限公司" + System.nanoTime() % 100000;
      fill(browser, UsccGenerator.withOrganisationCodeStartingWith('B'), name);
      browser.driver.executeScript(
          "var b = document.querySelector('form.form button[type=submit]'); b.click(); b.click();");
      browser.at("/organisations/");
      assertThat(browser.text(".notice")).contains("单位已登记");
      browser.go("/organisations");
      assertThat(browser.all("td a").stream().filter(a -> a.getText().equals(name))).hasSize(1);
    }
  }

  @Test
  void theBrowserNeverHoldsATokenAndSigningOutEndsTheSingleSignOn() {
    try (Browser browser = Browser.open("zh-CN")) {
      browser.go("/organisations").signIn("applicant-a").at("/organisations");
      assertThat(browser.cookieNames()).contains("IPP_PORTAL_SESSION");
      browser.driver.manage().getCookies().stream()
          .filter(
              c ->
                  c.getDomain().contains("localhost")
                      && browser.driver.getCurrentUrl().startsWith(Browser.PORTAL))
          .forEach(c -> assertThat(c.getValue()).doesNotContainPattern(JWT));
      assertThat(browser.page()).doesNotContainPattern(JWT);
      Object storage =
          browser.driver.executeScript(
              "return JSON.stringify(localStorage) + JSON.stringify(sessionStorage);");
      assertThat(String.valueOf(storage)).doesNotContainPattern(JWT);

      browser.click("header form[action$='/sign-out'] button");
      browser.at("/signed-out");
      assertThat(browser.text("h1")).isEqualTo("您已退出登录");
      browser.accessible("signed out (zh)");

      browser.go("/organisations");
      assertThat(browser.find("#username").isDisplayed())
          .as("after signing out, Keycloak asks for the password again")
          .isTrue();
    }
  }

  @Test
  void anUnknownPageIsNotFound() {
    Http edge = Http.to(Browser.PORTAL);
    Http.Response page = edge.header("Accept", "text/html").get("/no-such-page");
    assertThat(page.status()).isEqualTo(404);
    Http.Response problem =
        Http.to(Browser.PORTAL).header("Accept", "application/json").get("/no-such-page");
    assertThat(problem.status()).isEqualTo(404);
    assertThat(problem.header("Content-Type")).startsWith("application/problem+json");
  }

  private static void fill(Browser browser, String code, String name) {
    browser.type("#f-creditCode", code);
    browser.type("#f-legalName", name);
    browser.choose("#f-type", "ENTERPRISE");
    browser.choose("#f-region", "GUIYANG");
    browser.type("#f-legalRepresentative", "王五");
  }
}
