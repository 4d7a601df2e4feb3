package cn.gov.guizhou.ipp.monitoring.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

@IntegrationTest
class LedgerApiIntegrationTest {

  private static final TestTokenIssuer tokens = TestTokenIssuer.get();

  @Value("${local.server.port}")
  int port;

  Http api;
  Http firm;

  @BeforeEach
  void clients() {
    api = Http.to("http://127.0.0.1:" + port);
    firm =
        api.bearer(
            tokens
                .token()
                .user("service-account-risk-firm-demo")
                .client("risk-firm-demo")
                .roles("risk-monitor")
                .sign());
  }

  private static Map<String, Object> review(String date, String planned, String actual) {
    return Map.of("reviewDate", date, "plannedCompletion", planned, "actualCompletion", actual);
  }

  @Test
  void aLagOfExactlyTenPointsCallsForAWarning() {
    String ledger = "/api/monitoring/projects/" + UUID.randomUUID() + "/ledger";

    Http.Response onPlan = firm.post(ledger, review("2027-03-31", "25", "20"));
    Http.Response lagging = firm.post(ledger, review("2027-06-30", "50", "40"));

    assertThat(onPlan.status()).as(onPlan.toString()).isEqualTo(201);
    assertThat(onPlan.json().get("warningDue").asBoolean()).isFalse();
    assertThat(lagging.json().get("lagPoints").decimalValue()).isEqualByComparingTo("10");
    assertThat(lagging.json().get("warningDue").asBoolean()).isTrue();
    assertThat(lagging.json().get("serious").asBoolean()).isFalse();

    Http.Response read = api.bearer(tokens.tokenFor("officer", "programme-officer")).get(ledger);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().findValuesAsString("reviewDate"))
        .containsExactly("2027-03-31", "2027-06-30");
  }

  @Test
  void aReviewDateIsRecordedOnce() {
    String ledger = "/api/monitoring/projects/" + UUID.randomUUID() + "/ledger";
    assertThat(firm.post(ledger, review("2027-03-31", "25", "20")).status()).isEqualTo(201);
    assertThat(firm.post(ledger, review("2027-03-31", "25", "5")).status()).isEqualTo(409);
  }

  @Test
  void figuresOutsideZeroToHundredAreRefusedNamingTheField() {
    String ledger = "/api/monitoring/projects/" + UUID.randomUUID() + "/ledger";
    Http.Response refused = firm.post(ledger, review("2027-03-31", "101", "20"));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("errors").get(0).get("field").asString())
        .isEqualTo("plannedCompletion");
    assertThat(firm.post(ledger, review("31/03/2027", "10", "20")).status()).isEqualTo(400);
    assertThat(
            firm.post("/api/monitoring/projects/not-a-uuid/ledger", review("2027-03-31", "1", "1"))
                .status())
        .isEqualTo(400);
  }

  @Test
  void onlyTheRiskControlFirmRecordsProgress() {
    String ledger = "/api/monitoring/projects/" + UUID.randomUUID() + "/ledger";
    assertThat(
            api.bearer(tokens.tokenFor("applicant-a", "applicant"))
                .post(ledger, review("2027-03-31", "25", "20"))
                .status())
        .isEqualTo(403);
    assertThat(api.post(ledger, review("2027-03-31", "25", "20")).status()).isEqualTo(401);
    assertThat(api.bearer(tokens.tokenFor("applicant-a", "applicant")).get(ledger).status())
        .isEqualTo(403);
  }
}
