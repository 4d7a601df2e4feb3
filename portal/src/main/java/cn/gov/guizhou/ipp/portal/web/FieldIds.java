package cn.gov.guizhou.ipp.portal.web;

import cn.gov.guizhou.ipp.portal.api.ApiProblem;
import org.springframework.stereotype.Component;

/** The HTML ids of form fields, for templates ({@code @fields.id('creditCode')}). */
@Component("fields")
public class FieldIds {

  /** The id of the input for an API field. */
  public String id(String apiField) {
    return FormProblem.fieldId(apiField);
  }

  /**
   * What describes the input: its hint, if it has one, and the problem's message for it, if any;
   * null when nothing does (the attribute is then left out).
   */
  public String describedBy(ApiProblem problem, String apiField, boolean hasHint) {
    StringBuilder ids = new StringBuilder();
    if (hasHint) {
      ids.append(id(apiField)).append("-hint");
    }
    if (problem != null && problem.fieldError(apiField) != null) {
      ids.append(ids.isEmpty() ? "" : " ").append(errorId(apiField));
    }
    return ids.isEmpty() ? null : ids.toString();
  }

  /** {@code "true"} when the problem names the field, else null (no {@code aria-invalid}). */
  public String invalid(ApiProblem problem, String apiField) {
    return problem != null && problem.fieldError(apiField) != null ? "true" : null;
  }

  /** The id of the field's error message, for {@code aria-describedby}. */
  public String errorId(String apiField) {
    return FormProblem.fieldId(apiField) + "-error";
  }
}
