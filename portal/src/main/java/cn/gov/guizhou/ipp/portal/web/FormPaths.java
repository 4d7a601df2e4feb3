package cn.gov.guizhou.ipp.portal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form whose inputs are named after the API's field paths ({@code plan.tasks[0].code}) read back
 * into the JSON the API takes: nested objects and lists. A list row left wholly blank (the spare
 * rows a form offers) is dropped, so the rows sent are numbered as the API will number them in its
 * problem; a blank value is sent as null. Nothing is checked here: the API checks.
 */
public final class FormPaths {

  private static final Pattern STEP = Pattern.compile("([A-Za-z][A-Za-z0-9]*)|\\[(\\d{1,3})\\]");

  private FormPaths() {}

  /** The nested object the named inputs under {@code prefix} make (e.g. {@code plan}). */
  public static Map<String, Object> nest(Map<String, String> inputs) {
    Map<String, Object> root = new LinkedHashMap<>();
    inputs.forEach(
        (name, value) -> {
          List<Object> steps = steps(name);
          if (!steps.isEmpty() && steps.get(0) instanceof String) {
            put(root, steps, 0, value == null || value.isBlank() ? null : value.strip());
          }
        });
    return compact(root);
  }

  private static List<Object> steps(String name) {
    List<Object> steps = new ArrayList<>();
    Matcher m = STEP.matcher(name);
    int at = 0;
    while (m.find()) {
      if (m.start() != at && !(m.start() == at + 1 && name.charAt(at) == '.')) {
        return List.of();
      }
      steps.add(m.group(1) != null ? m.group(1) : (Object) Integer.valueOf(m.group(2)));
      at = m.end();
    }
    return at == name.length() ? steps : List.of();
  }

  @SuppressWarnings("unchecked")
  private static void put(Object container, List<Object> steps, int i, String value) {
    Object step = steps.get(i);
    boolean last = i == steps.size() - 1;
    Map<Object, Object> node = (Map<Object, Object>) container;
    if (last) {
      node.put(step, value);
      return;
    }
    Object next = node.get(step);
    if (next == null) {
      next =
          steps.get(i + 1) instanceof Integer
              ? new TreeMap<Integer, Object>()
              : new LinkedHashMap<>();
      node.put(step, next);
    }
    if (next instanceof Map<?, ?>) {
      put(next, steps, i + 1, value);
    }
  }

  /** Index maps become lists; blank rows go. */
  @SuppressWarnings("unchecked")
  private static <T> T compact(Object node) {
    if (node instanceof TreeMap<?, ?> rows) {
      List<Object> list = new ArrayList<>();
      for (Object row : rows.values()) {
        Object compacted = compact(row);
        if (!blank(compacted)) {
          list.add(compacted);
        }
      }
      return (T) list;
    }
    if (node instanceof Map<?, ?> object) {
      Map<String, Object> result = new LinkedHashMap<>();
      object.forEach((k, v) -> result.put(String.valueOf(k), compact(v)));
      return (T) result;
    }
    return (T) node;
  }

  static boolean blank(Object node) {
    if (node == null) {
      return true;
    }
    if (node instanceof Map<?, ?> object) {
      return object.values().stream().allMatch(FormPaths::blank);
    }
    if (node instanceof List<?> list) {
      return list.isEmpty();
    }
    return false;
  }
}
