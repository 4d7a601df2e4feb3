package cn.gov.guizhou.ipp.kit.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling: the token's subject, the client it was issued to and the realm roles.
 *
 * @param subject the {@code sub} claim: a user or a client's service account
 * @param clientId the {@code azp} claim: the client that obtained the token
 * @param username the {@code preferred_username} claim, for display and audit
 * @param roles realm roles, without prefix
 */
public record CurrentUser(String subject, String clientId, String username, Set<String> roles) {

  /** The caller of the current request; fails if the request carries no validated token. */
  public static CurrentUser from(Authentication authentication) {
    if (!(authentication instanceof JwtAuthenticationToken token)) {
      throw new IllegalStateException("the request is not authenticated by a bearer token");
    }
    Set<String> roles =
        token.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(a -> a.startsWith(Roles.AUTHORITY_PREFIX))
            .map(a -> a.substring(Roles.AUTHORITY_PREFIX.length()))
            .collect(Collectors.toUnmodifiableSet());
    return new CurrentUser(
        token.getToken().getSubject(),
        token.getToken().getClaimAsString("azp"),
        token.getToken().getClaimAsString("preferred_username"),
        roles);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  public boolean hasAnyRole(String... candidates) {
    for (String role : candidates) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }
}
