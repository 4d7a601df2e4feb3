package cn.gov.guizhou.ipp.funding.securitisation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The subsidy rule of guide 2.2 as a pure function.
 *
 * <p>An enterprise's part of a product is {@code issuance amount × its actual financing ÷ the
 * product's issuance scale}; the subsidy is {@link #RATE} of that part, rounded half-up to the fen.
 * Claims are granted in order of application until {@link #ANNUAL_CAP} is used for the year: the
 * claim that crosses the cap gets what is left of it (the platform's choice where the guide is
 * silent), later claims get nothing.
 */
public final class SecuritisationSubsidy {

  /** 4% of the issuance amount. */
  public static final BigDecimal RATE = new BigDecimal("0.04");

  /** At most CNY 2,000,000 for the whole year across all claims. */
  public static final BigDecimal ANNUAL_CAP = new BigDecimal("2000000.00");

  private SecuritisationSubsidy() {}

  /**
   * Computes one claim.
   *
   * @param issuanceAmount the product's issuance amount
   * @param issuanceScale the product's issuance scale (the sum of the financing of all its
   *     enterprises)
   * @param actualFinancing this enterprise's actual financing within the product
   * @param grantedThisYear what earlier claims of the year were granted
   * @throws IllegalArgumentException naming the field, for amounts that make no sense
   */
  public static Calculation calculate(
      BigDecimal issuanceAmount,
      BigDecimal issuanceScale,
      BigDecimal actualFinancing,
      BigDecimal grantedThisYear) {
    requirePositive(issuanceAmount, "issuanceAmount");
    requirePositive(issuanceScale, "issuanceScale");
    requirePositive(actualFinancing, "actualFinancing");
    Objects.requireNonNull(grantedThisYear, "grantedThisYear");
    if (grantedThisYear.signum() < 0) {
      throw new IllegalArgumentException("grantedThisYear: must not be negative");
    }
    if (actualFinancing.compareTo(issuanceScale) > 0) {
      throw new IllegalArgumentException(
          "actualFinancing: cannot exceed the product's issuance scale");
    }
    BigDecimal share =
        issuanceAmount.multiply(actualFinancing).divide(issuanceScale, 2, RoundingMode.HALF_UP);
    BigDecimal uncapped = share.multiply(RATE).setScale(2, RoundingMode.HALF_UP);
    BigDecimal remaining = ANNUAL_CAP.subtract(grantedThisYear).max(BigDecimal.ZERO).setScale(2);
    BigDecimal subsidy = uncapped.min(remaining);
    return new Calculation(share, uncapped, remaining, subsidy, subsidy.compareTo(uncapped) < 0);
  }

  private static void requirePositive(BigDecimal value, String field) {
    Objects.requireNonNull(value, field);
    if (value.signum() <= 0) {
      throw new IllegalArgumentException(field + ": must be greater than zero");
    }
  }

  /**
   * The outcome of one claim.
   *
   * @param enterpriseShare the enterprise's part of the issuance amount
   * @param uncappedSubsidy 4% of that part
   * @param remainingAnnualCap what was left of the year's cap before this claim
   * @param subsidy what the claim is granted
   * @param cappedByAnnualLimit whether the annual cap cut the claim
   */
  public record Calculation(
      BigDecimal enterpriseShare,
      BigDecimal uncappedSubsidy,
      BigDecimal remainingAnnualCap,
      BigDecimal subsidy,
      boolean cappedByAnnualLimit) {}
}
