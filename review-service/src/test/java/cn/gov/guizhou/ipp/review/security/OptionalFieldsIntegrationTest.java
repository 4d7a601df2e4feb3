package cn.gov.guizhou.ipp.review.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** A field the API documents as optional can be left out. */
@IntegrationTest
class OptionalFieldsIntegrationTest {

  private static final TestTokenIssuer tokens = TestTokenIssuer.get();

  @Value("${local.server.port}")
  int port;

  @Test
  void anExpertAddedWithoutACapacityGetsTheDefaultOne() {
    Http officer =
        Http.to("http://127.0.0.1:" + port).bearer(tokens.tokenFor("officer", "programme-officer"));
    Http.Response added =
        officer.post(
            "/api/review/experts",
            Map.of(
                "userSubject",
                TestTokenIssuer.subjectOf("optional-fields-expert"),
                "name",
                "专家甲",
                "organisationCreditCode",
                UsccGenerator.next(),
                "region",
                "GUIYANG",
                "trackCodes",
                List.of("HVP")));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(added.json().get("maxAssignmentsPerCall").asInt()).isEqualTo(20);

    Http.Response tooMany =
        officer.post(
            "/api/review/experts",
            Map.of(
                "userSubject",
                TestTokenIssuer.subjectOf("optional-fields-expert-2"),
                "name",
                "专家乙",
                "organisationCreditCode",
                UsccGenerator.next(),
                "region",
                "GUIYANG",
                "trackCodes",
                List.of("HVP"),
                "maxAssignmentsPerCall",
                0));
    assertThat(tooMany.status()).isEqualTo(422);
    assertThat(tooMany.json().get("errors").get(0).get("field").asString())
        .isEqualTo("maxAssignmentsPerCall");
  }
}
