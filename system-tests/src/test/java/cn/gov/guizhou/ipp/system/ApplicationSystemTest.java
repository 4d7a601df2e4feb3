package cn.gov.guizhou.ipp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * An application from registration to submission through the gateway, with tokens from the real
 * Keycloak, credit checks against the registry simulator, program-service's call opened by an
 * officer, and the submission arriving in review-service over Kafka.
 */
@ExtendWith(LocalPlatform.class)
class ApplicationSystemTest {

  private static final Http gateway = Http.to("http://localhost:8080");

  private static Http officer;
  private static Http applicantA;
  private static Http applicantB;
  private static Http admin;

  @BeforeAll
  static void openTheCall() {
    officer = gateway.bearer(Keycloak.userToken("officer"));
    applicantA = gateway.bearer(Keycloak.userToken("applicant-a"));
    applicantB = gateway.bearer(Keycloak.userToken("applicant-b"));
    admin = gateway.bearer(Keycloak.userToken("admin"));
    Portal.openTheCall(officer);
  }

  @Test
  void anApplicantSubmitsAJointApplicationThatReachesReview() {
    String lead = Portal.register(applicantA, "ENTERPRISE", "贵州黔云智联科技有限公司");
    String partner = Portal.register(applicantB, "UNIVERSITY_OR_RESEARCH_INSTITUTE", "贵州系统测试大学");
    String partnerCode =
        applicantB.get("/api/organisations/" + partner).json().get("creditCode").asString();

    // The lead's credit check against the simulator, and a profile fact with its evidence.
    Http.Response check = officer.post("/api/organisations/" + lead + "/credit-checks", "");
    assertThat(check.json().get("outcome").asString()).isEqualTo("CLEAR");
    String evidence =
        applicantA
            .postFile(
                "/api/organisations/" + lead + "/documents",
                "file",
                "平台认定.pdf",
                "application/pdf",
                Portal.pdf())
            .json()
            .get("id")
            .asString();
    Http.Response profile =
        applicantA.put(
            "/api/organisations/" + lead + "/profile",
            Map.of(
                "contacts", List.of(Map.of("name", "李四", "phone", "0851-86660000")),
                "industryTags", List.of("新能源电池"),
                "facts",
                    Map.of(
                        "hasProvincialPlatform",
                        Map.of("value", true, "evidence", List.of(evidence)))));
    assertThat(profile.status()).as(profile.toString()).isEqualTo(200);

    String application = Portal.draftHvp(applicantA, lead);

    // applicant-b neither reads nor changes what is not its own.
    assertThat(applicantB.get("/api/organisations/" + lead).status()).isEqualTo(404);
    assertThat(applicantB.get("/api/applications/" + application).status()).isEqualTo(404);
    assertThat(applicantB.put("/api/applications/" + application, Portal.content()).status())
        .isEqualTo(404);

    Http.Response named =
        applicantA.put(
            "/api/applications/" + application + "/participants/" + partnerCode,
            Map.of("role", "合作单位", "divisionOfWork", "专利挖掘与技术评估"));
    assertThat(named.status()).as(named.toString()).isEqualTo(200);
    // Named as participant, applicant-b reads the application but still does not change it.
    assertThat(applicantB.get("/api/applications/" + application).status()).isEqualTo(200);
    assertThat(applicantB.put("/api/applications/" + application, Portal.content()).status())
        .isEqualTo(403);
    Http.Response confirmed =
        applicantB.post(
            "/api/applications/" + application + "/participants/" + partnerCode + "/confirmation",
            "");
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);

    Portal.uploadForm(applicantA, application);

    JsonNode view = Portal.submit(applicantA, application);
    assertThat(view.get("status").asString()).isEqualTo("SUBMITTED");
    assertThat(view.get("reference").asString()).startsWith(Portal.YEAR + "-HVP-");

    // The refusals are in the audit trail.
    JsonNode trail =
        admin
            .get("/api/audit/applicant-service?objectType=application&objectId=" + application)
            .json();
    assertThat(trail.findValuesAsString("outcome")).contains("NOT_VISIBLE", "FORBIDDEN");

    // The submitted event reaches review-service.
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> officer.get("/api/review/applications/" + application).status() == 200);
    JsonNode registered = officer.get("/api/review/applications/" + application).json();
    assertThat(registered.get("reference").asString()).isEqualTo(view.get("reference").asString());
    assertThat(registered.get("participantCreditCodes").toString()).contains(partnerCode);
  }

  private static Http.Response submitOnce(Http who, String application, String language) {
    return who.header("Idempotency-Key", UUID.randomUUID().toString())
        .header("Accept-Language", language)
        .post("/api/applications/" + application + "/submission", "");
  }

  /**
   * The simulator's {@code W} codes answer after 10 seconds: past applicant-service's 3 s registry
   * timeout, the check is UNAVAILABLE and the submission is refused with the retryable problem,
   * never let through on a late "clean" answer.
   */
  @Test
  void aRegistryThatAnswersLateRefusesTheSubmissionWithARetryableProblem() {
    String code = UsccGenerator.withOrganisationCodeStartingWith('W');
    String lead = Portal.register(applicantA, "ENTERPRISE", "贵州迟答科技有限公司", code);
    String application = Portal.draftHvp(applicantA, lead);
    Portal.uploadForm(applicantA, application);

    Http.Response refused = submitOnce(applicantA, application, "zh-CN");

    assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
    JsonNode problem = refused.json();
    assertThat(problem.get("type").asString())
        .isEqualTo("https://ipp.guizhou.gov.cn/problems/credit-registry-unavailable");
    assertThat(problem.get("code").asString()).isEqualTo("CREDIT_CHECK_UNAVAILABLE");
    assertThat(problem.get("retryable").asBoolean()).isTrue();
    assertThat(problem.get("unavailableReason").asString()).isEqualTo("TIMEOUT");
    assertThat(problem.get("title").asString()).isEqualTo("信用信息平台暂时无法核查");
    assertThat(problem.get("detail").asString())
        .contains("信用中国", code, "超时未应答", "不视为无不良记录", "请稍后重试");
    assertThat(refused.header("Retry-After")).isEqualTo("30");
    assertThat(applicantA.get("/api/applications/" + application).json().get("status").asString())
        .isEqualTo("DRAFT");

    // The same late registry the next time: the same answer, whatever the breaker did meanwhile.
    Http.Response again = submitOnce(applicantA, application, "en");
    assertThat(again.status()).as(again.toString()).isEqualTo(503);
    assertThat(again.json().get("title").asString())
        .isEqualTo("The credit registry could not be consulted");
    assertThat(again.json().get("retryable").asBoolean()).isTrue();

    // The checks are kept as UNAVAILABLE.
    JsonNode history = officer.get("/api/organisations/" + lead + "/credit-checks").json();
    assertThat(history.get(0).get("outcome").asString()).isEqualTo("UNAVAILABLE");

    // The late answers may have opened 信用中国's circuit breaker: until it closes, a check of any
    // unit is UNAVAILABLE (BREAKER_OPEN), never CLEAR. Once the registry answers in time again,
    // checks are CLEAR again (two in a row: the breaker is closed for the tests that follow).
    String clean = Portal.register(applicantA, "ENTERPRISE", "贵州恢复测试有限公司");
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> cleanCheck(clean) && cleanCheck(clean));
  }

  private static boolean cleanCheck(String organisation) {
    JsonNode check =
        officer.post("/api/organisations/" + organisation + "/credit-checks", "").json();
    String outcome = check.get("outcome").asString();
    assertThat(outcome).isIn("CLEAR", "UNAVAILABLE");
    return "CLEAR".equals(outcome);
  }

  /** The simulator's {@code Q} codes hold 经营异常 and 严重失信: refused, naming both. */
  @Test
  void recordsOfTheGuidesTypesRefuseTheSubmissionNamingThem() {
    String code = UsccGenerator.withOrganisationCodeStartingWith('Q');
    String lead = Portal.register(applicantA, "ENTERPRISE", "贵州失信测试有限公司", code);
    String application = Portal.draftHvp(applicantA, lead);
    Portal.uploadForm(applicantA, application);

    Http.Response refused = submitOnce(applicantA, application, "zh-CN");

    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.json().get("type").asString())
        .isEqualTo("https://ipp.guizhou.gov.cn/problems/credit-records-found");
    assertThat(refused.json().get("retryable").asBoolean()).isFalse();
    assertThat(refused.json().get("recordTypes").findValuesAsString("type"))
        .containsExactly("ABNORMAL_OPERATION", "SERIOUS_DISHONESTY");
    assertThat(refused.json().get("detail").asString())
        .isEqualTo("信用中国显示统一社会信用代码" + code + "存在“经营异常”、“严重失信”记录，按申报指南不予办理。");
  }
}
