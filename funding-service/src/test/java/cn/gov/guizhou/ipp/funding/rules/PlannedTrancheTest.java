package cn.gov.guizhou.ipp.funding.rules;

import static cn.gov.guizhou.ipp.funding.rules.Rules2027.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PlannedTrancheTest {

  private static PlannedTranche tranche(
      int sequence,
      TrancheTrigger trigger,
      BigDecimal amount,
      BigDecimal minimum,
      BigDecimal maximum) {
    return new PlannedTranche(sequence, trigger, amount, minimum, maximum, "说明", "description");
  }

  @Test
  void amountsAreKeptWithTwoDecimals() {
    PlannedTranche t = tranche(1, TrancheTrigger.ON_AWARD, cny("500000"), null, null);

    assertThat(t.amount()).isEqualTo(cny("500000.00"));
    assertThat(t.mostPayable()).isEqualTo(cny("500000.00"));
  }

  @Test
  void aMetEvaluationTrancheHasNoAmountButABoundedRange() {
    PlannedTranche t =
        tranche(2, TrancheTrigger.AFTER_MET_EVALUATION, null, cny("500000"), cny("1000000"));

    assertThat(t.mostPayable()).isEqualTo(cny("1000000.00"));
    assertThatThrownBy(
            () ->
                tranche(
                    2,
                    TrancheTrigger.AFTER_MET_EVALUATION,
                    cny("1"),
                    cny("500000"),
                    cny("1000000")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount: is set by the evaluation, not planned");
    assertThatThrownBy(
            () -> tranche(2, TrancheTrigger.AFTER_MET_EVALUATION, null, null, cny("1000000")))
        .hasMessage("minimum: is required");
    assertThatThrownBy(
            () -> tranche(2, TrancheTrigger.AFTER_MET_EVALUATION, null, cny("500000"), null))
        .hasMessage("maximum: is required");
    assertThatThrownBy(
            () -> tranche(2, TrancheTrigger.AFTER_MET_EVALUATION, null, cny("2"), cny("1")))
        .hasMessage("maximum: is below minimum");
  }

  @Test
  void aSelectingStageHasItsAmountWithinTheStagesMaximum() {
    assertThatThrownBy(
            () -> tranche(1, TrancheTrigger.AFTER_SELECTING_EVALUATION, cny("100000"), null, null))
        .hasMessage("maximum: is required");
    assertThatThrownBy(
            () ->
                tranche(
                    1,
                    TrancheTrigger.AFTER_SELECTING_EVALUATION,
                    cny("300000"),
                    null,
                    cny("200000")))
        .hasMessage("amount: is above the stages' maximum");
    assertThatThrownBy(
            () ->
                tranche(
                    1,
                    TrancheTrigger.AFTER_SELECTING_EVALUATION,
                    cny("100000"),
                    cny("1"),
                    cny("200000")))
        .hasMessage("minimum: applies only to a tranche set by a met evaluation");
  }

  @Test
  void otherTranchesHaveAPositiveAmountAndNoBounds() {
    assertThatThrownBy(() -> tranche(1, TrancheTrigger.ON_AWARD, null, null, null))
        .hasMessage("amount: is required");
    assertThatThrownBy(() -> tranche(1, TrancheTrigger.ON_THRESHOLD_MET, cny("0"), null, null))
        .hasMessage("amount: must be greater than zero");
    assertThatThrownBy(() -> tranche(1, TrancheTrigger.AFTER_PRODUCT_END, cny("1"), null, cny("2")))
        .hasMessage("maximum: applies only to a tranche released by an evaluation");
    assertThatThrownBy(() -> tranche(1, TrancheTrigger.ON_AWARD, cny("1"), cny("1"), null))
        .hasMessage("minimum: applies only to a tranche set by a met evaluation");
  }

  @Test
  void sequenceTriggerAndDescriptionsAreRequired() {
    assertThatThrownBy(() -> tranche(0, TrancheTrigger.ON_AWARD, cny("1"), null, null))
        .hasMessage("sequence: must be 1 or more");
    assertThatThrownBy(() -> tranche(1, null, cny("1"), null, null))
        .hasMessage("trigger: is required");
    assertThatThrownBy(
            () -> new PlannedTranche(1, TrancheTrigger.ON_AWARD, cny("1"), null, null, " ", "x"))
        .hasMessage("descriptionZh: is required");
    assertThatThrownBy(
            () -> new PlannedTranche(1, TrancheTrigger.ON_AWARD, cny("1"), null, null, "说明", null))
        .hasMessage("descriptionEn: is required");
  }
}
