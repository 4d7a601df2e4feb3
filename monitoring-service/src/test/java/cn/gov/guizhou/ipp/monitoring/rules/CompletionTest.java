package cn.gov.guizhou.ipp.monitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompletionTest {

  private static final List<Completion.TaskWeight> PLAN =
      List.of(
          new Completion.TaskWeight("T1", new BigDecimal("40")),
          new Completion.TaskWeight("T2", new BigDecimal("60")));
  private static final List<Completion.Target> TARGETS =
      List.of(
          new Completion.Target("2027-Q4", new BigDecimal("100")),
          new Completion.Target("2027-Q2", new BigDecimal("40")),
          new Completion.Target("2027-Q1", new BigDecimal("15")));

  @Test
  void weighsEachTaskByItsShare() {
    assertThat(Completion.weighted(PLAN, Map.of("T1", d("40"), "T2", d("20"))))
        .isEqualByComparingTo("28");
    assertThat(Completion.weighted(PLAN, Map.of("T1", d("40"), "T2", d("23.35"))))
        .isEqualByComparingTo("30.01");
    assertThat(Completion.weighted(PLAN, Map.of("T1", d("100")))).isEqualByComparingTo("40");
  }

  @Test
  void refusesUnknownTasksAndPercentsOutsideZeroToHundred() {
    assertThatThrownBy(() -> Completion.weighted(PLAN, Map.of("T9", d("1"))))
        .hasMessageStartingWith("tasks.T9:");
    assertThatThrownBy(() -> Completion.weighted(PLAN, Map.of("T1", d("100.01"))))
        .hasMessageStartingWith("tasks.T1:");
    assertThatThrownBy(() -> Completion.weighted(PLAN, Map.of("T1", d("-0.01"))))
        .hasMessageStartingWith("tasks.T1:");
  }

  @Test
  void thePlanStandsStillBetweenItsTargetsAndIsZeroBeforeTheFirst() {
    assertThat(Completion.plannedAt(TARGETS, "2026-Q4")).isEqualByComparingTo("0");
    assertThat(Completion.plannedAt(TARGETS, "2027-Q1")).isEqualByComparingTo("15");
    assertThat(Completion.plannedAt(TARGETS, "2027-Q3")).isEqualByComparingTo("40");
    assertThat(Completion.plannedAt(TARGETS, "2028-Q1")).isEqualByComparingTo("100");
  }

  @Test
  void aProjectAheadOfPlanDoesNotLag() {
    assertThat(Completion.lag(d("40"), d("28"))).isEqualByComparingTo("12");
    assertThat(Completion.lag(d("40"), d("30.01"))).isEqualByComparingTo("9.99");
    assertThat(Completion.lag(d("40"), d("55"))).isEqualByComparingTo("0");
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }
}
