package cn.gov.guizhou.ipp.kit.web;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import cn.gov.guizhou.ipp.contracts.MoneyLimit;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Digits;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An amount of money (CNY) in a request, within {@link MoneyLimit}: at most two decimals (fen) and
 * at most 999999999999.99 (just under one trillion yuan) — what the narrowest money column of any
 * consumer, {@code numeric(14,2)}, holds, and what the events' JSON Schemas allow. Every money
 * field of every request carries it. Null is valid (combine with {@code @NotNull}); the sign is the
 * field's own rule ({@code @DecimalMin}). The refusal (422) names the field and the limit, in
 * Chinese and English.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Digits(integer = MoneyLimit.INTEGER_DIGITS, fraction = MoneyLimit.FRACTION_DIGITS)
@ReportAsSingleViolation
public @interface Money {

  String message() default
      "金额至多两位小数（分），且不超过 "
          + MoneyLimit.MAX
          + " 元 / an amount has at most two decimals (fen) and is at most "
          + MoneyLimit.MAX
          + " CNY";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
