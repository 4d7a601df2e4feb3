package cn.gov.guizhou.ipp.gateway;

import java.net.ConnectException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;

/**
 * The web portal is served at the root of the edge: every path that is not the API, its
 * documentation or the edge's own health goes to the portal, which signs people in and renders the
 * pages. An unknown path under {@code /api} stays the edge's own 404 problem.
 */
@Configuration
class PortalRoute {

  /** Paths the edge keeps for itself and the API; the portal serves everything else. */
  static final String[] NOT_THE_PORTAL = {
    "/api/**",
    "/api-docs/**",
    "/v3/api-docs/**",
    "/swagger-ui.html",
    "/swagger-ui/**",
    "/webjars/swagger-ui/**",
    "/actuator/**"
  };

  @Bean
  RouteLocator portal(
      RouteLocatorBuilder routes,
      @Value("${IPP_PORTAL_URL:http://127.0.0.1:8086}") String portalUrl) {
    return routes
        .routes()
        .route(
            "portal",
            route ->
                route
                    .order(Ordered.LOWEST_PRECEDENCE)
                    .path("/**")
                    .and()
                    .not(other -> other.path(NOT_THE_PORTAL))
                    .filters(
                        filters ->
                            // The portal builds its links and its sign-in redirect from the
                            // address the browser used.
                            filters
                                .preserveHostHeader()
                                .retry(
                                    retry ->
                                        retry
                                            .setRetries(2)
                                            .setMethods(HttpMethod.GET, HttpMethod.HEAD)
                                            .setExceptions(ConnectException.class)))
                    .uri(portalUrl))
        .build();
  }
}
