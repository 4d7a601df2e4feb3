package cn.gov.guizhou.ipp.monitoring.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The fund-use rules (资金使用监管): what an expenditure of a grant calls for the firm's attention.
 *
 * <ul>
 *   <li>LARGE_EXPENDITURE: the amount is <b>at or above</b> the large amount (CNY 50,000.00 unless
 *       configured), or <b>at or above</b> the large share (20% unless configured) of the awarded
 *       amount; the detail says which;
 *   <li>OUTSIDE_APPROVED_BUDGET: the category is not in the approved budget (or approved at zero);
 *   <li>BEYOND_CATEGORY_BUDGET: what the category has spent, this expenditure included, is more
 *       than its approved budget (spending exactly the budget is not beyond it);
 *   <li>BEFORE_FUNDS_ARRIVED: nothing has been disbursed yet, or the expense is dated before the
 *       first disbursement's value date (the same day is not before);
 *   <li>AFTER_PERIOD_END: the expense is dated after the implementation period's last day (the last
 *       day itself is within it).
 * </ul>
 *
 * @param largeAmount an expenditure at or above this amount, CNY, is large
 * @param largeShareOfGrant an expenditure at or above this share of the award (0.20 = 20%) is large
 */
public record FundUseRules(BigDecimal largeAmount, BigDecimal largeShareOfGrant) {

  /** The large amount unless configured: CNY 50,000.00. */
  public static final BigDecimal DEFAULT_LARGE_AMOUNT = new BigDecimal("50000.00");

  /** The large share of the award unless configured: 20%. */
  public static final BigDecimal DEFAULT_LARGE_SHARE = new BigDecimal("0.20");

  public FundUseRules {
    Objects.requireNonNull(largeAmount, "largeAmount");
    Objects.requireNonNull(largeShareOfGrant, "largeShareOfGrant");
    if (largeAmount.signum() <= 0) {
      throw new IllegalArgumentException("the large amount must be positive");
    }
    if (largeShareOfGrant.signum() <= 0 || largeShareOfGrant.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("the large share must be in (0, 1]");
    }
  }

  /** The rules with the default thresholds. */
  public static FundUseRules defaults() {
    return new FundUseRules(DEFAULT_LARGE_AMOUNT, DEFAULT_LARGE_SHARE);
  }

  /** What a flag is about. */
  public enum Kind {
    LARGE_EXPENDITURE,
    OUTSIDE_APPROVED_BUDGET,
    BEYOND_CATEGORY_BUDGET,
    BEFORE_FUNDS_ARRIVED,
    AFTER_PERIOD_END
  }

  /**
   * One expenditure.
   *
   * @param amount CNY, positive
   * @param category its budget category
   * @param spentOn the date of the expense
   */
  public record Expenditure(BigDecimal amount, String category, LocalDate spentOn) {}

  /**
   * What is known of the project when the expenditure is judged.
   *
   * @param approvedBudget the approved budget by category, CNY
   * @param spentInCategory what the expenditure's category has spent, this one included, CNY
   * @param awardedAmount the grant's awarded amount, CNY
   * @param firstDisbursement the value date of the first disbursement, null if none yet
   * @param implementationEnd the last day of the implementation period, null if not known
   */
  public record Context(
      Map<String, BigDecimal> approvedBudget,
      BigDecimal spentInCategory,
      BigDecimal awardedAmount,
      LocalDate firstDisbursement,
      LocalDate implementationEnd) {}

  /**
   * A flag raised.
   *
   * @param kind what it is about
   * @param detail one line in the bureau's language, with the figures
   */
  public record Flag(Kind kind, String detail) {}

  /** The flags an expenditure raises, in the order of {@link Kind}; empty if none. */
  public List<Flag> judge(Expenditure expenditure, Context context) {
    List<Flag> flags = new ArrayList<>();
    BigDecimal amount = expenditure.amount();
    List<String> large = new ArrayList<>();
    if (amount.compareTo(largeAmount) >= 0) {
      large.add("达到或超过大额标准 " + yuan(largeAmount) + " 元");
    }
    if (context.awardedAmount() != null && context.awardedAmount().signum() > 0) {
      BigDecimal share = context.awardedAmount().multiply(largeShareOfGrant);
      if (amount.compareTo(share) >= 0) {
        large.add(
            "达到或超过资助金额 "
                + yuan(context.awardedAmount())
                + " 元的 "
                + percent(largeShareOfGrant)
                + "%（"
                + yuan(share)
                + " 元）");
      }
    }
    if (!large.isEmpty()) {
      flags.add(
          new Flag(
              Kind.LARGE_EXPENDITURE,
              "单笔支出 "
                  + yuan(amount)
                  + " 元（"
                  + expenditure.category()
                  + "），"
                  + String.join("，", large)));
    }
    BigDecimal approved =
        context.approvedBudget() == null
            ? null
            : context.approvedBudget().get(expenditure.category());
    if (approved == null || approved.signum() <= 0) {
      flags.add(
          new Flag(
              Kind.OUTSIDE_APPROVED_BUDGET,
              "支出科目 " + expenditure.category() + " 不在批准的预算内，支出 " + yuan(amount) + " 元"));
    } else if (context.spentInCategory() != null
        && context.spentInCategory().compareTo(approved) > 0) {
      flags.add(
          new Flag(
              Kind.BEYOND_CATEGORY_BUDGET,
              "科目 "
                  + expenditure.category()
                  + " 累计支出 "
                  + yuan(context.spentInCategory())
                  + " 元，超过批准预算 "
                  + yuan(approved)
                  + " 元 "
                  + yuan(context.spentInCategory().subtract(approved))
                  + " 元"));
    }
    if (context.firstDisbursement() == null) {
      flags.add(
          new Flag(
              Kind.BEFORE_FUNDS_ARRIVED,
              expenditure.spentOn() + " 支出 " + yuan(amount) + " 元，资助资金尚未拨付"));
    } else if (expenditure.spentOn().isBefore(context.firstDisbursement())) {
      flags.add(
          new Flag(
              Kind.BEFORE_FUNDS_ARRIVED,
              expenditure.spentOn()
                  + " 支出 "
                  + yuan(amount)
                  + " 元，早于首笔资金到账日 "
                  + context.firstDisbursement()));
    }
    if (context.implementationEnd() != null
        && expenditure.spentOn().isAfter(context.implementationEnd())) {
      flags.add(
          new Flag(
              Kind.AFTER_PERIOD_END,
              expenditure.spentOn()
                  + " 支出 "
                  + yuan(amount)
                  + " 元，晚于实施期结束日 "
                  + context.implementationEnd()));
    }
    return List.copyOf(flags);
  }

  /** An amount as the bureau writes it: thousands separated, two decimals. */
  public static String yuan(BigDecimal amount) {
    DecimalFormat format =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(amount.setScale(2, RoundingMode.HALF_UP));
  }

  private static String percent(BigDecimal share) {
    return share.movePointRight(2).stripTrailingZeros().toPlainString();
  }
}
