package cn.gov.guizhou.ipp.applicant.followup;

import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.security.Roles;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The security context a follow-up job runs in: the identity of the user whose change it follows,
 * as their token carried it (subject, client, username, realm roles), so the work sees what they
 * may see and the audit trail names them. It is never sent anywhere: it holds no signed token.
 */
final class OnBehalfOf {

  private OnBehalfOf() {}

  static SecurityContext of(CurrentUser user, Instant now) {
    Jwt.Builder jwt =
        Jwt.withTokenValue("follow-up-job")
            .header("alg", "none")
            .subject(user.subject())
            .issuedAt(now)
            .expiresAt(now.plusSeconds(3600));
    if (user.clientId() != null) {
      jwt.claim("azp", user.clientId());
    }
    if (user.username() != null) {
      jwt.claim("preferred_username", user.username());
    }
    List<SimpleGrantedAuthority> authorities =
        user.roles().stream()
            .sorted()
            .map(r -> new SimpleGrantedAuthority(Roles.AUTHORITY_PREFIX + r))
            .toList();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(new JwtAuthenticationToken(jwt.build(), authorities));
    return context;
  }
}
