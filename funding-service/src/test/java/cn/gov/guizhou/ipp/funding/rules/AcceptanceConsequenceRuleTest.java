package cn.gov.guizhou.ipp.funding.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.guizhou.ipp.funding.rules.AcceptanceConsequenceRule.Decision;
import org.junit.jupiter.api.Test;

/** 再次验收不通过的，收回已拨付的未使用项目资金 — for 2.1; elsewhere the bureau decides. */
class AcceptanceConsequenceRuleTest {

  private final AcceptanceConsequenceRule rule = AcceptanceConsequenceRule.GUIDE_2027;

  @Test
  void dataIpLeaderMustOrderTheRecovery() {
    assertThat(rule.recoveryRequired("DATA-IP-LEADER")).isTrue();
    assertThat(rule.check("DATA-IP-LEADER", "ORDER_RECOVERY", "第二次验收不通过"))
        .isEqualTo(Decision.ORDER_RECOVERY);
    assertThatThrownBy(() -> rule.check("DATA-IP-LEADER", "NO_RECOVERY", "情节轻微"))
        .hasMessageStartingWith("decision: the guide requires track DATA-IP-LEADER");
  }

  @Test
  void otherTracksAreTheBureausDecision() {
    assertThat(rule.recoveryRequired("STRONG-ENT-BASIC")).isFalse();
    assertThat(rule.check("STRONG-ENT-BASIC", "no_recovery", "经费已按预算使用"))
        .isEqualTo(Decision.NO_RECOVERY);
    assertThat(rule.check("HVP", "ORDER_RECOVERY", "未使用资金收回")).isEqualTo(Decision.ORDER_RECOVERY);
  }

  @Test
  void aDecisionNeedsItsKindAndItsReason() {
    assertThatThrownBy(() -> rule.check("HVP", null, "x")).hasMessage("decision: is required");
    assertThatThrownBy(() -> rule.check("HVP", "MAYBE", "x"))
        .hasMessageStartingWith("decision: must be ORDER_RECOVERY or NO_RECOVERY");
    assertThatThrownBy(() -> rule.check("HVP", "ORDER_RECOVERY", " "))
        .hasMessageStartingWith("reason:");
  }
}
