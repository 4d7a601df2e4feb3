package cn.gov.guizhou.ipp.program.calls;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * Malformed commands are refused as problems that name the field, never a 500 and never a value
 * that a consumer of the call's events could not store.
 */
@IntegrationTest
class CallBadInputIntegrationTest {

  private static final TestTokenIssuer tokens = TestTokenIssuer.get();

  @Value("${local.server.port}")
  int port;

  Http officer;

  @BeforeEach
  void clients() {
    officer =
        Http.to("http://127.0.0.1:" + port).bearer(tokens.tokenFor("officer", "programme-officer"));
  }

  private static String field(Http.Response refused) {
    JsonNode errors = refused.json().get("errors");
    assertThat(errors).as(refused.toString()).isNotNull();
    return errors.get(0).get("field").asString();
  }

  @Test
  void aBudgetNoConsumerCouldStoreIsRefusedNamingTheAmount() {
    String budget = "/api/calls/2027/tracks/HVP/budget";
    for (String amount : new String[] {"1e400", "1e14", "-1e400"}) {
      Http.Response refused =
          officer.put(budget, "{\"amount\": " + amount + ", \"plannedProjects\": 2}");
      assertThat(refused.status()).as(amount + " " + refused).isIn(400, 422);
      assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
      assertThat(field(refused)).as(amount + " " + refused).isEqualTo("amount");
    }
    Http.Response fen = officer.put(budget, "{\"amount\": 1000000.005, \"plannedProjects\": 2}");
    assertThat(fen.status()).as(fen.toString()).isEqualTo(422);
    assertThat(field(fen)).isEqualTo("amount");
    Http.Response negative = officer.put(budget, "{\"amount\": -5, \"plannedProjects\": 2}");
    assertThat(negative.status()).isEqualTo(422);
    assertThat(field(negative)).isEqualTo("amount");
    Http.Response text = officer.put(budget, "{\"amount\": \"很多\", \"plannedProjects\": 2}");
    assertThat(text.status()).isEqualTo(400);
    assertThat(field(text)).isEqualTo("amount");
  }

  @Test
  void anImpossibleDateOrAnUnknownStateIsRefusedNamingTheField() {
    Http.Response february30 =
        officer.put(
            "/api/calls/2027/window",
            "{\"opensAt\": \"2027-02-30T09:00:00+08:00\","
                + " \"closesAt\": \"2027-03-31T17:00:00+08:00\"}");
    assertThat(february30.status()).as(february30.toString()).isEqualTo(400);
    assertThat(field(february30)).isEqualTo("opensAt");

    Http.Response sideways = officer.post("/api/calls/2027/transitions", "{\"to\": \"SIDEWAYS\"}");
    assertThat(sideways.status()).as(sideways.toString()).isEqualTo(400);
    assertThat(field(sideways)).isEqualTo("to");
    assertThat(sideways.json().get("errors").get(0).get("message").asString())
        .contains("OPEN")
        .contains("CLOSED");

    Http.Response wrongType =
        officer.put(
            "/api/calls/2027/tracks/HVP/budget", "{\"amount\": 100, \"plannedProjects\": \"两个\"}");
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(field(wrongType)).isEqualTo("plannedProjects");
  }
}
