package cn.gov.guizhou.ipp.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.portal.api.ApiProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormProblemTest {

  private static final List<String> FORM = List.of("creditCode", "contacts[0].phone", "budget");

  @Test
  void eachMessageLinksToTheFieldItNames() {
    ApiProblem problem =
        ApiProblem.of(
            422,
            Map.of(
                "errors",
                List.of(
                    Map.of("field", "creditCode", "message", "校验位不正确"),
                    Map.of("field", "contacts[0].phone", "message", "格式不正确"))));

    assertThat(FormProblem.summary(problem, FORM))
        .containsExactly(
            new FormProblem.Entry("f-creditCode", "creditCode", "校验位不正确"),
            new FormProblem.Entry("f-contacts-0-phone", "contacts[0].phone", "格式不正确"));
  }

  @Test
  void aFieldInsideOneTheFormHasLinksToTheEnclosingField() {
    assertThat(FormProblem.anchor("budget[2].amount", FORM)).isEqualTo("f-budget");
    assertThat(FormProblem.anchor("budget.equipment", FORM)).isEqualTo("f-budget");
  }

  @Test
  void aFieldTheFormDoesNotHaveIsListedWithoutALink() {
    assertThat(FormProblem.anchor("legalName", FORM)).isNull();
    assertThat(FormProblem.anchor("", FORM)).isNull();
  }

  @Test
  void fieldIdsAreValidHtmlIds() {
    assertThat(FormProblem.fieldId("contacts[0].email")).isEqualTo("f-contacts-0-email");
    assertThat(FormProblem.fieldId("content.plan.tasks[12].weight"))
        .isEqualTo("f-content-plan-tasks-12-weight");
  }
}
