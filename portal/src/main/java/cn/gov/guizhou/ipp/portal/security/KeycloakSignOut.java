package cn.gov.guizhou.ipp.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Signing out of the portal also ends the person's Keycloak session (RP-initiated logout), so the
 * next sign-in asks for the password again; Keycloak then sends the browser back to the portal.
 */
class KeycloakSignOut implements LogoutSuccessHandler {

  private final String realm;

  KeycloakSignOut(String realm) {
    this.realm = realm;
  }

  @Override
  public void onLogoutSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException {
    String back =
        ServletUriComponentsBuilder.fromContextPath(request)
            .replacePath("/signed-out")
            .replaceQuery(null)
            .toUriString();
    if (!(authentication != null && authentication.getPrincipal() instanceof OidcUser user)) {
      response.sendRedirect(back);
      return;
    }
    String logout =
        UriComponentsBuilder.fromUriString(realm + "/protocol/openid-connect/logout")
            .queryParam("id_token_hint", user.getIdToken().getTokenValue())
            .queryParam("post_logout_redirect_uri", back)
            .encode()
            .toUriString();
    response.sendRedirect(logout);
  }
}
