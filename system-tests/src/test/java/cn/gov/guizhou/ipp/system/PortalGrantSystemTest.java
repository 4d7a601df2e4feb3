package cn.gov.guizhou.ipp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.testkit.EventSender;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A funded project's life after the award in a real browser against the running platform: the unit
 * follows its awarded and funded application to the grant statement, records an expense with its
 * voucher (a file that is no voucher refused at its field), downloads the voucher back, and sends
 * the quarterly progress report of the open tracking round (a completion beyond 100% refused at its
 * task). Every page visited passes the axe-core check; screenshots in Chinese and English.
 *
 * <p>A tracking round opens once per quarter for the projects active then, so the report is sent
 * for a second funded project of the unit whose plan lies in a year of this run's own (published as
 * applicant-service and review-service publish it, like {@code MonitoringSystemTest}); the
 * application's own 2027 quarters are shown with their state.
 */
@ExtendWith(LocalPlatform.class)
class PortalGrantSystemTest {

  private static final Http gateway = Http.to("http://localhost:8080");

  private static Http officer;
  private static Http finance;
  private static EventSender kafka;
  private static String application;
  private static UUID tracked;
  private static String quarter;
  private static String payee;

  @BeforeAll
  static void setUp() {
    officer = gateway.bearer(Keycloak.userToken("officer"));
    finance = gateway.bearer(Keycloak.userToken("finance"));
    Http applicant = gateway.bearer(Keycloak.userToken("applicant-a"));
    kafka = new EventSender("127.0.0.1:9092");
    Portal.openTheCall(officer);
    Http.Response budget =
        officer.put(
            "/api/calls/" + Portal.YEAR + "/tracks/HVP/budget",
            Map.of("amount", "20000000", "plannedProjects", 20, "reason", "2027年度预算安排"));
    assertThat(budget.status()).as(budget.toString()).isEqualTo(200);

    String run = String.valueOf(System.nanoTime() % 100000);
    String code = UsccGenerator.withOrganisationCodeStartingWith('A');
    String organisation = Portal.register(applicant, "ENTERPRISE", "贵阳资金演示科技有限公司" + run, code);
    application = Portal.draftHvp(applicant, organisation);
    Portal.uploadForm(applicant, application);
    Portal.submit(applicant, application);
    awarded(UUID.fromString(application), UUID.fromString(organisation), code);
    Http.Response paid =
        Funds.pay(finance, "/api/funding/grants/" + application + "/tranches/1/payments");
    assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                "FUNDED"
                    .equals(
                        applicant
                            .get("/api/applications/" + application)
                            .json()
                            .get("status")
                            .asString()));

    int planYear = 2900 + ThreadLocalRandom.current().nextInt(7000);
    tracked = Monitoring.funded(kafka, officer, UUID.fromString(organisation), code, planYear);
    quarter = planYear + "-Q2";
    Monitoring.openRound(officer, quarter, 1);
    payee = "贵阳知识产权代理事务所" + run;
  }

  @AfterAll
  static void close() {
    if (kafka != null) {
      kafka.close();
    }
  }

  @Test
  void theUnitReadsItsStatementRecordsAnExpenseWithItsVoucherAndReportsItsQuarter()
      throws Exception {
    Path notAVoucher = Files.createTempFile("voucher-", ".txt");
    Files.writeString(notAVoucher, "这不是凭证");
    Path voucher = Files.createTempFile("invoice-", ".pdf");
    Files.write(voucher, Funds.PDF_VOUCHER);
    try (Browser browser = Browser.open("zh-CN")) {
      browser.go("/applications/" + application).signIn("applicant-a");
      browser.at("/applications/" + application);
      browser.accessible("funded application (zh)");
      browser.click("#after-award-links a[href$='/projects/" + application + "']");
      browser.at("/projects/" + application);
      assertThat(browser.text("#statement")).contains("执行中", "500,000.00 元");
      browser.accessible("grant statement (zh)").screenshot("grant-statement-zh");

      browser.click("#project-links a[href$='/expenditures']");
      browser.at("/expenditures");
      browser.accessible("expenditures (zh)");
      browser.choose("#f-category", "PUBLICATION_AND_IP");
      browser.type("#f-amount", "1,200.00");
      // A date input's keyboard entry differs by browser and locale; its value is set directly.
      browser.driver.executeScript(
          "arguments[0].value = arguments[1]",
          browser.find("#f-spentOn"),
          LocalDate.now().minusDays(1).toString());
      browser.type("#f-payee", payee);
      browser.type("#f-description", "发明专利申请代理费");
      browser.find("#f-voucher").sendKeys(notAVoucher.toString());
      browser.click("form.form button[type=submit]");
      assertThat(browser.text("#f-voucher-error")).isNotBlank();
      assertThat(browser.find("#f-voucher").getDomAttribute("aria-invalid")).isEqualTo("true");
      assertThat(browser.find("#f-payee").getDomProperty("value")).isEqualTo(payee);
      browser.accessible("expense refused (zh)").screenshot("expenditure-refused-zh");

      browser.find("#f-voucher").sendKeys(voucher.toString());
      browser.click("form.form button[type=submit]");
      assertThat(browser.text(".notice")).contains("支出已登记");
      assertThat(browser.text("#expenditures")).contains(payee, "1,200.00 元");
      browser.accessible("expenditures (zh)").screenshot("expenditures-zh");

      String href =
          browser.find("#expenditures tbody tr:last-child a[download]").getDomAttribute("href");
      HttpResponse<byte[]> downloaded = download(browser, href);
      assertThat(downloaded.statusCode()).isEqualTo(200);
      assertThat(downloaded.headers().firstValue("Content-Type")).hasValue("application/pdf");
      assertThat(new String(downloaded.body(), StandardCharsets.US_ASCII)).startsWith("%PDF");

      browser.click("#project-links a[href$='/projects/" + application + "']");
      assertThat(browser.text("#statement-categories")).contains("1,200.00 元");
      browser.accessible("grant statement after the expense (zh)");

      browser.click("#project-links a[href$='/reports']");
      browser.at("/reports");
      assertThat(browser.all("#rounds tbody tr")).hasSize(4);
      browser.accessible("the application's rounds (zh)");

      browser.go("/projects/" + tracked + "/reports");
      assertThat(browser.text("#round-" + quarter)).contains("待报送");
      browser.accessible("rounds (zh)");
      browser.click("#round-" + quarter + " a");
      browser.at("/rounds/" + quarter + "/report");
      assertThat(browser.text("#round-state")).contains("待报送");
      assertThat(browser.text("#round-target")).contains("40%");
      browser.accessible("progress report (zh)");
      browser.type("#f-tasks-T1", "45");
      browser.type("#f-tasks-T2", "150");
      browser.type("#f-note", "完成专利导航报告，提交发明专利申请3件。");
      browser.type("#f-evidence", "专利导航报告.pdf\n受理通知书（3件）");
      browser.click("form.form button[type=submit]");
      assertThat(browser.text("#f-tasks-T2-error")).isNotBlank();
      assertThat(browser.find("#f-tasks-T2").getDomAttribute("aria-invalid")).isEqualTo("true");
      browser.accessible("progress report refused (zh)").screenshot("progress-report-refused-zh");

      browser.type("#f-tasks-T2", "35");
      browser.click("form.form button[type=submit]");
      assertThat(browser.text(".notice")).contains("季度进展报告已报送");
      assertThat(browser.text("#round-" + quarter)).contains("已报送，待风控机构核查");
      browser.accessible("rounds after the report (zh)").screenshot("progress-reports-zh");

      browser.click("a.lang-switch");
      browser.at("lang=en");
      assertThat(browser.text("#round-" + quarter)).contains("Reported; waiting");
      browser.accessible("rounds (en)").screenshot("progress-reports-en");
      browser.click("#round-" + quarter + " a");
      browser.at("/rounds/" + quarter + "/report");
      assertThat(browser.find("#f-tasks-T2").getDomProperty("value")).isEqualTo("35");
      browser.accessible("progress report (en)").screenshot("progress-report-en");

      browser.go("/projects/" + application);
      assertThat(browser.text("#statement")).contains("Active", "CNY 500,000.00");
      browser.accessible("grant statement (en)").screenshot("grant-statement-en");
      browser.go("/projects/" + application + "/expenditures");
      assertThat(browser.text("#expenditures")).contains("CNY 1,200.00");
      browser.accessible("expenditures (en)").screenshot("expenditures-en");
    } finally {
      Files.deleteIfExists(notAVoucher);
      Files.deleteIfExists(voucher);
    }
    assertThat(finance.get("/api/funding/ledger/violations").json().size())
        .as("the ledger's invariants hold")
        .isZero();
  }

  /** What the browser would download from the link, fetched with its session. */
  private static HttpResponse<byte[]> download(Browser browser, String href) throws Exception {
    String cookies =
        browser.driver.manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(Browser.PORTAL + href)).header("Cookie", cookies).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The award of the application as review-service publishes it; waits for the grant. */
  private static void awarded(UUID id, UUID organisation, String code) {
    kafka.send(
        EventCatalogue.AWARD_DECIDED,
        Monitoring.hvpAward(
            id, Portal.YEAR + "-HVP-P" + id.toString().substring(0, 5), organisation, code),
        UUID.randomUUID().toString());
    String grant = "/api/funding/grants/" + id;
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> finance.get(grant).status() == 200);
    assertThat(finance.get(grant).json().get("status").asString()).isEqualTo("ACTIVE");
  }
}
