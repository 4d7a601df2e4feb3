package cn.gov.guizhou.ipp.portal.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The portal's MVC tests' signed-in people, one per demo login of the realm. */
final class SignedIn {

  private SignedIn() {}

  /** applicant-a, signed in to the portal with the applicant role. */
  static RequestPostProcessor applicant() {
    return as("applicant-a", "applicant");
  }

  /** officer, the bureau's programme officer. */
  static RequestPostProcessor officer() {
    return as("officer", "programme-officer");
  }

  /** finance, the bureau's finance officer. */
  static RequestPostProcessor finance() {
    return as("finance", "finance-officer");
  }

  /** expert-1, a reviewing expert. */
  static RequestPostProcessor expert() {
    return as("expert-1", "expert");
  }

  /** firm-a, a risk-control firm's analyst. */
  static RequestPostProcessor firmStaff() {
    return as("firm-a", "risk-monitor");
  }

  /** admin, the bureau's administrator. */
  static RequestPostProcessor admin() {
    return as("admin", "bureau-admin");
  }

  static RequestPostProcessor as(String username, String role) {
    return oidcLogin()
        .idToken(token -> token.claim("preferred_username", username))
        .authorities(new SimpleGrantedAuthority("ROLE_" + role));
  }
}
