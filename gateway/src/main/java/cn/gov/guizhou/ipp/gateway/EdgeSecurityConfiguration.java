package cn.gov.guizhou.ipp.gateway;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.SecurityWebFilterChain;
import reactor.core.publisher.Mono;

/**
 * What may pass the edge without a token: health, the API documentation, and reading the published
 * programme catalogue. Everything else under {@code /api} needs a valid token; any other path is
 * refused.
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
                    .hasRole("bureau-admin")
                    .pathMatchers("/api/**")
                    .authenticated()
                    .anyExchange()
                    .denyAll())
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
