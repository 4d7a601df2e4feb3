package cn.gov.guizhou.ipp.kit.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks an endpoint's {@code @PreAuthorize} before its request body and parameters are bound and
 * validated, so a caller without the role is refused with 403 and learns nothing from validation
 * messages about what the endpoint expects.
 *
 * <p>The endpoints' expressions name roles only; none reads a method argument. An expression that
 * cannot be evaluated without its arguments is left to method security, which still runs on the
 * call itself with the bound arguments.
 */
final class RolesBeforeBinding implements HandlerInterceptor {

  private final PreAuthorizeAuthorizationManager preAuthorize =
      new PreAuthorizeAuthorizationManager();

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method)) {
      return true;
    }
    // Which roles the endpoint allows, for the 403 that may follow (here or from method security).
    request.setAttribute(
        RequiredRoles.ATTRIBUTE, RequiredRoles.of(method.getMethod(), method.getBeanType()));
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    if (caller == null) {
      return true;
    }
    AuthorizationResult result;
    try {
      // The handler's method as method security sees it, before any argument is bound.
      result =
          preAuthorize.authorize(
              () -> caller,
              new SimpleMethodInvocation(
                  method.getBean(),
                  method.getMethod(),
                  new Object[method.getMethodParameters().length]));
    } catch (RuntimeException needsArguments) {
      return true;
    }
    if (result != null && !result.isGranted()) {
      throw new AuthorizationDeniedException("Access Denied", result);
    }
    return true;
  }
}
