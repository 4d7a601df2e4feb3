package cn.gov.guizhou.ipp.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the profile form and the pre-check send to the API, from what was typed and stored. */
class ProfileFormTest {

  @Test
  void numbersAndYesNoAreSentAsSuchAndAnythingElseAsTypedForTheApiToJudge() {
    assertThat(OrganisationProfileController.ProfileForm.typedValue("COUNT", "10"))
        .isEqualTo(BigInteger.TEN);
    assertThat(OrganisationProfileController.ProfileForm.typedValue("COUNT", "9.5"))
        .isEqualTo(new BigDecimal("9.5"));
    assertThat(OrganisationProfileController.ProfileForm.typedValue("CNY", "5,000,000.00"))
        .isEqualTo(new BigDecimal("5000000.00"));
    assertThat(OrganisationProfileController.ProfileForm.typedValue("CNY", "五百万")).isEqualTo("五百万");
    assertThat(OrganisationProfileController.ProfileForm.typedValue("FLAG", "true"))
        .isEqualTo(Boolean.TRUE);
    assertThat(OrganisationProfileController.ProfileForm.typedValue("LEVEL", "COUNTY"))
        .isEqualTo("COUNTY");
  }

  @Test
  void thePreCheckReadsTheNewestCreditCheckAndTheDeclaredValues() {
    assertThat(
            EligibilityController.latestOutcome(
                List.of(
                    Map.of("outcome", "CLEAR", "checkedAt", "2027-03-01T01:00:00Z"),
                    Map.of("outcome", "RECORDS_FOUND", "checkedAt", "2027-03-05T01:00:00Z"))))
        .isEqualTo("RECORDS_FOUND");
    assertThat(EligibilityController.latestOutcome(List.of())).isNull();

    Map<String, Object> profile =
        EligibilityController.profile(
            Map.of(
                "type",
                "ENTERPRISE",
                "region",
                "ZUNYI",
                "facts",
                Map.of("validPatentCount", Map.of("value", 10, "evidenced", false))),
            null);
    assertThat(profile)
        .containsEntry("organisationType", "ENTERPRISE")
        .containsEntry("region", "ZUNYI")
        .containsEntry("facts", Map.of("validPatentCount", 10))
        .doesNotContainKey("creditStatus");
  }
}
