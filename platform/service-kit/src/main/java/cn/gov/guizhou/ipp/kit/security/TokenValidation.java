package cn.gov.guizhou.ipp.kit.security;

import java.time.Duration;
import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * How every token is checked, at the edge and in each service: signature (by the identity
 * provider's published keys), issuer, audience, and expiry and not-before with a stated tolerance
 * for clocks that differ ({@link #CLOCK_SKEW}, not Spring's default minute). A token that cannot be
 * verified because the keys cannot be fetched — an unknown key id while the identity provider is
 * unreachable — is an invalid token (401), never a server error.
 */
public final class TokenValidation {

  /** How far the clocks of the identity provider and this service may differ. */
  public static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

  private TokenValidation() {}

  /** The checks of a token's claims: expiry with {@link #CLOCK_SKEW}, issuer and audience. */
  public static OAuth2TokenValidator<Jwt> claims(String issuer, List<String> audiences) {
    return new DelegatingOAuth2TokenValidator<>(
        new JwtTimestampValidator(CLOCK_SKEW),
        new JwtIssuerValidator(issuer),
        new JwtClaimValidator<List<String>>(
            JwtClaimNames.AUD,
            aud ->
                audiences.isEmpty()
                    || (aud != null && aud.stream().anyMatch(audiences::contains))));
  }

  /** A failure to verify the token, of whatever cause, as an invalid token. */
  public static BadJwtException unverifiable(JwtException e) {
    return e instanceof BadJwtException bad
        ? bad
        : new BadJwtException("the token cannot be verified: " + e.getMessage(), e);
  }
}
