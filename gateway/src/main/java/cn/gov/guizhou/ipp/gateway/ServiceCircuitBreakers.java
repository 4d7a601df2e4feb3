package cn.gov.guizhou.ipp.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import java.net.URI;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * One circuit breaker per service behind the edge (by the route's target, so a service's API, audit
 * and documentation routes share it). A service that does not answer — refused connections,
 * timeouts — opens its breaker, and while it is open the edge answers at once with a 503 problem
 * and {@code Retry-After} (see {@link EdgeErrors}) instead of letting every caller wait. Answers
 * the service gives, 5xx included, are answers: they do not count.
 */
@Component
public class ServiceCircuitBreakers implements GlobalFilter, Ordered {

  private final CircuitBreakerRegistry registry;

  public ServiceCircuitBreakers(CircuitBreakerRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
    Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
    if (route == null || route.getUri() == null || route.getUri().getHost() == null) {
      return chain.filter(exchange);
    }
    CircuitBreaker breaker = registry.circuitBreaker(nameOf(route.getUri()), "default");
    return chain.filter(exchange).transformDeferred(CircuitBreakerOperator.of(breaker));
  }

  /** The breaker's name: the service's host and port, e.g. {@code edge-127.0.0.1-8081}. */
  static String nameOf(URI target) {
    return "edge-" + target.getHost() + "-" + target.getPort();
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 100;
  }
}
