package cn.gov.guizhou.ipp.applicant.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.kit.web.FieldViolation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 再次验收不通过的……视情节限制其后续省级知识产权项目申报资格: the bureau's decision, with a reason and an end. */
class BarRuleTest {

  private static final LocalDate TODAY = LocalDate.of(2030, 4, 2);
  private final BarRule rule = BarRule.GUIDE_2027;

  @Test
  void aDataIpLeaderBarNamesItsLastDay() {
    assertThat(rule.endDateRequired("DATA-IP-LEADER")).isTrue();
    assertThat(rule.violations("DATA-IP-LEADER", "两次验收不通过", null, TODAY))
        .extracting(FieldViolation::field)
        .containsExactly("until");
    assertThat(rule.violations("DATA-IP-LEADER", "两次验收不通过", LocalDate.of(2032, 12, 31), TODAY))
        .isEmpty();
  }

  @Test
  void theLastDayMayBeTodayButNotYesterday() {
    assertThat(rule.violations("DATA-IP-LEADER", "理由", TODAY, TODAY)).isEmpty();
    assertThat(rule.violations("DATA-IP-LEADER", "理由", TODAY.minusDays(1), TODAY))
        .extracting(FieldViolation::message)
        .containsExactly("is in the past");
  }

  @Test
  void otherTracksMayBeBarredUntilLiftedButNeverWithoutAReason() {
    assertThat(rule.endDateRequired("STRONG-ENT-BASIC")).isFalse();
    assertThat(rule.violations("STRONG-ENT-BASIC", "两次验收不通过", null, TODAY)).isEmpty();
    assertThat(rule.violations("STRONG-ENT-BASIC", " ", null, TODAY))
        .extracting(FieldViolation::field)
        .containsExactly("reason");
    assertThat(rule.violations("DATA-IP-LEADER", null, null, TODAY))
        .extracting(FieldViolation::field)
        .containsExactly("reason", "until");
  }
}
