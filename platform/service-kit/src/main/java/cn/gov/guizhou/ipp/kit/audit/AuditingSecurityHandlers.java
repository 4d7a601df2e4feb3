package cn.gov.guizhou.ipp.kit.audit;

import cn.gov.guizhou.ipp.kit.security.RequiredRoles;
import cn.gov.guizhou.ipp.kit.web.ProblemKind;
import cn.gov.guizhou.ipp.kit.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers 401 and 403 with a problem detail (and the {@code WWW-Authenticate} header RFC 6750 asks
 * for) and writes each refusal to the audit trail.
 */
public final class AuditingSecurityHandlers
    implements AuthenticationEntryPoint, AccessDeniedHandler {

  private static final Logger log = LoggerFactory.getLogger(AuditingSecurityHandlers.class);

  /** Problem property of a 403: the realm roles, any one of which the endpoint allows. */
  public static final String REQUIRED_ROLES = "requiredRoles";

  private final AuditTrail audit;
  private final BearerTokenAuthenticationEntryPoint bearerEntryPoint =
      new BearerTokenAuthenticationEntryPoint();
  private final BearerTokenAccessDeniedHandler bearerDenied = new BearerTokenAccessDeniedHandler();

  public AuditingSecurityHandlers(AuditTrail audit) {
    this.audit = audit;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    bearerEntryPoint.commence(request, response, e);
    record(request, AuditOutcome.UNAUTHENTICATED, e.getMessage());
    // Why the token was refused (e.g. "Jwt expired at ..."), so a client knows to get a new one.
    String reason =
        e instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException oauth2
                && oauth2.getError().getDescription() != null
            ? oauth2.getError().getDescription()
            : "a valid bearer token is required";
    ProblemWriter.write(request, response, ProblemKind.UNAUTHENTICATED, reason);
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    bearerDenied.handle(request, response, e);
    record(request, AuditOutcome.FORBIDDEN, e.getMessage());
    // Which role the endpoint needs, so the caller knows whom to ask or which account to use.
    if (request.getAttribute(RequiredRoles.ATTRIBUTE) instanceof RequiredRoles required
        && !required.roles().isEmpty()) {
      ProblemWriter.write(
          request,
          response,
          ProblemKind.FORBIDDEN,
          "the caller's roles do not allow this request: it needs " + required.describe(),
          java.util.Map.of(REQUIRED_ROLES, required.roles()));
      return;
    }
    ProblemWriter.write(
        request, response, ProblemKind.FORBIDDEN, "the caller's roles do not allow this request");
  }

  private void record(HttpServletRequest request, AuditOutcome outcome, String detail) {
    try {
      RefusedObject object = RefusedObject.of(request);
      audit.recordRefusal(
          request.getMethod() + " " + request.getRequestURI(),
          object == null ? null : object.type(),
          object == null ? null : object.id(),
          outcome,
          detail);
    } catch (RuntimeException e) {
      // The refusal stands even if the trail cannot be written; the failure is loud in the log.
      log.error(
          "Cannot audit a refused request {} {}", request.getMethod(), request.getRequestURI(), e);
    }
  }
}
