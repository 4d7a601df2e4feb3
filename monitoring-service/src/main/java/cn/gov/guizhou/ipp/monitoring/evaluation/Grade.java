package cn.gov.guizhou.ipp.monitoring.evaluation;

import java.math.BigDecimal;

/**
 * The grade of an evaluation's total out of 100. Each grade starts at its lower bound, which it
 * includes: 优秀 from 90, 良好 from 80 (below 90), 合格 from 60 (below 80), 不合格 below 60.
 */
public enum Grade {
  EXCELLENT("优秀", "Excellent", new BigDecimal("90")),
  GOOD("良好", "Good", new BigDecimal("80")),
  PASS("合格", "Pass", new BigDecimal("60")),
  FAIL("不合格", "Fail", BigDecimal.ZERO);

  private final String zh;
  private final String en;
  private final BigDecimal lowerBound;

  Grade(String zh, String en, BigDecimal lowerBound) {
    this.zh = zh;
    this.en = en;
    this.lowerBound = lowerBound;
  }

  /** The grade of a total between 0 and 100. */
  public static Grade of(BigDecimal total) {
    if (total == null || total.signum() < 0 || total.compareTo(new BigDecimal("100")) > 0) {
      throw new IllegalArgumentException("total: must be between 0 and 100");
    }
    for (Grade grade : values()) {
      if (total.compareTo(grade.lowerBound) >= 0) {
        return grade;
      }
    }
    return FAIL;
  }

  public String zh() {
    return zh;
  }

  public String en() {
    return en;
  }

  /** The lowest total of the grade, included. */
  public BigDecimal lowerBound() {
    return lowerBound;
  }
}
