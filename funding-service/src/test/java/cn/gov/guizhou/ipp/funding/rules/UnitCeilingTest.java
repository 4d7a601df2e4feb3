package cn.gov.guizhou.ipp.funding.rules;

import static cn.gov.guizhou.ipp.funding.rules.Rules2027.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.guizhou.ipp.funding.rules.UnitCeiling.Outcome;
import cn.gov.guizhou.ipp.funding.rules.UnitCeiling.Release;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Guide 2.1: 项目实施期内单个单位累计补助20万元 — per unit, not per application. */
class UnitCeilingTest {

  private final UnitCeiling leader = new UnitCeiling(cny("200000"));

  @ParameterizedTest
  @CsvSource({
    // stage, the unit has received, released, outcome
    "100000, 0, 100000.00, RELEASED",
    "100000, 100000, 100000.00, RELEASED",
    "100000, 100000.01, 99999.99, CUT_TO_CEILING",
    "100000, 150000, 50000.00, CUT_TO_CEILING",
    "100000, 199999.99, 0.01, CUT_TO_CEILING",
    "100000, 200000, 0.00, REFUSED_AT_CEILING",
    "100000, 250000, 0.00, REFUSED_AT_CEILING"
  })
  void aUnitReceivesAtMost200000InAll(
      String stage, String received, String released, Outcome outcome) {
    Release release = leader.release(cny(stage), cny(received));
    assertThat(release.amount()).isEqualTo(cny(released));
    assertThat(release.outcome()).isEqualTo(outcome);
    assertThat(release.reasonZh() == null).isEqualTo(outcome == Outcome.RELEASED);
  }

  @Test
  void aUnitWithTwoGrantsIsRefusedAThirdStageWithTheReason() {
    // Two 2.1 grants of one unit each released a 100,000 stage: the third stage finds nothing left.
    Release third = leader.release(cny("100000"), cny("200000"));
    assertThat(third.amount()).isEqualTo(cny("0.00"));
    assertThat(third.reasonZh())
        .isEqualTo("本单位在项目实施期内已累计获得补助 200000 元，达到单个单位累计补助 200000 元的上限，本阶段补助不予拨付");
    assertThat(third.reasonEn()).contains("CNY 200000", "not paid");
    Release cut = leader.release(cny("100000"), cny("150000"));
    assertThat(cut.reasonZh()).endsWith("本阶段补助核减为 50000 元");
  }

  @Test
  void badAmountsAreRefusedNamingTheField() {
    assertThatThrownBy(() -> new UnitCeiling(null)).hasMessage("ceiling: is required");
    assertThatThrownBy(() -> leader.release(null, cny("0"))).hasMessage("stageAmount: is required");
    assertThatThrownBy(() -> leader.release(cny("1"), cny("-1")))
        .hasMessage("receivedByUnit: must not be negative");
  }
}
