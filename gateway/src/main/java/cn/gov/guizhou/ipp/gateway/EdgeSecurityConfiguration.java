package cn.gov.guizhou.ipp.gateway;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.SecurityWebFilterChain;
import reactor.core.publisher.Mono;

/**
 * What may pass the edge without a token: health, the API documentation, reading the published
 * programme catalogue, and the web portal (which signs people in itself and holds their tokens in
 * its own session). Everything else under {@code /api} needs a valid token.
 */
@Configuration
@EnableWebFluxSecurity
public class EdgeSecurityConfiguration {

  @Bean
  SecurityWebFilterChain edgeSecurity(ServerHttpSecurity http, AuditingEdgeHandlers refusals) {
    return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .authorizeExchange(
            exchange ->
                exchange
                    .pathMatchers(
                        "/actuator/health",
                        "/actuator/health/**",
                        "/actuator/info",
                        "/actuator/prometheus")
                    .permitAll()
                    .pathMatchers(
                        "/v3/api-docs/**",
                        "/api-docs/**",
                        "/swagger-ui.html",
                        "/swagger-ui/**",
                        "/webjars/**")
                    .permitAll()
                    .pathMatchers(
                        HttpMethod.GET, "/api/programmes", "/api/programmes/**", "/api/calls/**")
                    .permitAll()
                    .pathMatchers("/api/audit/gateway")
                    .hasRole(ROLES_BY_PATH.get("/api/audit/gateway").get(0))
                    .pathMatchers("/api/**")
                    .authenticated()
                    .pathMatchers(PortalRoute.NOT_THE_PORTAL)
                    .denyAll()
                    // The web portal: it signs people in itself, with a session of its own.
                    .anyExchange()
                    .permitAll())
        .oauth2ResourceServer(
            oauth2 ->
                oauth2
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(EdgeSecurityConfiguration::roles))
                    .authenticationEntryPoint(refusals)
                    .accessDeniedHandler(refusals))
        .exceptionHandling(
            exceptions ->
                exceptions.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
        .build();
  }

  /**
   * Tokens are checked as in every service: signature, issuer, audience, and expiry with a
   * tolerance of {@link #CLOCK_SKEW} for clocks that differ. A token that cannot be verified
   * because the keys cannot be fetched (an unknown key id while the identity provider is
   * unreachable) is an invalid token, 401, not a server error.
   */
  @Bean
  ReactiveJwtDecoder jwtDecoder(
      @Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") String jwkSetUri,
      @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
      @Value("${spring.security.oauth2.resourceserver.jwt.audiences:}") List<String> audiences) {
    NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri).build();
    decoder.setJwtValidator(
        new DelegatingOAuth2TokenValidator<>(
            new JwtTimestampValidator(CLOCK_SKEW),
            new JwtIssuerValidator(issuer),
            new JwtClaimValidator<List<String>>(
                JwtClaimNames.AUD,
                aud ->
                    audiences.isEmpty()
                        || (aud != null && aud.stream().anyMatch(audiences::contains)))));
    return token ->
        decoder
            .decode(token)
            .onErrorMap(
                e -> !(e instanceof BadJwtException),
                e -> new BadJwtException("the token cannot be verified: " + e.getMessage(), e));
  }

  /** The edge's own endpoints and the role each needs (403 names it). */
  static final Map<String, List<String>> ROLES_BY_PATH =
      Map.of("/api/audit/gateway", List.of("bureau-admin"));

  /** How far the clocks of the identity provider and the edge may differ. */
  static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

  /** Keycloak's realm roles ({@code realm_access.roles}) as {@code ROLE_<role>} authorities. */
  static Mono<AbstractAuthenticationToken> roles(Jwt jwt) {
    Object access = jwt.getClaims().get("realm_access");
    List<GrantedAuthority> authorities =
        access instanceof Map<?, ?> map && map.get("roles") instanceof Collection<?> roles
            ? roles.stream()
                .filter(String.class::isInstance)
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                .toList()
            : List.of();
    return Mono.just(new JwtAuthenticationToken(jwt, authorities, jwt.getSubject()));
  }
}
