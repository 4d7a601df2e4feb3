package cn.gov.guizhou.ipp.funding.rules;

import static cn.gov.guizhou.ipp.funding.rules.Rules2027.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvaluatedTrancheTest {

  private final List<PlannedTranche> gi =
      TrancheSchedule.forAward(Rules2027.giBrand(), cny("500000.00"));
  private final PlannedTranche giYearTwo = gi.get(1);
  private final PlannedTranche leaderStage =
      TrancheSchedule.forAward(Rules2027.dataIpLeader(), cny("0")).get(0);

  @ParameterizedTest
  @ValueSource(strings = {"500000", "750000.50", "1000000.00"})
  void metTargetsReleaseTheAmountTheEvaluationSetWithinTheRange(String funded) {
    assertThat(
            EvaluatedTranche.releaseAfterEvaluation(
                giYearTwo, EvaluatedTranche.TARGETS_MET, cny(funded)))
        .isEqualByComparingTo(cny(funded))
        .extracting(BigDecimal::scale)
        .isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"499999.99", "1000000.01"})
  void metTargetsWithAnAmountOutsideTheRangeAreRefused(String funded) {
    assertThatThrownBy(
            () -> EvaluatedTranche.releaseAfterEvaluation(giYearTwo, "TARGETS_MET", cny(funded)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("fundedAmount: must be between 500000.00 and 1000000.00");
  }

  @Test
  void metTargetsNeedAFundedAmount() {
    assertThatThrownBy(
            () -> EvaluatedTranche.releaseAfterEvaluation(giYearTwo, "TARGETS_MET", null))
        .hasMessage("fundedAmount: is required");
    assertThatThrownBy(
            () -> EvaluatedTranche.releaseAfterEvaluation(giYearTwo, "TARGETS_MET", cny("0")))
        .hasMessage("fundedAmount: must be greater than zero");
  }

  @Test
  void unmetTargetsLapseTheYearTwoTranche() {
    assertThat(EvaluatedTranche.releaseAfterEvaluation(giYearTwo, "TARGETS_NOT_MET", null))
        .isEqualTo(cny("0.00"));
    assertThat(EvaluatedTranche.releaseAfterEvaluation(giYearTwo, "TARGETS_NOT_MET", cny("0")))
        .isEqualTo(cny("0.00"));
    assertThatThrownBy(
            () ->
                EvaluatedTranche.releaseAfterEvaluation(
                    giYearTwo, "TARGETS_NOT_MET", cny("500000")))
        .hasMessage("fundedAmount: must be empty or zero when the targets were not met");
  }

  @Test
  void aSelectingEvaluationReleasesTheStageAmount() {
    assertThat(EvaluatedTranche.releaseAfterEvaluation(leaderStage, "SELECTED", null))
        .isEqualTo(cny("100000.00"));
    assertThat(EvaluatedTranche.releaseAfterEvaluation(leaderStage, "SELECTED", cny("100000")))
        .isEqualTo(cny("100000.00"));
    assertThat(EvaluatedTranche.releaseAfterEvaluation(leaderStage, "NOT_SELECTED", null))
        .isEqualTo(cny("0.00"));
  }

  @Test
  void aSelectingEvaluationCannotSetAnotherAmount() {
    assertThatThrownBy(
            () -> EvaluatedTranche.releaseAfterEvaluation(leaderStage, "SELECTED", cny("150000")))
        .hasMessage("fundedAmount: a selecting evaluation releases the stage amount 100000.00");
    assertThatThrownBy(
            () -> EvaluatedTranche.releaseAfterEvaluation(leaderStage, "NOT_SELECTED", cny("1.00")))
        .hasMessage("fundedAmount: must be empty or zero when the project was not selected");
  }

  @Test
  void anOutcomeOfTheOtherKindOfEvaluationOrUnknownIsRefusedNamingOutcome() {
    assertThatThrownBy(() -> EvaluatedTranche.releaseAfterEvaluation(giYearTwo, "SELECTED", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "outcome: must be TARGETS_MET or TARGETS_NOT_MET for this tranche, was SELECTED");
    assertThatThrownBy(
            () -> EvaluatedTranche.releaseAfterEvaluation(leaderStage, "TARGETS_MET", null))
        .hasMessage("outcome: must be SELECTED or NOT_SELECTED for this tranche, was TARGETS_MET");
    assertThatThrownBy(() -> EvaluatedTranche.releaseAfterEvaluation(leaderStage, "selected", null))
        .hasMessageStartingWith("outcome: ");
    assertThatThrownBy(() -> EvaluatedTranche.releaseAfterEvaluation(giYearTwo, null, null))
        .hasMessage("outcome: is required");
    assertThatThrownBy(() -> EvaluatedTranche.releaseAfterEvaluation(giYearTwo, " ", null))
        .hasMessage("outcome: is required");
  }

  @Test
  void aTrancheNoEvaluationReleasesIsRefused() {
    PlannedTranche yearOne = gi.get(0);

    assertThatThrownBy(
            () -> EvaluatedTranche.releaseAfterEvaluation(yearOne, "TARGETS_MET", cny("1")))
        .hasMessage("tranche: a ON_AWARD tranche is not released by an evaluation");
    assertThatThrownBy(() -> EvaluatedTranche.releaseAfterEvaluation(null, "SELECTED", null))
        .hasMessage("tranche: is required");
  }

  @Test
  void aStageNeverTakesTheStagesPastTheirMaximum() {
    assertThat(EvaluatedTranche.stageRelease(leaderStage, "SELECTED", cny("0")))
        .isEqualTo(cny("100000.00"));
    assertThat(EvaluatedTranche.stageRelease(leaderStage, "SELECTED", cny("100000")))
        .isEqualTo(cny("100000.00"));
    assertThat(EvaluatedTranche.stageRelease(leaderStage, "SELECTED", cny("150000")))
        .isEqualTo(cny("50000.00"));
    assertThat(EvaluatedTranche.stageRelease(leaderStage, "SELECTED", cny("200000")))
        .isEqualTo(cny("0.00"));
    assertThat(EvaluatedTranche.stageRelease(leaderStage, "NOT_SELECTED", cny("0")))
        .isEqualTo(cny("0.00"));
  }

  @Test
  void aStageReleaseRefusesBadInput() {
    assertThatThrownBy(
            () -> EvaluatedTranche.stageRelease(leaderStage, "SELECTED", cny("200000.01")))
        .hasMessage("paidByEarlierStages: exceeds the stages' maximum 200000.00");
    assertThatThrownBy(() -> EvaluatedTranche.stageRelease(leaderStage, "SELECTED", null))
        .hasMessage("paidByEarlierStages: is required");
    assertThatThrownBy(() -> EvaluatedTranche.stageRelease(giYearTwo, "TARGETS_MET", cny("0")))
        .hasMessage("tranche: a AFTER_MET_EVALUATION tranche is not a selecting-evaluation stage");
    assertThatThrownBy(() -> EvaluatedTranche.stageRelease(null, "SELECTED", cny("0")))
        .hasMessage("tranche: is required");
    assertThatThrownBy(() -> EvaluatedTranche.stageRelease(leaderStage, "MAYBE", cny("0")))
        .hasMessageStartingWith("outcome: must be SELECTED or NOT_SELECTED");
  }
}
