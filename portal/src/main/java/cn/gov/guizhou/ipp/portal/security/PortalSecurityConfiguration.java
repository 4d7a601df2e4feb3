package cn.gov.guizhou.ipp.portal.security;

import cn.gov.guizhou.ipp.portal.PortalProperties;
import java.net.URI;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The portal signs people in with Keycloak (authorization code with PKCE, as a confidential client)
 * and keeps their tokens in the server-side session only: the browser holds a session cookie and
 * never a token. Every form carries a CSRF token; pages forbid inline scripts.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
public class PortalSecurityConfiguration {

  /** Where the sign-in starts: Spring Security's authorization endpoint for the realm's client. */
  public static final String SIGN_IN = "/oauth2/authorization/keycloak";

  /** The pages only signed-in people reach. */
  static final String[] SIGNED_IN_ONLY = {
    "/organisations", "/organisations/**", "/applications", "/applications/**", "/session/**"
  };

  @Bean
  SecurityFilterChain portalSecurity(
      HttpSecurity http,
      ClientRegistrationRepository registrations,
      OAuth2AuthorizedClientRepository authorizedClients,
      PortalProperties properties,
      LocaleResolver locales)
      throws Exception {
    DefaultOAuth2AuthorizationRequestResolver pkce =
        new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
    pkce.setAuthorizationRequestCustomizer(
        OAuth2AuthorizationRequestCustomizers.withPkce()
            .andThen(
                request ->
                    request.additionalParameters(
                        parameters -> parameters.put("ui_locales", signInLanguage(locales)))));
    String identityOrigin = origin(properties.identity().browserBase());
    return http.authorizeHttpRequests(
            requests ->
                requests
                    // A person's own pages; each page also states the roles it serves.
                    .requestMatchers(SIGNED_IN_ONLY)
                    .authenticated()
                    // The public catalogue, assets, health, and unknown paths (a 404 page).
                    .anyRequest()
                    .permitAll())
        .oauth2Login(
            login ->
                login
                    .loginPage(SIGN_IN)
                    .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(pkce))
                    .authorizedClientRepository(authorizedClients)
                    .userInfoEndpoint(user -> user.oidcUserService(new RealmRoleOidcUserService())))
        .oauth2Client(client -> client.authorizedClientRepository(authorizedClients))
        .logout(
            logout ->
                logout
                    .logoutUrl("/sign-out")
                    .logoutSuccessHandler(new KeycloakSignOut(properties.identity().browserBase())))
        .csrf(Customizer.withDefaults())
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(
                        csp ->
                            csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self';"
                                    + " img-src 'self' data:; font-src 'self'; connect-src 'self';"
                                    + " object-src 'none'; base-uri 'self'; frame-ancestors 'none';"
                                    + " form-action 'self' "
                                    + identityOrigin))
                    .referrerPolicy(
                        referrer ->
                            referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy
                                    .STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .frameOptions(frame -> frame.deny()))
        .build();
  }

  /**
   * The session cookie: not readable by scripts, not sent with cross-site requests, and sent only
   * over HTTPS wherever the portal is served over HTTPS.
   */
  @Bean
  CookieSerializer sessionCookie(
      @Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
    DefaultCookieSerializer cookie = new DefaultCookieSerializer();
    cookie.setCookieName("IPP_PORTAL_SESSION");
    cookie.setUseHttpOnlyCookie(true);
    cookie.setSameSite("Lax");
    cookie.setUseSecureCookie(secure);
    cookie.setCookiePath("/");
    return cookie;
  }

  /** The person's tokens live in their session (in PostgreSQL), so every replica has them. */
  @Bean
  OAuth2AuthorizedClientRepository authorizedClientRepository() {
    return new HttpSessionOAuth2AuthorizedClientRepository();
  }

  /** Hands out the person's access token, refreshing it when it has expired. */
  @Bean
  OAuth2AuthorizedClientManager authorizedClientManager(
      ClientRegistrationRepository registrations,
      OAuth2AuthorizedClientRepository authorizedClients) {
    DefaultOAuth2AuthorizedClientManager manager =
        new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
    manager.setAuthorizedClientProvider(
        OAuth2AuthorizedClientProviderBuilder.builder().authorizationCode().refreshToken().build());
    return manager;
  }

  /** Keycloak's sign-in page speaks the portal's language: zh-Hans or en. */
  private static String signInLanguage(LocaleResolver locales) {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current) {
      Locale locale = locales.resolveLocale(current.getRequest());
      return "en".equals(locale.getLanguage()) ? "en" : "zh-Hans";
    }
    return "zh-Hans";
  }

  private static String origin(String url) {
    URI uri = URI.create(url);
    return uri.getScheme() + "://" + uri.getAuthority();
  }
}
