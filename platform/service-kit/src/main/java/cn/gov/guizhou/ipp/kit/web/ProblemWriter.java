package cn.gov.guizhou.ipp.kit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem detail from a servlet filter or a security handler, where Spring MVC's exception
 * handling does not reach. Same shape and types as {@link ProblemHandler}.
 */
public final class ProblemWriter {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ProblemWriter() {}

  public static void write(
      HttpServletRequest request, HttpServletResponse response, ProblemKind kind, String reason)
      throws IOException {
    write(request, response, kind, reason, Map.of());
  }

  /**
   * As {@link #write(HttpServletRequest, HttpServletResponse, ProblemKind, String)}, with more
   * properties.
   */
  public static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      ProblemKind kind,
      String reason,
      Map<String, Object> properties)
      throws IOException {
    Locale locale =
        request.getHeader("Accept-Language") == null
            ? Locale.SIMPLIFIED_CHINESE
            : request.getLocale();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", kind.type().toString());
    body.put("title", kind.title(locale));
    body.put("status", kind.status().value());
    body.put("detail", kind.detail(locale));
    body.put("reason", reason);
    body.put("instance", request.getRequestURI());
    body.putAll(properties);
    response.setStatus(kind.status().value());
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.getOutputStream().write(JSON.writeValueAsBytes(body));
  }
}
