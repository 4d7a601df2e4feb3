package cn.gov.guizhou.ipp.portal.web;

import cn.gov.guizhou.ipp.portal.PortalProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What every page's frame needs: who is signed in, their roles, the language switch, the session.
 */
@ControllerAdvice
class PageModel {

  private final PortalProperties properties;

  PageModel(PortalProperties properties) {
    this.properties = properties;
  }

  /** The signed-in person (null for a visitor). */
  @ModelAttribute("person")
  Person person(Authentication authentication) {
    if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
      return null;
    }
    Set<String> roles =
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(a -> a.startsWith("ROLE_"))
            .map(a -> a.substring(5))
            .collect(Collectors.toUnmodifiableSet());
    String name = user.getFullName() != null ? user.getFullName() : user.getPreferredUsername();
    return new Person(user.getPreferredUsername(), name, roles);
  }

  /** This page in the other language. */
  @ModelAttribute("otherLanguageUrl")
  String otherLanguageUrl(HttpServletRequest request, java.util.Locale locale) {
    String other = "en".equals(locale.getLanguage()) ? "zh-CN" : "en";
    return ServletUriComponentsBuilder.fromRequest(request)
        .replaceQueryParam("lang", other)
        .replaceQueryParam("continue")
        .build()
        .toUriString()
        .replaceFirst("^https?://[^/]+", "");
  }

  @ModelAttribute("callYear")
  int callYear() {
    return properties.callYear();
  }

  /**
   * Seconds until an idle session ends, and how long before that the page warns (signed in only).
   */
  @ModelAttribute("sessionSeconds")
  Integer sessionSeconds(HttpServletRequest request, Authentication authentication) {
    if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser)) {
      return null;
    }
    HttpSession session = request.getSession();
    return session.getMaxInactiveInterval();
  }

  @ModelAttribute("sessionWarningSeconds")
  long sessionWarningSeconds() {
    return properties.sessionWarningBefore().toSeconds();
  }

  /**
   * A signed-in person.
   *
   * @param username their sign-in name
   * @param name the name to greet them with
   * @param roles their realm roles
   */
  record Person(String username, String name, Set<String> roles) {
    public boolean has(String role) {
      return roles.contains(role);
    }
  }
}
