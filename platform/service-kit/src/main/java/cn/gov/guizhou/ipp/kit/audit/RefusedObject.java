package cn.gov.guizhou.ipp.kit.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The object a refused request concerned, read from the endpoint's path: the first path variable
 * and the collection it stands in, in the singular ({@code /api/review/applications/{id}/...} is
 * the {@code application} of that id), so a refusal is found with the object's own trail.
 *
 * @param type the object's type, e.g. {@code application}, {@code grant}, {@code recovery-order}
 * @param id the object's id as the path gave it
 */
record RefusedObject(String type, String id) {

  /** The object, or null where the request was refused before an endpoint was matched. */
  static RefusedObject of(HttpServletRequest request) {
    Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    if (!(pattern instanceof String template) || !(variables instanceof Map<?, ?> values)) {
      return null;
    }
    return of(template, values);
  }

  static RefusedObject of(String template, Map<?, ?> values) {
    String[] segments = template.split("/");
    for (int i = 1; i < segments.length; i++) {
      String segment = segments[i];
      if (segment.startsWith("{") && segment.endsWith("}")) {
        Object value = values.get(segment.substring(1, segment.length() - 1));
        String collection = segments[i - 1];
        if (value == null || collection.isEmpty() || collection.startsWith("{")) {
          return null;
        }
        return new RefusedObject(singular(collection), value.toString());
      }
    }
    return null;
  }

  static String singular(String collection) {
    if (collection.endsWith("ies")) {
      return collection.substring(0, collection.length() - 3) + "y";
    }
    if (collection.endsWith("s") && !collection.endsWith("ss")) {
      return collection.substring(0, collection.length() - 1);
    }
    return collection;
  }
}
