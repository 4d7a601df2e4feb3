package cn.gov.guizhou.ipp.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.testkit.EventSender;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The applicant unit after the award, in a real browser against the running platform: a funded,
 * monitored project whose verified second quarter lags 12 points gets a warning notice from the
 * risk-control firm; the unit reads it (what lags, by how much, the deadline, its state), files a
 * rectification plan (refused at its field when empty), sees it returned with the firm's reason,
 * files it again and sees it accepted. An enterprise files a securitisation subsidy claim with its
 * seven materials (refused at the missing material's field), and sees the confirmation, its place
 * in the year's queue and its state. Every page visited passes the axe-core check.
 */
@ExtendWith(LocalPlatform.class)
class PortalNoticesSystemTest {

  private static final Http gateway = Http.to("http://localhost:8080");
  private static final String TRACK = "DATA-IP-SECURITISATION";

  private static Http firm;
  private static EventSender kafka;
  private static UUID project;
  private static String noticePath;
  private static String enterprise;
  private static String run;

  @BeforeAll
  static void setUp() {
    Http officer = gateway.bearer(Keycloak.userToken("officer"));
    Http applicant = gateway.bearer(Keycloak.userToken("applicant-a"));
    firm = gateway.bearer(Keycloak.clientToken("risk-firm-demo", "risk-firm-demo-secret"));
    kafka = new EventSender("127.0.0.1:9092");
    Portal.openTheCall(officer);
    run = UUID.randomUUID().toString().substring(0, 6);

    // A funded project tracked in a plan year of its own, so the test runs again on the platform.
    int planYear = 2200 + ThreadLocalRandom.current().nextInt(700);
    String code = UsccGenerator.withOrganisationCodeStartingWith('A');
    UUID organisation =
        UUID.fromString(Portal.register(applicant, "ENTERPRISE", "贵州预警演示科技有限公司" + run, code));
    project = Monitoring.funded(kafka, officer, organisation, code, planYear);
    String path = "/api/monitoring/projects/" + project;
    Http.Response assigned = officer.put(path + "/firm", Map.of("firmClientId", "risk-firm-demo"));
    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
    // Q2: 0.4 × 40 + 0.6 × 20 = 28 against the plan's 40: 12 points behind, a notice.
    String q2 = planYear + "-Q2";
    Monitoring.openRound(officer, q2, 1);
    Http.Response verified = Monitoring.verify(firm, path, q2, "40", "20");
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    JsonNode notice = applicant.get(path + "/notices").json().get(0);
    assertThat(notice.get("lagPoints").decimalValue()).isEqualByComparingTo("12");
    noticePath = "/api/monitoring/notices/" + notice.get("id").asString();

    enterprise =
        Portal.register(
            applicant,
            "ENTERPRISE",
            "贵州证券化演示有限公司" + run,
            UsccGenerator.withOrganisationCodeStartingWith('A'));
  }

  @AfterAll
  static void close() {
    kafka.close();
  }

  @Test
  void theUnitReadsItsWarningNoticeAndFilesARectificationPlan() {
    try (Browser browser = Browser.open("zh-CN")) {
      browser.go("/projects/" + project + "/notices").signIn("applicant-a");
      browser.at("/notices");
      assertThat(browser.text("#notice-list")).contains("12个百分点", "待提交整改方案");
      browser.accessible("notices (zh)").screenshot("notices-zh");

      browser.click("#notice-list a");
      browser.at("/notices/");
      assertThat(browser.text("#notice-figures")).contains("40%", "28%", "12个百分点");
      assertThat(browser.text("#notice-status")).contains("待提交整改方案");
      browser.accessible("notice (zh)");

      browser.click("form.form button[type=submit]");
      assertThat(browser.text("#f-content-error")).isNotBlank();
      assertThat(browser.find("#f-content").getDomAttribute("aria-invalid")).isEqualTo("true");
      browser.accessible("plan refused (zh)").screenshot("notice-plan-refused-zh");

      browser.type("#f-content", "增派两名研发人员，调整专利申请计划");
      browser.type("#f-measures", "8月底前完成专利检索报告\n9月底前提交3件发明专利申请");
      browser.click("form.form button[type=submit]");
      assertThat(browser.text(".notice")).contains("整改方案已提交");
      assertThat(browser.text("#notice-status")).contains("整改方案已提交，待风控机构审核");
      assertThat(browser.text("#plan-list")).contains("已提交，待风控机构审核", "9月底前提交3件发明专利申请");
      browser.accessible("plan filed (zh)").screenshot("notice-plan-filed-zh");

      decide("RETURNED", "措施须写明责任人");
      browser.go("/notices/" + noticePath.substring(noticePath.lastIndexOf('/') + 1));
      assertThat(browser.text("#plan-list")).contains("已退回，请修改后重新提交", "措施须写明责任人");
      assertThat(browser.text("#notice-status")).contains("待提交整改方案");
      browser.type("#f-content", "增派两名研发人员（项目负责人牵头），调整专利申请计划");
      browser.type("#f-measures", "8月底前完成专利检索报告（张工）\n9月底前提交3件发明专利申请（李工）");
      browser.click("form.form button[type=submit]");
      assertThat(browser.text(".notice")).contains("整改方案已提交");

      decide("ACCEPTED", "措施具体可行");
      browser.go("/notices/" + noticePath.substring(noticePath.lastIndexOf('/') + 1));
      assertThat(browser.text("#notice-status")).contains("整改方案已认可");
      assertThat(browser.text("#plan-list")).contains("已退回", "已认可", "措施具体可行");
      assertThat(browser.all("#f-content")).isEmpty();
      browser.accessible("notice (zh)").screenshot("notice-zh");

      browser.click("a.lang-switch");
      browser.at("lang=en");
      assertThat(browser.text("#notice-status")).contains("Plan accepted");
      assertThat(browser.text("#notice-figures")).contains("12 percentage points");
      assertThat(browser.text("#plan-list")).contains("Returned", "Accepted");
      browser.accessible("notice (en)").screenshot("notice-en");

      browser.go("/projects/" + project + "/notices");
      assertThat(browser.text("#notice-list")).contains("12 percentage points");
      browser.accessible("notices (en)").screenshot("notices-en");
    }
  }

  @Test
  void anEnterpriseFilesASecuritisationClaimAndSeesItsPlaceInTheQueue() throws Exception {
    List<Path> files = new ArrayList<>();
    for (int m = 1; m <= 7; m++) {
      Path file = Files.createTempFile("material-M" + m + "-", ".pdf");
      Files.write(file, Portal.pdf());
      files.add(file);
    }
    try (Browser browser = Browser.open("zh-CN")) {
      browser.go("/organisations/" + enterprise).signIn("applicant-a");
      browser.at("/organisations/" + enterprise);
      browser.click("#organisation-links a[href*='/securitisation/claims/new']");
      browser.at("/securitisation/claims/new");
      assertThat(browser.all("#claim-materials input[type=file]")).hasSize(7);
      browser.accessible("claim form (zh)");

      // Six of the seven materials: the valuation report is missing.
      fill(browser, files.subList(0, 6));
      browser.click("form.form button[type=submit]");
      String missing = "#f-" + TRACK + "-M7";
      String summary = browser.text(".error-summary");
      assertThat(browser.all(missing + "-error")).as(summary).hasSize(1);
      assertThat(browser.text(missing + "-error")).contains("缺少必备材料");
      assertThat(browser.find(missing).getDomAttribute("aria-invalid")).isEqualTo("true");
      browser.accessible("claim refused (zh)").screenshot("claim-refused-zh");

      fill(browser, files);
      browser.click("form.form button[type=submit]");
      browser.at("/securitisation/claims/");
      assertThat(browser.text("#claim-confirmation")).contains("补贴申领已提交", Portal.YEAR + "-SEC-");
      assertThat(browser.text("#claim-queue")).contains("排队位次", Portal.YEAR + "年度第", "位申领");
      assertThat(browser.text("#claim-status")).isNotBlank();
      assertThat(browser.all("#claim-material-list tbody tr")).hasSize(7);
      assertThat(browser.all("#claim-material-list a[href*='/materials/" + TRACK + "-M7']"))
          .hasSize(1);
      String reference = browser.text("#claim-confirmation strong.code");
      browser.accessible("claim (zh)").screenshot("claim-zh");

      browser.click("a.lang-switch");
      browser.at("lang=en");
      assertThat(browser.text("#claim-queue")).contains("Place in the queue", "Claim number");
      assertThat(browser.text("#claim-material-list")).contains("valuation report");
      browser.accessible("claim (en)").screenshot("claim-en");

      // Found again later from the enterprise's page: its claims, each with its place and state.
      browser.go("/organisations/" + enterprise);
      browser.click("#organisation-links a[href$='/securitisation-claims']");
      browser.at("/securitisation-claims");
      assertThat(browser.text("#claims")).contains(reference, "Claim number", "of " + Portal.YEAR);
      browser.accessible("claims (en)").screenshot("claims-en");

      browser.go("/securitisation/claims/new?organisationId=" + enterprise);
      browser.accessible("claim form (en)").screenshot("claim-form-en");
      browser.go("/securitisation/claims/new?organisationId=" + enterprise + "&lang=zh-CN");
      browser.accessible("claim form (zh)").screenshot("claim-form-zh");
    } finally {
      for (Path file : files) {
        Files.deleteIfExists(file);
      }
    }
  }

  /** The claim's figures, unique to this run, and the materials given. */
  private static void fill(Browser browser, List<Path> materials) {
    browser.choose("#f-organisationId", enterprise);
    browser.type("#f-productName", "贵州数据知识产权资产支持专项计划");
    browser.type("#f-productCode", "PORTAL" + run);
    browser.type("#f-issuanceAmount", "30000000.00");
    browser.type("#f-issueDate", (Portal.YEAR - 1) + "-03-01");
    browser.type("#f-endDate", (Portal.YEAR - 1) + "-09-30");
    browser.type("#f-financingAmount", "15000000.00");
    for (int m = 0; m < materials.size(); m++) {
      browser.find("#f-" + TRACK + "-M" + (m + 1)).sendKeys(materials.get(m).toString());
    }
  }

  private static void decide(String decision, String reason) {
    Http.Response decided =
        firm.post(
            noticePath + "/rectification-plans/decision",
            Map.of("decision", decision, "reason", reason));
    assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
  }
}
