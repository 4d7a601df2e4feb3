package cn.gov.guizhou.ipp.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The applicant unit's own administration in a real browser against the running platform: its
 * documents (upload, list, download), its profile facts with evidence chosen from those documents
 * ("evidenced" or not), its members (added and removed by user subject), and the eligibility
 * pre-check from a track's page, criterion by criterion, in Chinese and in English. Every page
 * visited passes the axe-core check.
 */
@ExtendWith(LocalPlatform.class)
class PortalAfterAwardSystemTest {

  private static final Http gateway = Http.to("http://localhost:8080");

  private static String organisation;
  private static String legalName;
  private static String otherSubject;

  @BeforeAll
  static void setUp() {
    Http officer = gateway.bearer(Keycloak.userToken("officer"));
    Http applicant = gateway.bearer(Keycloak.userToken("applicant-a"));
    Portal.openTheCall(officer);
    legalName = "贵阳概况演示科技有限公司" + System.nanoTime() % 100000;
    organisation =
        Portal.register(
            applicant,
            "ENTERPRISE",
            legalName,
            UsccGenerator.withOrganisationCodeStartingWith('A'));
    otherSubject = Portal.subjectOf(Keycloak.userToken("applicant-b"));
  }

  @Test
  void theUnitUploadsEvidenceDeclaresItsFactsManagesMembersAndPreChecksEligibility()
      throws Exception {
    Path certificate = Files.createTempFile("patent-certificate-", ".pdf");
    Files.write(certificate, Portal.pdf());
    try (Browser browser = Browser.open("zh-CN")) {
      browser.go("/organisations/" + organisation).signIn("applicant-a");
      browser.at("/organisations/" + organisation);
      browser.click("#organisation-links a[href$='/documents']");
      browser.at("/documents");
      browser.accessible("documents (zh)");

      browser.click("form.form button[type=submit]");
      assertThat(browser.text("#f-file-error")).isNotBlank();
      browser.accessible("document refused (zh)");

      browser.find("#f-file").sendKeys(certificate.toString());
      browser.click("form.form button[type=submit]");
      assertThat(browser.text(".notice")).contains("文件已上传");
      assertThat(browser.text("table")).contains(certificate.getFileName().toString());
      browser.accessible("documents (zh)").screenshot("organisation-documents-zh");

      browser.go("/organisations/" + organisation + "/profile");
      browser.accessible("profile (zh)");
      browser.type("#f-facts-validPatentCount-value", "-3");
      browser.click("form.form button[type=submit]");
      assertThat(browser.find("#f-facts-validPatentCount-value").getDomAttribute("aria-invalid"))
          .isEqualTo("true");
      assertThat(browser.text("#f-facts-validPatentCount-value-error")).isNotBlank();
      browser.accessible("profile refused (zh)").screenshot("organisation-profile-refused-zh");

      browser.type("#f-facts-validPatentCount-value", "12");
      browser.click("input[name='facts.validPatentCount.evidence']");
      browser.choose("#f-facts-inStatistics-value", "true");
      browser.type("#f-industryTags", "新材料\n大数据");
      browser.click("form.form button[type=submit]");
      assertThat(browser.text(".notice")).contains("单位概况已保存");
      assertThat(browser.text("#declared-facts")).contains("有效专利数", "已提供证明（1份）", "未提供证明");
      browser.accessible("profile (zh)").screenshot("organisation-profile-zh");

      browser.go("/organisations/" + organisation + "/members");
      browser.accessible("members (zh)");
      browser.type("#f-userSubject", otherSubject);
      browser.click("form.form button[type=submit]");
      assertThat(browser.text(".notice")).contains("成员已保存");
      assertThat(browser.text("table")).contains(otherSubject);
      browser.accessible("members (zh)").screenshot("organisation-members-zh");
      browser.click("form[action$='/members/" + otherSubject + "/removal'] button");
      assertThat(browser.text(".notice")).contains("成员已移除");
      assertThat(browser.text("table")).doesNotContain(otherSubject);

      browser.go("/programmes/HVP?year=" + Portal.YEAR);
      browser.click("a[href*='/programmes/HVP/eligibility']");
      browser.at("/eligibility");
      browser.choose("#f-organisationId", organisation);
      browser.click("form.form button[type=submit]");
      assertThat(browser.text("#eligibility-result")).contains(legalName);
      assertThat(browser.all("#criteria tbody tr")).isNotEmpty();
      assertThat(browser.text("#criteria")).containsAnyOf("符合", "不符合", "待形式审查确认");
      browser.accessible("eligibility (zh)").screenshot("eligibility-zh");

      browser.click("a.lang-switch");
      browser.at("lang=en");
      browser.choose("#f-organisationId", organisation);
      browser.click("form.form button[type=submit]");
      assertThat(browser.text("#criteria"))
          .containsAnyOf("Met", "Not met", "Left to the formal check");
      browser.accessible("eligibility (en)").screenshot("eligibility-en");

      browser.go("/organisations/" + organisation + "/profile");
      assertThat(browser.text("#declared-facts"))
          .contains("Valid patents", "Evidenced", "Not evidenced");
      browser.accessible("profile (en)").screenshot("organisation-profile-en");
    } finally {
      Files.deleteIfExists(certificate);
    }
  }
}
