package cn.gov.guizhou.ipp.portal.web;

import cn.gov.guizhou.ipp.portal.api.ApiProblemException;
import cn.gov.guizhou.ipp.portal.api.SignInAgainException;
import cn.gov.guizhou.ipp.portal.security.PortalSecurityConfiguration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refusal no page handled itself: the problem page shows the API's own title and detail with the
 * status it gave. Tokens that can no longer be refreshed send the person to sign in again.
 */
@ControllerAdvice
class PortalErrors {

  private static final Logger log = LoggerFactory.getLogger(PortalErrors.class);

  @ExceptionHandler(ApiProblemException.class)
  String refused(ApiProblemException refusal, HttpServletResponse response, Model model) {
    int status = refusal.problem().status();
    if (status >= 500) {
      log.warn("The platform's API answered {}", refusal.getMessage());
    }
    response.setStatus(status);
    if (refusal.problem().retryable()) {
      response.setHeader("Retry-After", "30");
    }
    model.addAttribute("problem", refusal.problem());
    model.addAttribute("status", status);
    return "error";
  }

  @ExceptionHandler(SignInAgainException.class)
  String signInAgain(HttpServletRequest request) {
    request.getSession().invalidate();
    return "redirect:" + PortalSecurityConfiguration.SIGN_IN;
  }
}
