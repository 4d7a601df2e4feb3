package cn.gov.guizhou.ipp.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiProblemTest {

  @Test
  void readsTheFieldsAProblemNames() {
    ApiProblem problem =
        ApiProblem.of(
            422,
            Map.of(
                "type", "https://ipp.guizhou.gov.cn/problems/invalid-field",
                "title", "请求内容有误",
                "detail", "统一社会信用代码校验位不正确",
                "errors",
                    List.of(
                        Map.of("field", "creditCode", "message", "校验位不正确"),
                        Map.of("field", "contacts[0].phone", "message", "格式不正确"),
                        Map.of("field", "creditCode", "message", "长度须为18位")),
                "code", "invalid-field"));

    assertThat(problem.status()).isEqualTo(422);
    assertThat(problem.title()).isEqualTo("请求内容有误");
    assertThat(problem.fieldError("creditCode")).isEqualTo("校验位不正确；长度须为18位");
    assertThat(problem.names("contacts")).isTrue();
    assertThat(problem.names("contacts[0].phone")).isTrue();
    assertThat(problem.names("legalName")).isFalse();
    assertThat(problem.code()).isEqualTo("invalid-field");
    assertThat(problem.properties()).doesNotContainKeys("errors", "title", "type");
  }

  @Test
  void aBodyThatIsNoProblemStillGivesTheStatus() {
    ApiProblem problem = ApiProblem.of(502, null);

    assertThat(problem.status()).isEqualTo(502);
    assertThat(problem.type()).isEqualTo("about:blank");
    assertThat(problem.fieldErrors()).isEmpty();
    assertThat(problem.title()).isNull();
  }

  @Test
  void unavailableAndRetryableProblemsMayBeTriedAgain() {
    assertThat(ApiProblem.of(503, Map.of()).retryable()).isTrue();
    assertThat(ApiProblem.of(409, Map.of("retryable", true)).retryable()).isTrue();
    assertThat(ApiProblem.of(409, Map.of("retryable", false)).retryable()).isFalse();
  }
}
