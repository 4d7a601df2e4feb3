package cn.gov.guizhou.ipp.kit.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.MDC;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The correlation id of the work in progress: the W3C trace id of the current request. */
public final class Correlation {

  private Correlation() {}

  /** The current trace id, from the tracing context or the request's {@code traceparent}. */
  public static String currentId() {
    String traceId = MDC.get("traceId");
    if (traceId != null && !traceId.isBlank()) {
      return traceId;
    }
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (attributes instanceof ServletRequestAttributes servlet) {
      return traceIdOf(servlet.getRequest());
    }
    return null;
  }

  static String traceIdOf(HttpServletRequest request) {
    String traceparent = request.getHeader("traceparent");
    if (traceparent == null) {
      return null;
    }
    String[] parts = traceparent.split("-");
    return parts.length >= 2 && parts[1].length() == 32 ? parts[1] : null;
  }
}
