package cn.gov.guizhou.ipp.monitoring.rules;

import java.time.LocalDate;
import java.time.YearMonth;

/** Quarters as the guide and the plans write them: {@code 2027-Q2}. */
public final class Quarters {

  /** A quarter: four-digit year, {@code -Q}, 1 to 4. */
  public static final String PATTERN = "[0-9]{4}-Q[1-4]";

  private Quarters() {}

  /**
   * The last day of a quarter.
   *
   * @throws IllegalArgumentException for anything but a quarter such as {@code 2027-Q2}
   */
  public static LocalDate endOf(String quarter) {
    if (quarter == null || !quarter.matches(PATTERN)) {
      throw new IllegalArgumentException("quarter must read like 2027-Q2: " + quarter);
    }
    int year = Integer.parseInt(quarter.substring(0, 4));
    int q = quarter.charAt(6) - '0';
    return YearMonth.of(year, q * 3).atEndOfMonth();
  }
}
