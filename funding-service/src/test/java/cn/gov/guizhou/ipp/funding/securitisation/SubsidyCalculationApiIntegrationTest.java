package cn.gov.guizhou.ipp.funding.securitisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.programme.CallPublishedV1;
import cn.gov.guizhou.ipp.contracts.programme.PercentageWithAnnualCap;
import cn.gov.guizhou.ipp.testkit.CallEvents;
import cn.gov.guizhou.ipp.testkit.EventSender;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestInfrastructure;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** The calculator applies the securitisation rule the catalogue published for the call. */
@IntegrationTest
class SubsidyCalculationApiIntegrationTest {

  private static final String PATH = "/api/funding/securitisation/subsidy-calculations";
  private static final TestTokenIssuer tokens = TestTokenIssuer.get();
  private static final AtomicInteger years = new AtomicInteger(2060);

  @Value("${local.server.port}")
  int port;

  Http api;
  int year;

  @BeforeEach
  void publishTheCall() {
    api = Http.to("http://127.0.0.1:" + port);
    year = years.incrementAndGet();
    try (EventSender sender = new EventSender(TestInfrastructure.get().kafkaBootstrapServers())) {
      sender.send(
          EventCatalogue.CALL_PUBLISHED,
          CallEvents.open(
              year,
              List.of(
                  new CallPublishedV1.TrackSummary(
                      "DATA-IP-SECURITISATION",
                      "数据知识产权证券化资助项目",
                      null,
                      "Data-IP securitisation subsidy",
                      "POST_SUBSIDY",
                      new PercentageWithAnnualCap(
                          new BigDecimal("0.04"),
                          new BigDecimal("2000000.00"),
                          true,
                          PercentageWithAnnualCap.PartialClaim.REMAINDER_OF_CAP,
                          true),
                      false,
                      year - 1,
                      year - 1,
                      null,
                      null,
                      null))),
          UUID.randomUUID().toString());
    }
    Http finance = api.bearer(tokens.tokenFor("finance", "finance-officer"));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                finance
                        .get("/api/funding/calls/" + year + "/tracks/DATA-IP-SECURITISATION")
                        .status()
                    == 200);
  }

  private Map<String, Object> body(Object... pairs) {
    Map<String, Object> body = new HashMap<>();
    body.put("callYear", year);
    for (int i = 0; i < pairs.length; i += 2) {
      body.put((String) pairs[i], pairs[i + 1]);
    }
    return body;
  }

  @Test
  void anApplicantSeesWhatAClaimWouldBeGranted() {
    Http.Response response =
        api.bearer(tokens.tokenFor("applicant-a", "applicant"))
            .post(
                PATH,
                body(
                    "issuanceAmount", "20000000.00",
                    "issuanceScale", "20000000.00",
                    "actualFinancing", "20000000.00",
                    "grantedThisYear", "1500000.00"));

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.json().get("subsidy").decimalValue()).isEqualByComparingTo("500000.00");
    assertThat(response.json().get("cappedByAnnualLimit").asBoolean()).isTrue();
  }

  @Test
  void impossibleAmountsAreRefusedNamingTheField() {
    Http finance = api.bearer(tokens.tokenFor("finance", "finance-officer"));

    Http.Response tooMuch =
        finance.post(
            PATH, body("issuanceAmount", "100", "issuanceScale", "100", "actualFinancing", "101"));
    assertThat(tooMuch.status()).isEqualTo(422);
    assertThat(tooMuch.json().get("errors").get(0).get("field").asString())
        .isEqualTo("actualFinancing");

    Http.Response negative =
        finance.post(
            PATH, body("issuanceAmount", "-5", "issuanceScale", "100", "actualFinancing", "10"));
    assertThat(negative.status()).isEqualTo(422);
    assertThat(negative.json().get("errors").get(0).get("field").asString())
        .isEqualTo("issuanceAmount");

    assertThat(
            finance
                .post(
                    PATH,
                    body(
                        "issuanceAmount", "1.234", "issuanceScale", "100", "actualFinancing", "10"))
                .status())
        .isEqualTo(422);
    assertThat(finance.post(PATH, "{\"issuanceAmount\": \"lots\"}").status()).isEqualTo(400);

    Map<String, Object> noCall =
        body("issuanceAmount", "100", "issuanceScale", "100", "actualFinancing", "10");
    noCall.remove("callYear");
    Http.Response withoutCall = finance.post(PATH, noCall);
    assertThat(withoutCall.status()).isEqualTo(422);
    assertThat(withoutCall.json().get("errors").get(0).get("field").asString())
        .isEqualTo("callYear");
    Map<String, Object> unknownCall =
        body("issuanceAmount", "100", "issuanceScale", "100", "actualFinancing", "10");
    unknownCall.put("callYear", 2099);
    assertThat(finance.post(PATH, unknownCall).status()).isEqualTo(404);
  }

  @Test
  void onlyApplicantsAndBureauStaffMayAsk() {
    Map<String, Object> body =
        body("issuanceAmount", "100", "issuanceScale", "100", "actualFinancing", "10");
    assertThat(api.post(PATH, body).status()).isEqualTo(401);
    assertThat(api.bearer(tokens.tokenFor("expert-1", "expert")).post(PATH, body).status())
        .isEqualTo(403);
  }
}
