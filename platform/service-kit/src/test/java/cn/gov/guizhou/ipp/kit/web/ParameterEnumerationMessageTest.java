package cn.gov.guizhou.ipp.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.springframework.validation.beanvalidation.MethodValidationAdapter;
import org.springframework.validation.method.MethodValidationResult;
import org.springframework.validation.method.ParameterValidationResult;

/** A query parameter's enumeration lists its allowed values, like a body field's. */
class ParameterEnumerationMessageTest {

  static class Projects {
    public void list(@Pattern(regexp = "ACTIVE|CLOSED") String status, @Size(max = 3) String tag) {}
  }

  private static ParameterValidationResult refused(String status, String tag) throws Exception {
    Method list = Projects.class.getMethod("list", String.class, String.class);
    MethodValidationResult result =
        new MethodValidationAdapter()
            .validateArguments(
                new Projects(), list, null, new Object[] {status, tag}, new Class<?>[0]);
    assertThat(result.getParameterValidationResults()).hasSize(1);
    return result.getParameterValidationResults().get(0);
  }

  @Test
  void anUnknownStatusIsToldTheAllowedValues() throws Exception {
    ParameterValidationResult sleeping = refused("SLEEPING", null);
    assertThat(ProblemHandler.message(sleeping, sleeping.getResolvableErrors().get(0)))
        .isEqualTo("is not one of the allowed values: ACTIVE, CLOSED");
  }

  @Test
  void anotherConstraintKeepsItsOwnMessage() throws Exception {
    ParameterValidationResult tooLong = refused(null, "abcd");
    assertThat(ProblemHandler.message(tooLong, tooLong.getResolvableErrors().get(0)))
        .isEqualTo(tooLong.getResolvableErrors().get(0).getDefaultMessage())
        .doesNotContain("allowed values");
  }
}
