package cn.gov.guizhou.ipp.review.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An application's final score from one to seven expert totals. */
class FinalScoreTest {

  static List<BigDecimal> totals(String... values) {
    return Arrays.stream(values).map(BigDecimal::new).toList();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // fewer than five: the plain average
        "80                     | 80.00",
        "80 90                  | 85.00",
        "70 80 91               | 80.33",
        "60 70 80 95            | 76.25",
        // five: one highest and one lowest dropped, the middle three averaged
        "60 70 80 90 100        | 80.00",
        "10 70 80 90 99         | 80.00",
        // six and seven
        "50 70 75 80 85 100     | 77.50",
        "0 60 70 80 90 95 100   | 79.00"
      })
  void averagesAndFromFiveOnDropsTheHighestAndTheLowest(String given, String expected) {
    assertThat(FinalScore.of(totals(given.trim().split(" +")))).isEqualTo(new BigDecimal(expected));
  }

  @Test
  void theDropRuleStartsExactlyAtFive() {
    // four: 100 and 0 count
    assertThat(FinalScore.of(totals("0", "50", "60", "100"))).isEqualTo(new BigDecimal("52.50"));
    // five: 100 and 0 are dropped
    assertThat(FinalScore.of(totals("0", "50", "60", "70", "100")))
        .isEqualTo(new BigDecimal("60.00"));
    assertThat(FinalScore.DROP_EXTREMES_FROM).isEqualTo(5);
  }

  @Test
  void dropsOnlyOneOfSeveralEqualHighestAndLowestTotals() {
    // 90 90 90 60 60: one 90 and one 60 dropped → (60 + 90 + 90) / 3 = 80
    assertThat(FinalScore.of(totals("90", "60", "90", "60", "90")))
        .isEqualTo(new BigDecimal("80.00"));
    // all equal: whatever is dropped, the average is the total
    assertThat(FinalScore.of(totals("75.5", "75.5", "75.5", "75.5", "75.5")))
        .isEqualTo(new BigDecimal("75.50"));
  }

  @Test
  void theOrderOfTheTotalsDoesNotMatter() {
    assertThat(FinalScore.of(totals("100", "60", "80", "70", "90")))
        .isEqualTo(FinalScore.of(totals("60", "70", "80", "90", "100")));
  }

  @Test
  void roundsHalfUpToTwoDecimals() {
    // (80.01 + 80.02) / 2 = 80.015 → 80.02
    assertThat(FinalScore.of(totals("80.01", "80.02"))).isEqualTo(new BigDecimal("80.02"));
    // (80 + 80 + 80.01) / 3 = 80.00333… → 80.00
    assertThat(FinalScore.of(totals("80", "80", "80.01"))).isEqualTo(new BigDecimal("80.00"));
    // (0.01 + 0.01 + 0) / 3 = 0.00666… → 0.01
    assertThat(FinalScore.of(totals("0.01", "0.01", "0"))).isEqualTo(new BigDecimal("0.01"));
  }

  @Test
  void refusesNoTotals() {
    assertThatThrownBy(() -> FinalScore.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expertTotals: at least one expert total is required");
    assertThatThrownBy(() -> FinalScore.of(null))
        .hasMessage("expertTotals: at least one expert total is required");
  }

  @Test
  void refusesAMissingOrOutOfScaleTotal() {
    List<BigDecimal> withNull = new ArrayList<>(totals("80", "90"));
    withNull.add(null);
    assertThatThrownBy(() -> FinalScore.of(withNull)).hasMessage("expertTotals[2]: is required");
    assertThatThrownBy(() -> FinalScore.of(totals("80", "-0.01")))
        .hasMessage("expertTotals[1]: must be between 0 and 100");
    assertThatThrownBy(() -> FinalScore.of(totals("100.01")))
        .hasMessage("expertTotals[0]: must be between 0 and 100");
  }
}
