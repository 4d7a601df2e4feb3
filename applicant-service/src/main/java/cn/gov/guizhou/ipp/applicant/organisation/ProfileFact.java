package cn.gov.guizhou.ipp.applicant.organisation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The profile facts an organisation declares, named exactly as the programme catalogue's
 * eligibility criteria (check PROFILE) read them, each with the type of its value and the rule the
 * value must satisfy. The one list of known facts: a fact not here is refused.
 */
public enum ProfileFact {
  /** 有效专利数: a whole number, 0 or more. */
  VALID_PATENT_COUNT("validPatentCount", ValueType.COUNT),
  /** 拥有省级以上创新平台. */
  HAS_PROVINCIAL_PLATFORM("hasProvincialPlatform", ValueType.FLAG),
  /** 列入国家知识产权示范/优势名单. */
  IN_NATIONAL_DEMONSTRATION_LIST("inNationalDemonstrationList", ValueType.FLAG),
  /** 2026年度营业收入: CNY, 0 or more, at most two decimals. */
  REVENUE_2026("revenue2026", ValueType.CNY),
  /** 上规入统/入库纳统. */
  IN_STATISTICS("inStatistics", ValueType.FLAG),
  /** 地理标志权利人级别: PROVINCIAL, PREFECTURE or COUNTY. */
  GI_RIGHTS_HOLDER_LEVEL("giRightsHolderLevel", ValueType.LEVEL);

  /** The levels a GI rights holder can be at. */
  public static final List<String> LEVELS = List.of("PROVINCIAL", "PREFECTURE", "COUNTY");

  /** The largest amount kept (the platform's money columns are numeric(16,2)). */
  private static final BigDecimal MAX_AMOUNT = cn.gov.guizhou.ipp.contracts.MoneyLimit.LARGEST;

  private final String factName;
  private final ValueType type;

  ProfileFact(String factName, ValueType type) {
    this.factName = factName;
    this.type = type;
  }

  /** The name the catalogue and the API use, e.g. {@code validPatentCount}. */
  public String factName() {
    return factName;
  }

  public ValueType type() {
    return type;
  }

  /** The fact of that name, if it is one. */
  public static Optional<ProfileFact> byName(String name) {
    return Arrays.stream(values()).filter(f -> f.factName.equals(name)).findFirst();
  }

  /**
   * The value in its canonical form: Integer for a count, Boolean for a flag, BigDecimal with two
   * decimals for CNY, String for a level.
   *
   * @throws IllegalArgumentException reading {@code "value: <what is wrong>"} if it breaks the rule
   */
  public Object canonical(Object value) {
    if (value == null) {
      throw new IllegalArgumentException("value: is required");
    }
    return switch (type) {
      case COUNT -> count(value);
      case FLAG -> {
        if (!(value instanceof Boolean flag)) {
          throw new IllegalArgumentException("value: must be true or false");
        }
        yield flag;
      }
      case CNY -> amount(value);
      case LEVEL -> {
        if (!(value instanceof String level) || !LEVELS.contains(level)) {
          throw new IllegalArgumentException("value: must be one of " + LEVELS);
        }
        yield level;
      }
    };
  }

  private static Integer count(Object value) {
    BigInteger count;
    if (value instanceof Integer || value instanceof Long) {
      count = BigInteger.valueOf(((Number) value).longValue());
    } else if (value instanceof BigInteger big) {
      count = big;
    } else {
      throw new IllegalArgumentException("value: must be a whole number");
    }
    if (count.signum() < 0 || count.bitLength() > 31) {
      throw new IllegalArgumentException("value: must be a whole number, 0 or more");
    }
    return count.intValueExact();
  }

  private static BigDecimal amount(Object value) {
    BigDecimal amount;
    if (value instanceof Integer || value instanceof Long) {
      amount = BigDecimal.valueOf(((Number) value).longValue());
    } else if (value instanceof BigInteger big) {
      amount = new BigDecimal(big);
    } else if (value instanceof BigDecimal decimal) {
      amount = decimal;
    } else {
      throw new IllegalArgumentException("value: must be an amount in CNY");
    }
    if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0) {
      throw new IllegalArgumentException("value: must be 0 to " + MAX_AMOUNT + " CNY");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("value: must have at most two decimals (fen)");
    }
    return amount.setScale(2);
  }

  /** The kinds of value a fact has. */
  public enum ValueType {
    COUNT,
    FLAG,
    CNY,
    LEVEL
  }
}
