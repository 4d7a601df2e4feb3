package cn.gov.guizhou.ipp.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Money}: two decimals at most, at most 999999999999.99 (what a numeric(14,2) column of
 * every consumer holds); the refusal names the limit in Chinese and English.
 */
class MoneyTest {

  record Request(@Money BigDecimal amount) {}

  private static final jakarta.validation.ValidatorFactory FACTORY =
      Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  private static Set<ConstraintViolation<Request>> violations(String amount) {
    return VALIDATOR.validate(new Request(amount == null ? null : new BigDecimal(amount)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"999999999999.99", "500000.00", "500000", "0.01", "0", "2000000.00", "-5.00"})
  void anAmountWithinTheColumnIsValid(String amount) {
    assertThat(violations(amount)).as(amount).isEmpty();
  }

  @Test
  void noAmountIsForNotNullToJudge() {
    assertThat(violations(null)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"1000000000000.00", "1000000000000", "1e15", "1e400", "0.001", "500000.005"})
  void anAmountBeyondTheColumnOrWithAFractionOfAFenIsRefusedNamingTheLimit(String amount) {
    Set<ConstraintViolation<Request>> violations = violations(amount);

    assertThat(violations).as(amount).hasSize(1);
    ConstraintViolation<Request> violation = violations.iterator().next();
    assertThat(violation.getPropertyPath()).hasToString("amount");
    assertThat(violation.getMessage())
        .contains("999999999999.99")
        .contains("两位小数")
        .contains("at most two decimals");
  }
}
