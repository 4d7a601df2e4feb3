package cn.gov.guizhou.ipp.kit.web;

import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every decimal a request carries (amounts, scores, percentages) is within what every service can
 * store and every consumer of its events can apply: less than 10^14 in magnitude (a {@code
 * numeric(16,2)} column holds up to that) and at most six decimal places. A value beyond is refused
 * while the body is read, so {@code 1e400} never reaches a database or an event: it is a number,
 * readable, but out of range, so it is answered like any other value out of range, 422 naming the
 * field (bad JSON or a wrong type stays 400). Money fields check their own two decimals and maximum
 * where they are validated ({@link Money}).
 */
public final class BoundedDecimals {

  /** The exclusive bound of a decimal's magnitude. */
  public static final BigDecimal LIMIT = new BigDecimal("1E14");

  /** The most decimal places any decimal may carry. */
  public static final int MAX_SCALE = 6;

  private BoundedDecimals() {}

  /** The Jackson module that bounds every {@link BigDecimal} read. */
  public static SimpleModule module() {
    return new SimpleModule("ipp-bounded-decimals").addDeserializer(BigDecimal.class, new Reader());
  }

  /** Whether the value is within the bounds. */
  public static boolean within(BigDecimal value) {
    return value.abs().compareTo(LIMIT) < 0 && value.stripTrailingZeros().scale() <= MAX_SCALE;
  }

  /** A decimal beyond the bounds: refused as a value out of range, naming its field. */
  static final class OutOfRange extends IllegalArgumentException {
    OutOfRange() {
      super(
          "数值超出范围：绝对值须小于 10^14，且至多 "
              + MAX_SCALE
              + " 位小数 / a decimal must be less than 10^14 in magnitude, with at most "
              + MAX_SCALE
              + " decimal places");
    }
  }

  private static final class Reader extends StdScalarDeserializer<BigDecimal> {

    private Reader() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
      BigDecimal value =
          NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
      if (value != null && !within(value)) {
        // Thrown from within the body's reading, Jackson wraps it with the field's path: the
        // problem handler answers it as a value out of range (422) naming that field.
        throw new OutOfRange();
      }
      return value;
    }
  }
}
