package cn.gov.guizhou.ipp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The applicant unit's whole application journey in a real browser against the running platform:
 * applicant-a registers its unit, starts a joint high-value-patent application and fills every
 * section of the task list (each saved, its status shown as text), invites applicant-b's unit,
 * which confirms in its own browser session; applicant-a checks its answers and double-clicks
 * submit — one submission — and sees the confirmation and the application's story. The platform's
 * refusals (a request above the track's fixed amount, a submission after the window closed) show at
 * their field, in Chinese and in English. Every page visited passes the axe-core check, and the
 * browser never holds a token.
 *
 * <p>The late submission needs no change to the 2027 call the other system tests rely on: it is
 * made to a call of its own, the 2026 call (drafted from 2027's, an earlier year so that the
 * catalogue's "latest call" stays 2027), open but with a window that closed yesterday.
 */
@ExtendWith(LocalPlatform.class)
class PortalApplicationJourneySystemTest {

  /** A call of this test's own, open, whose application window has passed. */
  static final int LATE_YEAR = 2026;

  private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}");
  private static final Http gateway = Http.to(Browser.PORTAL);

  private static Http officer;
  private static Http applicantA;
  private static Http applicantB;
  private static Http admin;
  private static String partnerCode;
  private static String partnerName;
  private static final String RUN = String.valueOf(System.nanoTime() % 1_000_000);

  @BeforeAll
  static void openTheCalls() {
    officer = gateway.bearer(Keycloak.userToken("officer"));
    applicantA = gateway.bearer(Keycloak.userToken("applicant-a"));
    applicantB = gateway.bearer(Keycloak.userToken("applicant-b"));
    admin = gateway.bearer(Keycloak.userToken("admin"));
    Portal.openTheCall(officer);
    closedWindowCall();
    partnerName = "贵州旅程联合大学" + RUN;
    partnerCode = UsccGenerator.withOrganisationCodeStartingWith('A');
    Portal.register(applicantB, "UNIVERSITY_OR_RESEARCH_INSTITUTE", partnerName, partnerCode);
  }

  /** The 2026 call, OPEN with a window that closed yesterday; created the first time only. */
  private static void closedWindowCall() {
    Http.Response existing = officer.get("/api/calls/" + LATE_YEAR + "/administration");
    if (existing.status() == 404) {
      Http.Response created =
          officer.post(
              "/api/calls",
              Map.of(
                  "year",
                  LATE_YEAR,
                  "basedOnYear",
                  Portal.YEAR,
                  "titleZh",
                  LATE_YEAR + "年度申报指南（已截止）",
                  "titleEn",
                  LATE_YEAR + " call (closed for submissions)"));
      assertThat(created.status()).as(created.toString()).isIn(201, 409);
      existing = officer.get("/api/calls/" + LATE_YEAR + "/administration");
    }
    JsonNode call = existing.json();
    String state = call.get("state").asString();
    if ("DRAFT".equals(state) || "PUBLISHED".equals(state)) {
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
      Http.Response window =
          officer.put(
              "/api/calls/" + LATE_YEAR + "/window",
              Map.of(
                  "opensAt",
                  now.minusDays(30).toString(),
                  "closesAt",
                  now.minusDays(1).toString()));
      assertThat(window.status()).as(window.toString()).isEqualTo(200);
      if ("DRAFT".equals(state)) {
        Http.Response published =
            officer.post("/api/calls/" + LATE_YEAR + "/transitions", Map.of("to", "PUBLISHED"));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
      }
      Http.Response opened =
          officer.post("/api/calls/" + LATE_YEAR + "/transitions", Map.of("to", "OPEN"));
      assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
    }
    assertThat(
            officer
                .get("/api/calls/" + LATE_YEAR + "/administration")
                .json()
                .get("state")
                .asString())
        .isEqualTo("OPEN");
  }

  @Test
  void anApplicantUnitAppliesJointlyFromTheTaskListAndSubmitsOnce() throws Exception {
    Path pdf = Files.createTempFile("journey-material-", ".pdf");
    Files.write(pdf, Portal.pdf());
    String leadName = "贵阳旅程专利科技有限公司" + RUN;
    String title = "旅程高价值专利培育" + RUN;
    String applicationId;
    try (Browser a = Browser.open("zh-CN")) {
      // 1. applicant-a signs in on Keycloak's page and registers its unit.
      a.go("/organisations/new");
      assertThat(a.lang()).as("Keycloak's sign-in page speaks Chinese").startsWith("zh");
      a.signIn("applicant-a").at("/organisations/new");
      a.accessible("registration form (zh)");
      a.type("#f-creditCode", UsccGenerator.withOrganisationCodeStartingWith('A'));
      a.type("#f-legalName", leadName);
      a.choose("#f-type", "ENTERPRISE");
      a.choose("#f-region", "GUIYANG");
      a.type("#f-legalRepresentative", "王五");
      a.click("form.form button[type=submit]");
      a.at("/organisations/");
      String lead = a.driver.getCurrentUrl().replaceFirst(".*/organisations/", "");
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofSeconds(2))
          .untilAsserted(
              () -> {
                a.driver.navigate().refresh();
                assertThat(a.text("#credit ~ p.status")).contains("无不良信用记录");
              });
      a.accessible("organisation (zh)");

      // ... starts a high-value-patent application led by it.
      a.go("/programmes/HVP?year=" + Portal.YEAR);
      a.accessible("programme (zh)");
      a.click("a[href*='/applications/new']").at("/applications/new");
      a.accessible("start an application (zh)");
      a.choose("#f-leadOrganisationId", lead);
      a.type("#f-content-title", title);
      a.click("form.form button[type=submit]");
      a.at("/applications/");
      applicationId = a.driver.getCurrentUrl().replaceFirst(".*/applications/", "");
      assertThat(a.text("h1")).isEqualTo(title);
      assertThat(status(a, "content")).isEqualTo("未开始");
      assertThat(status(a, "participants")).isEqualTo("未开始");
      a.accessible("task list, new (zh)");

      // The content: first above the track's fixed amount — the platform's refusal at its field.
      a.click("#task-content").at("/content");
      a.accessible("content form (zh)").screenshot("journey-section-content-zh");
      fillContent(a, "600000");
      a.click("form.form button[type=submit]");
      String zhRefusal = overBudgetRefusal(a);
      assertThat(zhRefusal).contains("超过本类别的资助额度", "500,000.00");
      a.accessible("over budget (zh)").screenshot("journey-over-budget-zh");

      a.click("a.lang-switch").at("lang=en");
      assertThat(a.lang()).isEqualTo("en");
      fillContent(a, "600000");
      a.click("form.form button[type=submit]");
      String enRefusal = overBudgetRefusal(a);
      assertThat(enRefusal).doesNotContainPattern("\\p{IsHan}").contains("500,000.00");
      a.accessible("over budget (en)").screenshot("journey-over-budget-en");
      a.accessible("content form (en)");
      a.click("a.lang-switch").at("lang=zh-CN");
      assertThat(a.lang()).isEqualTo("zh-Hans");

      fillContent(a, "500000");
      a.click("form.form button[type=submit]");
      a.at("/applications/" + applicationId);
      assertThat(a.text(".notice")).contains("已保存");
      assertThat(status(a, "content")).isEqualTo("已完成");
      a.accessible("task list, content saved (zh)");

      // The plan: weighted tasks, a milestone, four quarterly targets (two rows at a time), a
      // performance target.
      a.click("#task-plan").at("/plan");
      a.accessible("plan form (zh)");
      a.type("#f-plan-tasks-0-code", "T1").type("#f-plan-tasks-0-name", "专利导航与布局");
      a.type("#f-plan-tasks-0-weightPercent", "40");
      a.type("#f-plan-tasks-1-code", "T2").type("#f-plan-tasks-1-name", "高价值专利申请与转化");
      a.type("#f-plan-tasks-1-weightPercent", "60");
      a.type("#f-plan-milestones-0-name", "导航报告完成");
      date(a, "#f-plan-milestones-0-dueDate", Portal.YEAR + "-06-30");
      a.type("#f-plan-milestones-0-taskCode", "T1");
      a.type("#f-plan-quarterlyTargets-0-quarter", Portal.YEAR + "-Q1");
      a.type("#f-plan-quarterlyTargets-0-plannedCumulativePercent", "15");
      a.type("#f-plan-quarterlyTargets-1-quarter", Portal.YEAR + "-Q2");
      a.type("#f-plan-quarterlyTargets-1-plannedCumulativePercent", "40");
      a.type("#f-plan-performanceTargets-0-indicator", "发明专利申请");
      a.type("#f-plan-performanceTargets-0-target", "10");
      a.type("#f-plan-performanceTargets-0-unit", "件");
      a.click("button[name=_stay]");
      a.at("/plan");
      assertThat(a.text(".notice")).contains("已保存");
      a.type("#f-plan-quarterlyTargets-2-quarter", Portal.YEAR + "-Q3");
      a.type("#f-plan-quarterlyTargets-2-plannedCumulativePercent", "70");
      a.type("#f-plan-quarterlyTargets-3-quarter", Portal.YEAR + "-Q4");
      a.type("#f-plan-quarterlyTargets-3-plannedCumulativePercent", "100");
      a.accessible("plan form, more rows (zh)");
      a.click("form.form button[type=submit]:not([name])");
      a.at("/applications/" + applicationId);
      assertThat(status(a, "plan")).isEqualTo("已完成");

      // The budget by category.
      a.click("#task-budget").at("/budget");
      a.accessible("budget form (zh)");
      a.choose("#f-budget-0-category", "PUBLICATION_AND_IP");
      a.type("#f-budget-0-amount", "250000").type("#f-budget-0-note", "专利事务");
      a.choose("#f-budget-1-category", "EXPERT_CONSULTING");
      a.type("#f-budget-1-amount", "250000").type("#f-budget-1-note", "专家咨询");
      a.click("form.form button[type=submit]:not([name])");
      a.at("/applications/" + applicationId);
      assertThat(status(a, "budget")).isEqualTo("已完成");

      // The participants: applicant-b's unit by its credit code, with role and division of work.
      a.click("#task-participants").at("/participants");
      a.accessible("participants (zh)");
      a.type("#f-creditCode", partnerCode.toLowerCase(java.util.Locale.ROOT));
      a.type("#f-role", "合作单位");
      a.type("#f-divisionOfWork", "专利挖掘与技术评估");
      a.click("form.form button[type=submit]");
      a.at("/participants");
      assertThat(a.text(".notice")).contains("已邀请");
      assertThat(a.page()).contains(partnerName, partnerCode, "合作单位", "待确认");
      a.accessible("participants, invited (zh)");
      a.go("/applications/" + applicationId);
      assertThat(status(a, "participants")).isEqualTo("进行中");

      // The materials: a PDF for each required one, and one downloaded back.
      a.click("#task-materials").at("/materials");
      a.accessible("materials (zh)");
      List<String> required =
          StreamSupport.stream(
                  applicantA
                      .get("/api/applications/" + applicationId)
                      .json()
                      .get("materials")
                      .spliterator(),
                  false)
              .filter(m -> m.get("required").asBoolean())
              .map(m -> m.get("materialId").asString())
              .toList();
      assertThat(required).isNotEmpty();
      for (String material : required) {
        a.find("#f-materials-" + material.replaceAll("[^A-Za-z0-9]+", "-"))
            .sendKeys(pdf.toString());
        a.click("form[action$='/materials/" + material + "'] button[type=submit]");
        a.at("/materials");
        assertThat(a.text(".notice")).contains("材料已上传");
      }
      a.accessible("materials, uploaded (zh)");
      String download =
          a.find("a[href$='/materials/" + required.get(0) + "/file']").getDomProperty("href");
      Http.Response file =
          Http.to(Browser.PORTAL)
              .header("Cookie", cookies(a))
              .get(download.replaceFirst("^https?://[^/]+", ""));
      assertThat(file.status()).as(file.toString()).isEqualTo(200);
      assertThat(file.body()).startsWith("%PDF-1.7");
      a.go("/applications/" + applicationId);
      assertThat(status(a, "materials")).isEqualTo("已完成");

      // The declarations.
      a.click("#task-declarations").at("/declarations");
      a.accessible("declarations (zh)");
      for (String d : List.of("materialsTruthful", "noDuplicateFunding", "acceptsSupervision")) {
        a.click("label[for='f-declarations-" + d + "']");
      }
      a.click("form.form button[type=submit]");
      a.at("/applications/" + applicationId);
      assertThat(status(a, "declarations")).isEqualTo("已完成");
      a.accessible("task list (zh)").screenshot("journey-task-list-zh");
      a.click("a.lang-switch").at("lang=en");
      assertThat(status(a, "declarations")).isEqualTo("Completed");
      assertThat(status(a, "participants")).isEqualTo("In progress");
      a.accessible("task list (en)").screenshot("journey-task-list-en");
      a.click("#task-content").at("/content");
      a.accessible("content form (en)").screenshot("journey-section-content-en");
      a.click("a.lang-switch").at("lang=zh-CN");

      // 2. applicant-b, in its own browser session, sees the invitation and confirms it.
      try (Browser b = Browser.open("zh-CN")) {
        b.go("/applications").signIn("applicant-b").at("/applications");
        WebElement row =
            b.all("tbody tr").stream()
                .filter(r -> r.getText().contains(title))
                .findFirst()
                .orElseThrow();
        assertThat(row.getText()).contains("受邀参与，待确认", leadName, "草稿");
        b.accessible("my applications, invited (zh)");
        b.click("a[href$='/applications/" + applicationId + "']").at(applicationId);
        assertThat(b.text(".invitation h2")).isEqualTo("联合申报邀请");
        assertThat(b.text(".invitation")).contains("合作单位", "专利挖掘与技术评估");
        b.accessible("invitation (zh)");
        b.click(".invitation button[type=submit]");
        b.at("/applications/" + applicationId);
        assertThat(b.text(".notice")).contains("已确认参与");
        assertThat(b.all(".invitation")).isEmpty();
        b.accessible("invitation confirmed (zh)");
        assertTokenless(b);
      }

      // 3. applicant-a checks its answers and double-clicks submit.
      a.go("/applications/" + applicationId);
      assertThat(status(a, "participants")).isEqualTo("已完成");
      a.click("a[href$='/check']").at("/check");
      assertThat(a.page()).contains(title, "500,000.00", "T1", "导航报告完成", partnerName, "已确认");
      a.accessible("check your answers (zh)").screenshot("journey-check-answers-zh");
      a.click("a.lang-switch").at("lang=en");
      a.accessible("check your answers (en)").screenshot("journey-check-answers-en");
      a.click("a.lang-switch").at("lang=zh-CN");
      a.driver.executeScript(
          "var b = document.querySelector(\"form[action$='/submission'] button[type=submit]\");"
              + " b.click(); b.click();");
      a.at("/confirmation");
      String reference = a.text(".confirmation .reference");
      assertThat(reference).startsWith(Portal.YEAR + "-HVP-");
      assertThat(a.text("h1")).isEqualTo("申报已提交");
      assertThat(a.page()).contains("接下来", "形式审查", "专家评审", "立项");
      a.accessible("confirmation (zh)").screenshot("journey-confirmation-zh");
      a.click("a.lang-switch").at("lang=en");
      assertThat(a.text("h1")).isEqualTo("Application submitted");
      assertThat(a.page()).contains(reference, "What happens next", "Formal check");
      a.accessible("confirmation (en)").screenshot("journey-confirmation-en");
      a.click("a.lang-switch").at("lang=zh-CN");

      // Exactly one submission, as the API tells.
      JsonNode submitted = applicantA.get("/api/applications/" + applicationId).json();
      assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
      assertThat(submitted.get("reference").asString()).isEqualTo(reference);
      assertThat(
              StreamSupport.stream(submitted.get("history").spliterator(), false)
                  .filter(h -> "SUBMITTED".equals(h.get("status").asString())))
          .hasSize(1);
      JsonNode trail =
          admin
              .get("/api/audit/applicant-service?objectType=application&objectId=" + applicationId)
              .json();
      assertThat(
              StreamSupport.stream(trail.spliterator(), false)
                  .filter(r -> "application.submit".equals(r.get("action").asString()))
                  .filter(r -> "SUCCEEDED".equals(r.get("outcome").asString())))
          .hasSize(1);

      // The story page shows the submission.
      a.click("a[href$='/applications/" + applicationId + "']:not(.lang-switch)");
      a.at("/applications/" + applicationId);
      assertThat(a.text(".history")).contains("已提交");
      assertThat(a.page()).contains(reference);
      a.accessible("the application's story (zh)");

      // 5. The browser never received a token.
      assertTokenless(a);
    }
  }

  @Test
  void aSubmissionAfterTheWindowClosedShowsThePlatformsReasonInChineseAndEnglish() {
    String lead = Portal.register(applicantA, "ENTERPRISE", "贵阳迟交专利科技有限公司" + RUN);
    String late = draftIn(LATE_YEAR, lead);
    try (Browser browser = Browser.open("zh-CN")) {
      browser.go("/applications/" + late + "/check").signIn("applicant-a").at("/check");
      browser.accessible("check your answers, closed call (zh)");
      browser.click("form[action$='/submission'] button[type=submit]");
      browser.at("/submission");
      String zh = browser.text(".error-summary");
      assertThat(zh).contains("提交未成功", "申报受理已于", "截止");
      assertThat(browser.find("form[action$='/submission']").isDisplayed())
          .as("still a draft: it may be submitted once the window allows")
          .isTrue();
      browser.accessible("late submission (zh)").screenshot("journey-late-submission-zh");

      browser.go("/applications/" + late + "/check?lang=en");
      browser.click("form[action$='/submission'] button[type=submit]");
      browser.at("/submission");
      String en = browser.text(".error-summary");
      assertThat(en).contains("There is a problem", "the application window closed at");
      assertThat(en).doesNotContainPattern("\\p{IsHan}");
      browser.accessible("late submission (en)").screenshot("journey-late-submission-en");
    }
    assertThat(applicantA.get("/api/applications/" + late).json().get("status").asString())
        .isEqualTo("DRAFT");
  }

  private static String draftIn(int year, String lead) {
    Http.Response drafted =
        applicantA.post(
            "/api/applications",
            Map.of(
                "callYear",
                year,
                "trackCode",
                "HVP",
                "leadOrganisationId",
                lead,
                "content",
                Portal.content("500000")));
    assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
    return drafted.json().get("id").asString();
  }

  private static void fillContent(Browser a, String amount) {
    a.type("#f-summary", "围绕磷酸铁锂正极材料培育高价值专利组合，推动转化运用。");
    a.type("#f-requestedAmount", amount);
    date(a, "#f-implementationStart", Portal.YEAR + "-01-01");
    date(a, "#f-implementationEnd", Portal.YEAR + "-12-31");
  }

  /** The refusal at the requested amount, the error summary linking to it; its text. */
  private static String overBudgetRefusal(Browser a) {
    assertThat(a.find("#f-requestedAmount").getDomAttribute("aria-invalid")).isEqualTo("true");
    String message = a.text("#f-requestedAmount-error");
    String linked = a.find(".error-summary a[href='#f-requestedAmount']").getText();
    assertThat(message).contains(linked);
    assertThat(a.find("#f-requestedAmount").getDomProperty("value")).isEqualTo("600000");
    return linked;
  }

  /** A date input's value, set as the browser's date picker would (its typing is locale-bound). */
  private static void date(Browser a, String css, String isoDate) {
    a.driver.executeScript("arguments[0].value = arguments[1];", a.find(css), isoDate);
  }

  private static String status(Browser a, String section) {
    return a.text("#task-" + section + "-status");
  }

  private static String cookies(Browser a) {
    return String.join(
        "; ",
        a.driver.manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .toList());
  }

  /** No token in the page, the cookies (only the session and the language chosen) or storage. */
  private static void assertTokenless(Browser browser) {
    assertThat(browser.page()).doesNotContainPattern(JWT);
    browser.driver.manage().getCookies().stream()
        .filter(c -> c.getDomain().contains("localhost"))
        .forEach(
            c -> {
              assertThat(c.getName()).isIn("IPP_PORTAL_SESSION", "IPP_LANG");
              assertThat(c.getValue()).doesNotContainPattern(JWT);
            });
    Object storage =
        browser.driver.executeScript(
            "return JSON.stringify(localStorage) + JSON.stringify(sessionStorage);");
    assertThat(String.valueOf(storage)).doesNotContainPattern(JWT);
  }
}
