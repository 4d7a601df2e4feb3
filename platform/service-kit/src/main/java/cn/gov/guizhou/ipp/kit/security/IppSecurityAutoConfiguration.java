package cn.gov.guizhou.ipp.kit.security;

import cn.gov.guizhou.ipp.kit.audit.AuditingSecurityHandlers;
import cn.gov.guizhou.ipp.kit.audit.IppAuditAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service is a stateless OAuth2 resource server. Health probes, metrics and the OpenAPI
 * document are open (the service listens on loopback or the cluster network only; the gateway
 * exposes {@code /api/**} alone); every other request needs a valid token, and each endpoint states
 * the roles it allows with {@code @PreAuthorize}.
 */
@AutoConfiguration(after = IppAuditAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
@EnableConfigurationProperties(IppSecurityProperties.class)
public class IppSecurityAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  JwtAuthenticationConverter jwtAuthenticationConverter() {
    JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(new RealmRoleConverter());
    converter.setPrincipalClaimName("sub");
    return converter;
  }

  /** Endpoints refuse a caller without the role before they bind and validate its request. */
  @Bean
  WebMvcConfigurer ippRolesBeforeBinding() {
    RolesBeforeBinding interceptor = new RolesBeforeBinding();
    return new WebMvcConfigurer() {
      @Override
      public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(interceptor);
      }
    };
  }

  @Bean
  @ConditionalOnMissingBean(SecurityFilterChain.class)
  SecurityFilterChain ippSecurityFilterChain(
      HttpSecurity http,
      IppSecurityProperties properties,
      JwtAuthenticationConverter converter,
      ObjectProvider<AuditingSecurityHandlers> auditing)
      throws Exception {
    http.csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            requests -> {
              requests
                  .requestMatchers(
                      "/actuator/health",
                      "/actuator/health/**",
                      "/actuator/info",
                      "/actuator/prometheus",
                      "/actuator/circuitbreakers",
                      "/v3/api-docs",
                      "/v3/api-docs/**",
                      "/swagger-ui.html",
                      "/swagger-ui/**",
                      "/error")
                  .permitAll();
              for (String path : properties.publicGetPaths()) {
                requests.requestMatchers(HttpMethod.GET, path).permitAll();
              }
              requests.anyRequest().authenticated();
            })
        .oauth2ResourceServer(
            oauth2 -> {
              oauth2.jwt(jwt -> jwt.jwtAuthenticationConverter(converter));
              auditing.ifAvailable(
                  handlers ->
                      oauth2.authenticationEntryPoint(handlers).accessDeniedHandler(handlers));
            });
    auditing.ifAvailable(
        handlers ->
            http.exceptionHandling(
                exceptions ->
                    exceptions.authenticationEntryPoint(handlers).accessDeniedHandler(handlers)));
    return http.build();
  }
}
