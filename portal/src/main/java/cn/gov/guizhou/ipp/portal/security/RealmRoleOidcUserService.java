package cn.gov.guizhou.ipp.portal.security;

import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in person's realm roles, as {@code ROLE_<role>}, so that pages show each person only
 * what their roles allow (the API still decides). Keycloak puts the roles in the access token,
 * which the portal has just received from the token endpoint itself.
 */
class RealmRoleOidcUserService extends OidcUserService {

  @Override
  public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
    OidcUser user = super.loadUser(request);
    List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
    authorities.addAll(roles(request.getAccessToken().getTokenValue()));
    return new DefaultOidcUser(
        authorities, user.getIdToken(), user.getUserInfo(), "preferred_username");
  }

  static List<GrantedAuthority> roles(String accessToken) {
    Object access;
    try {
      access = JWTParser.parse(accessToken).getJWTClaimsSet().getClaim("realm_access");
    } catch (ParseException e) {
      throw new OAuth2AuthenticationException(
          new OAuth2Error("invalid_token", "the access token is not a JWT", null), e);
    }
    if (access instanceof Map<?, ?> map && map.get("roles") instanceof Collection<?> roles) {
      return roles.stream()
          .filter(String.class::isInstance)
          .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
          .toList();
    }
    return List.of();
  }
}
