package cn.gov.guizhou.ipp.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;

/** A body that is no JSON is named as the body, a multipart form's JSON part by its name. */
class UnreadablePartTest {

  private static HttpMessageNotReadableException unreadable(String disposition) {
    MockHttpInputMessage input =
        new MockHttpInputMessage("{\"callYear\":".getBytes(StandardCharsets.UTF_8));
    if (disposition != null) {
      input.getHeaders().set(HttpHeaders.CONTENT_DISPOSITION, disposition);
    }
    return new HttpMessageNotReadableException("JSON parse error", null, input);
  }

  @Test
  void theJsonPartOfAFormIsNamedByItsName() {
    assertThat(ProblemHandler.unreadablePart(unreadable("form-data; name=\"claim\"")))
        .isEqualTo("claim");
  }

  @Test
  void aPlainBodyIsNamedAsTheBody() {
    assertThat(ProblemHandler.unreadablePart(unreadable(null))).isEqualTo(ProblemHandler.BODY);
    assertThat(ProblemHandler.unreadablePart(unreadable("attachment; filename=\"a.json\"")))
        .isEqualTo(ProblemHandler.BODY);
    assertThat(ProblemHandler.unreadablePart(unreadable("form-data; name=")))
        .isEqualTo(ProblemHandler.BODY);
  }
}
