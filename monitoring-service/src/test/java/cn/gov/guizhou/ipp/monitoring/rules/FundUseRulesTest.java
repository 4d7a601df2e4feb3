package cn.gov.guizhou.ipp.monitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.guizhou.ipp.monitoring.rules.FundUseRules.Context;
import cn.gov.guizhou.ipp.monitoring.rules.FundUseRules.Expenditure;
import cn.gov.guizhou.ipp.monitoring.rules.FundUseRules.Flag;
import cn.gov.guizhou.ipp.monitoring.rules.FundUseRules.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FundUseRulesTest {

  private static final FundUseRules RULES = FundUseRules.defaults();
  private static final LocalDate PAID = LocalDate.of(2027, 3, 1);
  private static final LocalDate END = LocalDate.of(2028, 12, 31);
  private static final Map<String, BigDecimal> BUDGET =
      Map.of("EQUIPMENT", new BigDecimal("300000.00"), "LABOUR", new BigDecimal("200000.00"));

  private static List<Flag> judge(String amount, String category, LocalDate on, String spent) {
    return judge(amount, category, on, spent, "1000000.00", PAID);
  }

  private static List<Flag> judge(
      String amount, String category, LocalDate on, String spent, String awarded, LocalDate paid) {
    return RULES.judge(
        new Expenditure(new BigDecimal(amount), category, on),
        new Context(BUDGET, new BigDecimal(spent), new BigDecimal(awarded), paid, END));
  }

  private static List<Kind> kinds(List<Flag> flags) {
    return flags.stream().map(Flag::kind).toList();
  }

  @Test
  void anOrdinaryExpenditureWithinBudgetAndPeriodRaisesNothing() {
    assertThat(judge("12000.00", "EQUIPMENT", LocalDate.of(2027, 5, 1), "12000.00")).isEmpty();
  }

  @Test
  void exactlyTheLargeAmountIsLargeAndACentBelowIsNot() {
    List<Flag> at = judge("50000.00", "EQUIPMENT", LocalDate.of(2027, 5, 1), "50000.00");
    assertThat(kinds(at)).containsExactly(Kind.LARGE_EXPENDITURE);
    assertThat(at.get(0).detail()).contains("50,000.00").contains("达到或超过大额标准");
    assertThat(judge("49999.99", "EQUIPMENT", LocalDate.of(2027, 5, 1), "49999.99")).isEmpty();
  }

  @Test
  void exactlyTheShareOfTheAwardIsLargeAndACentBelowIsNot() {
    List<Flag> at =
        judge("40000.00", "EQUIPMENT", LocalDate.of(2027, 5, 1), "40000.00", "200000.00", PAID);
    assertThat(kinds(at)).containsExactly(Kind.LARGE_EXPENDITURE);
    assertThat(at.get(0).detail())
        .contains("资助金额 200,000.00 元的 20%（40,000.00 元）")
        .doesNotContain("大额标准");
    assertThat(
            judge("39999.99", "EQUIPMENT", LocalDate.of(2027, 5, 1), "39999.99", "200000.00", PAID))
        .isEmpty();
  }

  @Test
  void bothLargeReasonsAreSaid() {
    List<Flag> flags =
        judge("60000.00", "EQUIPMENT", LocalDate.of(2027, 5, 1), "60000.00", "300000.00", PAID);
    assertThat(flags.get(0).detail()).contains("大额标准").contains("20%");
  }

  @Test
  void aCategoryOutsideTheApprovedBudgetIsFlagged() {
    List<Flag> flags = judge("1000.00", "TRAVEL_AND_MEETINGS", LocalDate.of(2027, 5, 1), "1000.00");
    assertThat(kinds(flags)).containsExactly(Kind.OUTSIDE_APPROVED_BUDGET);
    assertThat(flags.get(0).detail()).contains("TRAVEL_AND_MEETINGS").contains("1,000.00");
  }

  @Test
  void spendingTheWholeCategoryIsWithinItAndACentMoreIsBeyond() {
    assertThat(judge("1000.00", "LABOUR", LocalDate.of(2027, 5, 1), "200000.00")).isEmpty();
    List<Flag> beyond = judge("1000.00", "LABOUR", LocalDate.of(2027, 5, 1), "200000.01");
    assertThat(kinds(beyond)).containsExactly(Kind.BEYOND_CATEGORY_BUDGET);
    assertThat(beyond.get(0).detail())
        .contains("200,000.01")
        .contains("200,000.00")
        .contains("0.01");
  }

  @Test
  void spendingOnTheDayOfTheFirstDisbursementIsNotBeforeAndTheDayBeforeIs() {
    assertThat(judge("1000.00", "LABOUR", PAID, "1000.00")).isEmpty();
    List<Flag> before = judge("1000.00", "LABOUR", PAID.minusDays(1), "1000.00");
    assertThat(kinds(before)).containsExactly(Kind.BEFORE_FUNDS_ARRIVED);
    assertThat(before.get(0).detail()).contains("2027-02-28").contains("2027-03-01");
  }

  @Test
  void spendingBeforeAnyDisbursementIsBefore() {
    List<Flag> flags =
        judge("1000.00", "LABOUR", LocalDate.of(2027, 5, 1), "1000.00", "1000000.00", null);
    assertThat(kinds(flags)).containsExactly(Kind.BEFORE_FUNDS_ARRIVED);
    assertThat(flags.get(0).detail()).contains("尚未拨付");
  }

  @Test
  void theLastDayOfThePeriodIsWithinItAndTheDayAfterIsAfter() {
    assertThat(judge("1000.00", "LABOUR", END, "1000.00")).isEmpty();
    List<Flag> after = judge("1000.00", "LABOUR", END.plusDays(1), "1000.00");
    assertThat(kinds(after)).containsExactly(Kind.AFTER_PERIOD_END);
    assertThat(after.get(0).detail()).contains("2029-01-01").contains("2028-12-31");
  }

  @Test
  void oneExpenditureMayRaiseSeveralFlags() {
    List<Flag> flags = judge("80000.00", "OTHER", END.plusDays(3), "80000.00", "1000000.00", null);
    assertThat(kinds(flags))
        .containsExactly(
            Kind.LARGE_EXPENDITURE,
            Kind.OUTSIDE_APPROVED_BUDGET,
            Kind.BEFORE_FUNDS_ARRIVED,
            Kind.AFTER_PERIOD_END);
  }

  @Test
  void theThresholdsAreConfigurableAndChecked() {
    FundUseRules strict = new FundUseRules(new BigDecimal("10000.00"), new BigDecimal("0.05"));
    assertThat(
            strict.judge(
                new Expenditure(new BigDecimal("10000.00"), "LABOUR", LocalDate.of(2027, 5, 1)),
                new Context(BUDGET, new BigDecimal("10000.00"), null, PAID, END)))
        .extracting(Flag::kind)
        .containsExactly(Kind.LARGE_EXPENDITURE);
    assertThatThrownBy(() -> new FundUseRules(BigDecimal.ZERO, new BigDecimal("0.2")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FundUseRules(BigDecimal.TEN, new BigDecimal("1.5")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
