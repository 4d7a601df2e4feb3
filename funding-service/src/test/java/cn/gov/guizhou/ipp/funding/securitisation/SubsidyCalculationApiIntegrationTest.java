package cn.gov.guizhou.ipp.funding.securitisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

@IntegrationTest
class SubsidyCalculationApiIntegrationTest {

  private static final String PATH = "/api/funding/securitisation/subsidy-calculations";
  private static final TestTokenIssuer tokens = TestTokenIssuer.get();

  @Value("${local.server.port}")
  int port;

  Http api;

  @BeforeEach
  void client() {
    api = Http.to("http://127.0.0.1:" + port);
  }

  @Test
  void anApplicantSeesWhatAClaimWouldBeGranted() {
    Http.Response response =
        api.bearer(tokens.tokenFor("applicant-a", "applicant"))
            .post(
                PATH,
                Map.of(
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
            PATH,
            Map.of("issuanceAmount", "100", "issuanceScale", "100", "actualFinancing", "101"));
    assertThat(tooMuch.status()).isEqualTo(422);
    assertThat(tooMuch.json().get("errors").get(0).get("field").asString())
        .isEqualTo("actualFinancing");

    Http.Response negative =
        finance.post(
            PATH, Map.of("issuanceAmount", "-5", "issuanceScale", "100", "actualFinancing", "10"));
    assertThat(negative.status()).isEqualTo(422);
    assertThat(negative.json().get("errors").get(0).get("field").asString())
        .isEqualTo("issuanceAmount");

    assertThat(
            finance
                .post(
                    PATH,
                    Map.of(
                        "issuanceAmount", "1.234", "issuanceScale", "100", "actualFinancing", "10"))
                .status())
        .isEqualTo(422);
    assertThat(finance.post(PATH, "{\"issuanceAmount\": \"lots\"}").status()).isEqualTo(400);
  }

  @Test
  void onlyApplicantsAndBureauStaffMayAsk() {
    Map<String, String> body =
        Map.of("issuanceAmount", "100", "issuanceScale", "100", "actualFinancing", "10");
    assertThat(api.post(PATH, body).status()).isEqualTo(401);
    assertThat(api.bearer(tokens.tokenFor("expert-1", "expert")).post(PATH, body).status())
        .isEqualTo(403);
  }
}
