package cn.gov.guizhou.ipp.portal.web;

import cn.gov.guizhou.ipp.portal.api.ApiProblem;
import cn.gov.guizhou.ipp.portal.api.ApiProblemException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;

/**
 * A refusal shown on the form that caused it: the error summary at the top lists each message and
 * links to the field it names; each field shows its own message. The form's fields are named after
 * the API's fields, so the problem's field paths find them without any mapping of the portal's own.
 * A problem that names no field of the form is shown in the summary with its title and detail.
 */
public final class FormProblem {

  private FormProblem() {}

  /** Adds the problem to the page model, for a form whose fields are the given API fields. */
  public static void show(Model model, ApiProblemException refusal, List<String> formFields) {
    model.addAttribute("problem", refusal.problem());
    model.addAttribute("errorSummary", summary(refusal.problem(), formFields));
  }

  /**
   * The summary's entries: for each field the problem names, the form field it belongs to (the
   * nearest enclosing one the form has, e.g. {@code contacts[0].phone} for {@code contacts[0]}), or
   * none.
   */
  static List<Entry> summary(ApiProblem problem, List<String> formFields) {
    List<Entry> entries = new ArrayList<>();
    Map<String, String> byField = new LinkedHashMap<>(problem.fieldErrors());
    byField.forEach(
        (field, message) -> entries.add(new Entry(anchor(field, formFields), field, message)));
    return entries;
  }

  static String anchor(String apiField, List<String> formFields) {
    String field = apiField;
    while (true) {
      if (formFields.contains(field)) {
        return fieldId(field);
      }
      int cut = Math.max(field.lastIndexOf('.'), field.lastIndexOf('['));
      if (cut <= 0) {
        return null;
      }
      field = field.substring(0, cut);
    }
  }

  /**
   * The HTML id of the input for an API field: {@code contacts[0].phone} → {@code
   * f-contacts-0-phone}.
   */
  public static String fieldId(String apiField) {
    return "f-" + apiField.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
  }

  /**
   * One entry of the error summary.
   *
   * @param anchor the id of the input it links to, or null when the form has no such field
   * @param field the API's field path
   * @param message the API's message
   */
  public record Entry(String anchor, String field, String message) {}
}
