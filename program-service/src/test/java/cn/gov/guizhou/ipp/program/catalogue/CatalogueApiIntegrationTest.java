package cn.gov.guizhou.ipp.program.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class CatalogueApiIntegrationTest {

  @Value("${local.server.port}")
  int port;

  Http anonymous;

  @BeforeEach
  void client() {
    anonymous = Http.to("http://127.0.0.1:" + port);
  }

  @Test
  void anyoneReadsThe2027CallWithItsFifteenTracks() {
    Http.Response response = anonymous.get("/api/programmes?year=2027");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().findValuesAsString("code"))
        .containsExactly(
            "HVP",
            "STRONG-ENT-BASIC",
            "STRONG-ENT-SPECIAL",
            "GI-BRAND",
            "CAPABILITY-PROVINCIAL",
            "CAPABILITY-PREFECTURE",
            "RISK-CONTROL",
            "NAV-INDUSTRY",
            "NAV-ENTERPRISE",
            "DATA-IP-CHAIN",
            "DATA-IP-SCENARIO",
            "SERVICE-CLUSTER",
            "AGENCY-BRAND",
            "DATA-IP-LEADER",
            "DATA-IP-SECURITISATION");
    assertThat(anonymous.get("/api/programmes").json().size()).isEqualTo(15);
  }

  @Test
  void aTrackCarriesItsOfficialNameAndAmount() {
    JsonNode hvp = anonymous.get("/api/programmes/HVP").json();
    assertThat(hvp.get("programmeNameZh").asString()).isEqualTo("高价值专利培育项目");
    assertThat(hvp.get("standardAward").decimalValue()).isEqualByComparingTo("500000");
    assertThat(hvp.get("category").asString()).isEqualTo("PRE_SUBSIDY");

    JsonNode securitisation = anonymous.get("/api/programmes/DATA-IP-SECURITISATION").json();
    assertThat(securitisation.get("fundingRule").asString())
        .isEqualTo("PERCENTAGE_WITH_ANNUAL_CAP");
    assertThat(securitisation.get("monitored").asBoolean()).isFalse();
  }

  @Test
  void anUnknownTrackOrYearIsAProblem() {
    Http.Response unknown = anonymous.get("/api/programmes/NOPE");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("type").asString())
        .isEqualTo("https://ipp.guizhou.gov.cn/problems/not-found");
    assertThat(anonymous.get("/api/programmes?year=abc").status()).isEqualTo(400);
    assertThat(anonymous.get("/api/programmes?year=1900").status()).isEqualTo(422);
    assertThat(anonymous.get("/api/programmes?year=2031").json().size()).isZero();
  }
}
