package cn.gov.guizhou.ipp.portal.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The portal's MVC tests' signed-in people. */
final class SignedIn {

  private SignedIn() {}

  /** applicant-a, signed in to the portal with the applicant role. */
  static RequestPostProcessor applicant() {
    return oidcLogin()
        .idToken(token -> token.claim("preferred_username", "applicant-a"))
        .authorities(new SimpleGrantedAuthority("ROLE_applicant"));
  }
}
