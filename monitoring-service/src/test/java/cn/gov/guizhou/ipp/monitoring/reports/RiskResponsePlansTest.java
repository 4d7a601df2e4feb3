package cn.gov.guizhou.ipp.monitoring.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.guizhou.ipp.monitoring.rules.LagThreshold;
import cn.gov.guizhou.ipp.monitoring.rules.RiskRules;
import org.junit.jupiter.api.Test;

class RiskResponsePlansTest {

  @Test
  void theRulesInForceHaveAPlanForEveryColour() {
    String version = RiskRules.current(LagThreshold.GUIDE).version();
    assertThat(RiskResponsePlans.forRules(version))
        .extracting(RiskResponsePlans.ResponsePlan::colour)
        .containsExactly("GREEN", "YELLOW", "RED");
    assertThat(RiskResponsePlans.of(version, "GREEN").actionsZh()).containsExactly("常规跟踪");
    assertThat(RiskResponsePlans.of(version, "YELLOW").actionsZh()).containsExactly("加密跟踪", "督促整改");
    assertThat(RiskResponsePlans.of(version, "RED").actionsZh())
        .containsExactly("暂停拨付", "约谈", "提出处置建议");
  }

  @Test
  void refusesUnknownRulesAndColours() {
    assertThatThrownBy(() -> RiskResponsePlans.forRules("RYG-1999.1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RiskResponsePlans.of(RiskResponsePlans.RULES_VERSION, "BLUE"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
