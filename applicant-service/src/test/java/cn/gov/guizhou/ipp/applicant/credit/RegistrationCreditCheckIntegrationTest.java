package cn.gov.guizhou.ipp.applicant.credit;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.applicant.organisation.Registrations;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every registration is followed by a credit check, in the background, kept and audited. */
@IntegrationTest
class RegistrationCreditCheckIntegrationTest {

  private static final WireMockServer registry = startRegistry();

  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient jdbc;

  private static WireMockServer startRegistry() {
    WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    return server;
  }

  @DynamicPropertySource
  static void registries(DynamicPropertyRegistry properties) {
    properties.add("ipp.credit.credit-china.base-url", registry::baseUrl);
  }

  @AfterAll
  static void stop() {
    registry.stop();
  }

  @Test
  void aRegistrationIsFollowedByACreditCheckOnBehalfOfTheRegistrant() {
    String code = UsccGenerator.next();
    registry.stubFor(
        get(urlEqualTo("/api/credit-records/" + code))
            .willReturn(okJson("{\"creditCode\":\"" + code + "\",\"records\":[]}")));
    Http applicant =
        Http.to("http://127.0.0.1:" + port)
            .bearer(TestTokenIssuer.get().tokenFor("applicant-a", "applicant"));

    String id =
        applicant
            .post("/api/organisations", Registrations.enterprise(code))
            .json()
            .get("id")
            .asString();

    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                jdbc.sql(
                            "select count(*) from credit_check where organisation_id = cast(:id as uuid)")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                    == 1);
    assertThat(
            applicant
                .get("/api/organisations/" + id + "/credit-checks")
                .json()
                .get(0)
                .get("outcome")
                .asString())
        .isEqualTo("CLEAR");
    assertThat(
            jdbc.sql(
                    "select subject from audit_record where object_id = :id and action = 'credit-check.clear'")
                .param("id", id)
                .query(String.class)
                .single())
        .isEqualTo(TestTokenIssuer.subjectOf("applicant-a"));
  }
}
