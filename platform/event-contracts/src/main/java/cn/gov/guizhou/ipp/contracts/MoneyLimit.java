package cn.gov.guizhou.ipp.contracts;

import java.math.BigDecimal;

/**
 * The bounds of every amount of money (CNY) the platform accepts, stores and publishes: at most two
 * decimals (fen) and at most {@value #MAX}, just under one trillion yuan — what the narrowest money
 * column of any service, {@code numeric(14,2)}, holds. The events' JSON Schemas state the same
 * bound ({@code exclusiveMaximum: 1000000000000}), so an amount the platform accepts at its edge is
 * one every consumer can store.
 */
public final class MoneyLimit {

  /** Digits before the decimal point. */
  public static final int INTEGER_DIGITS = 12;

  /** Digits after it (fen). */
  public static final int FRACTION_DIGITS = 2;

  /** The largest amount, as text. */
  public static final String MAX = "999999999999.99";

  /** The largest amount. */
  public static final BigDecimal LARGEST = new BigDecimal(MAX);

  private MoneyLimit() {}

  /** Whether {@code amount} has at most two decimals and at most {@link #MAX} in magnitude. */
  public static boolean within(BigDecimal amount) {
    return amount.abs().compareTo(LARGEST) <= 0 && amount.stripTrailingZeros().scale() <= 2;
  }
}
