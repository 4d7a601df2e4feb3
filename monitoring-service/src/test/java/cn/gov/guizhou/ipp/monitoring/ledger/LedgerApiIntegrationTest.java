package cn.gov.guizhou.ipp.monitoring.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class LedgerApiIntegrationTest {

  private static final TestTokenIssuer tokens = TestTokenIssuer.get();

  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient jdbc;

  Http api;
  Http firmA;
  Http firmB;
  Http officer;

  @BeforeEach
  void clients() {
    api = Http.to("http://127.0.0.1:" + port);
    firmA = api.bearer(firmToken("risk-firm-a"));
    firmB = api.bearer(firmToken("risk-firm-b"));
    officer = api.bearer(tokens.tokenFor("officer", "programme-officer"));
  }

  private static String firmToken(String clientId) {
    return tokens
        .token()
        .user("service-account-" + clientId)
        .client(clientId)
        .roles("risk-monitor")
        .sign();
  }

  private static Map<String, Object> review(String date, String planned, String actual) {
    return Map.of("reviewDate", date, "plannedCompletion", planned, "actualCompletion", actual);
  }

  /** A project the bureau assigned to firm A; returns its ledger path. */
  private String projectOfFirmA() {
    UUID project = UUID.randomUUID();
    Http.Response assigned =
        officer.put(
            "/api/monitoring/projects/" + project + "/firm", Map.of("firmClientId", "risk-firm-a"));
    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
    return "/api/monitoring/projects/" + project + "/ledger";
  }

  @Test
  void aLagOfExactlyTenPointsCallsForAWarning() {
    String ledger = projectOfFirmA();

    Http.Response onPlan = firmA.post(ledger, review("2027-03-31", "25", "20"));
    Http.Response lagging = firmA.post(ledger, review("2027-06-30", "50", "40"));

    assertThat(onPlan.status()).as(onPlan.toString()).isEqualTo(201);
    assertThat(onPlan.json().get("warningDue").asBoolean()).isFalse();
    assertThat(lagging.json().get("lagPoints").decimalValue()).isEqualByComparingTo("10");
    assertThat(lagging.json().get("warningDue").asBoolean()).isTrue();
    assertThat(lagging.json().get("serious").asBoolean()).isFalse();

    Http.Response read = officer.get(ledger);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().findValuesAsString("reviewDate"))
        .containsExactly("2027-03-31", "2027-06-30");
    assertThat(firmA.get(ledger).status()).isEqualTo(200);
  }

  @Test
  void aFirmSeesAndRecordsOnlyTheProjectsItIsContractedToMonitor() {
    String ledger = projectOfFirmA();
    String project = ledger.split("/")[4];

    assertThat(firmB.post(ledger, review("2027-03-31", "25", "20")).status()).isEqualTo(404);
    assertThat(firmB.get(ledger).status()).isEqualTo(404);
    String unassigned = "/api/monitoring/projects/" + UUID.randomUUID() + "/ledger";
    assertThat(firmA.post(unassigned, review("2027-03-31", "25", "20")).status()).isEqualTo(404);

    assertThat(
            jdbc.sql(
                    "select count(*) from audit_record where object_id = :id and outcome = 'NOT_VISIBLE'"
                        + " and client_id = 'risk-firm-b'")
                .param("id", project)
                .query(Long.class)
                .single())
        .isEqualTo(2L);
    assertThat(
            jdbc.sql("select count(*) from progress_ledger_entry where project_id = :id::uuid")
                .param("id", project)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aReviewDateIsRecordedOnce() {
    String ledger = projectOfFirmA();
    assertThat(firmA.post(ledger, review("2027-03-31", "25", "20")).status()).isEqualTo(201);
    assertThat(firmA.post(ledger, review("2027-03-31", "25", "5")).status()).isEqualTo(409);
  }

  @Test
  void figuresOutsideZeroToHundredAreRefusedNamingTheField() {
    String ledger = projectOfFirmA();
    Http.Response refused = firmA.post(ledger, review("2027-03-31", "101", "20"));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("errors").get(0).get("field").asString())
        .isEqualTo("plannedCompletion");
    assertThat(firmA.post(ledger, review("31/03/2027", "10", "20")).status()).isEqualTo(400);
    assertThat(
            firmA
                .post("/api/monitoring/projects/not-a-uuid/ledger", review("2027-03-31", "1", "1"))
                .status())
        .isEqualTo(400);
    assertThat(
            officer
                .put(ledger.replace("/ledger", "/firm"), Map.of("firmClientId", "Not A Client!"))
                .status())
        .isEqualTo(422);
  }

  @Test
  void onlyTheBureauAssignsAndOnlyFirmsRecordProgress() {
    String ledger = projectOfFirmA();
    Http applicant = api.bearer(tokens.tokenFor("applicant-a", "applicant"));
    assertThat(applicant.post(ledger, review("2027-03-31", "25", "20")).status()).isEqualTo(403);
    assertThat(api.post(ledger, review("2027-03-31", "25", "20")).status()).isEqualTo(401);
    assertThat(applicant.get(ledger).status()).isEqualTo(403);
    assertThat(
            firmA
                .put(ledger.replace("/ledger", "/firm"), Map.of("firmClientId", "risk-firm-a"))
                .status())
        .isEqualTo(403);
    assertThat(officer.post(ledger, review("2027-03-31", "25", "20")).status()).isEqualTo(403);
  }
}
