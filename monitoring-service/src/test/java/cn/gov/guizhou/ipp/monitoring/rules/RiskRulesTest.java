package cn.gov.guizhou.ipp.monitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskRulesTest {

  private static final RiskRules RULES = RiskRules.current(LagThreshold.GUIDE);

  @ParameterizedTest(name = "lag {0} points → {1}")
  @CsvSource({"0, GREEN", "9.99, GREEN", "10, YELLOW", "30, YELLOW", "30.01, RED", "54, RED"})
  void theLagAloneGivesTheColourAtTheGuidesBoundaries(String lag, String colour) {
    RiskRules.Assessment a = RULES.assess(facts(new BigDecimal(lag), 0, 0, 0, 0, false));
    assertThat(a.colour()).isEqualTo(colour);
    assertThat(a.rules()).isEqualTo("RYG-2027.1");
    if (!"GREEN".equals(colour)) {
      assertThat(a.reasons()).anySatisfy(r -> assertThat(r).contains(lag));
    } else {
      assertThat(a.reasons()).isEmpty();
    }
  }

  @Test
  void openMattersAreYellowAndSeriousOnesRed() {
    assertThat(RULES.assess(facts(null, 0, 0, 0, 0, false)).colour()).isEqualTo("GREEN");
    assertThat(RULES.assess(facts(BigDecimal.ZERO, 1, 0, 0, 0, false)).colour())
        .isEqualTo("YELLOW");
    assertThat(RULES.assess(facts(BigDecimal.ZERO, 0, 0, 1, 0, false)).colour())
        .isEqualTo("YELLOW");
    assertThat(RULES.assess(facts(BigDecimal.ZERO, 1, 1, 0, 0, false)).colour()).isEqualTo("RED");
    assertThat(RULES.assess(facts(BigDecimal.ZERO, 0, 0, 1, 1, false)).colour()).isEqualTo("RED");
    RiskRules.Assessment credit = RULES.assess(facts(BigDecimal.ZERO, 0, 0, 0, 0, true));
    assertThat(credit.colour()).isEqualTo("RED");
    assertThat(credit.reasons()).containsExactly("承担单位信用核查发现不良记录");
  }

  @Test
  void aRedProjectKeepsItsYellowReasonsToo() {
    RiskRules.Assessment a = RULES.assess(facts(new BigDecimal("35"), 1, 0, 2, 0, false));
    assertThat(a.colour()).isEqualTo("RED");
    assertThat(a.reasons()).hasSize(3);
  }

  @Test
  void theSeriousThresholdIsConfigurable() {
    RiskRules strict = RiskRules.current(new LagThreshold(BigDecimal.TEN, new BigDecimal("20")));
    assertThat(strict.assess(facts(new BigDecimal("20.01"), 0, 0, 0, 0, false)).colour())
        .isEqualTo("RED");
  }

  private static RiskRules.Facts facts(
      BigDecimal lag, int open, int overdue, int flags, int misappropriations, boolean credit) {
    return new RiskRules.Facts(lag, "2027-Q2", open, overdue, flags, misappropriations, credit);
  }
}
