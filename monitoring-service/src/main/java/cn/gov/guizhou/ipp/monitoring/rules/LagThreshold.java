package cn.gov.guizhou.ipp.monitoring.rules;

import java.math.BigDecimal;

/**
 * When a lag calls for action. A lag of 10 percentage points or more (the guide's 滞后10%以上; 以上
 * includes the number itself) calls for a warning notice (预警告知书); a lag over the serious threshold
 * (default 30 points, configurable) calls for a risk-disposal recommendation.
 *
 * @param warningPoints lag at or above which a warning notice is due
 * @param seriousPoints lag above which the lag is serious
 */
public record LagThreshold(BigDecimal warningPoints, BigDecimal seriousPoints) {

  /** The guide's thresholds with the platform's default for "serious". */
  public static final LagThreshold GUIDE = new LagThreshold(BigDecimal.TEN, new BigDecimal("30"));

  public LagThreshold {
    if (warningPoints.signum() <= 0 || seriousPoints.compareTo(warningPoints) < 0) {
      throw new IllegalArgumentException(
          "thresholds must be positive and serious must not be below warning");
    }
  }

  public boolean warningDue(BigDecimal lagPoints) {
    return lagPoints.compareTo(warningPoints) >= 0;
  }

  public boolean serious(BigDecimal lagPoints) {
    return lagPoints.compareTo(seriousPoints) > 0;
  }
}
