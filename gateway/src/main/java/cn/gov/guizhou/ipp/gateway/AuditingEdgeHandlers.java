package cn.gov.guizhou.ipp.gateway;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals at the edge: 401 and 403 answered as RFC 9457 problem details with the {@code
 * WWW-Authenticate} header, each written to the edge's audit table first.
 */
@Component
public class AuditingEdgeHandlers
    implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

  private static final Logger log = LoggerFactory.getLogger(AuditingEdgeHandlers.class);
  private static final String TYPE_BASE = "https://ipp.guizhou.gov.cn/problems/";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final EdgeRefusals refusals;
  private final Clock clock;

  public AuditingEdgeHandlers(EdgeRefusals refusals) {
    this.refusals = refusals;
    this.clock = Clock.systemUTC();
  }

  @Override
  public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
    return audit(exchange, "UNAUTHENTICATED", e.getMessage(), null, null)
        .then(Mono.fromRunnable(() -> challenge(exchange, e)))
        .then(
            problem(
                exchange,
                HttpStatus.UNAUTHORIZED,
                "unauthenticated",
                "未认证或令牌无效",
                "Missing or invalid token",
                "需要有效的访问令牌。",
                "A valid bearer token is required."));
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException e) {
    return exchange
        .getPrincipal()
        .filter(JwtAuthenticationToken.class::isInstance)
        .cast(JwtAuthenticationToken.class)
        .map(jwt -> List.of(jwt.getToken().getSubject(), jwt.getToken().getClaimAsString("azp")))
        .defaultIfEmpty(List.of())
        .flatMap(
            who ->
                audit(
                    exchange,
                    "FORBIDDEN",
                    e.getMessage(),
                    who.isEmpty() ? null : who.get(0),
                    who.isEmpty() ? null : who.get(1)))
        .then(
            Mono.fromRunnable(
                () ->
                    exchange
                        .getResponse()
                        .getHeaders()
                        .set(
                            HttpHeaders.WWW_AUTHENTICATE,
                            "Bearer error=\"insufficient_scope\", error_description=\"The"
                                + " request requires higher privileges than provided by the"
                                + " access token.\"")))
        .then(
            problem(
                exchange,
                HttpStatus.FORBIDDEN,
                "forbidden",
                "无权执行此操作",
                "Not allowed",
                "当前角色无权执行此请求。",
                "The caller's roles do not allow this request.",
                requiredRoles(exchange.getRequest().getPath().value())));
  }

  /** Which roles a refused path needs, so the caller knows (the edge's own role rules). */
  private static Map<String, Object> requiredRoles(String path) {
    List<String> roles = EdgeSecurityConfiguration.ROLES_BY_PATH.get(path);
    if (roles == null) {
      return Map.of();
    }
    return Map.of(
        "reason",
        "the caller's roles do not allow this request: it needs role " + String.join(", ", roles),
        "requiredRoles",
        roles);
  }

  private Mono<Void> audit(
      ServerWebExchange exchange, String outcome, String reason, String subject, String client) {
    ServerHttpRequest request = exchange.getRequest();
    InetSocketAddress remote = request.getRemoteAddress();
    EdgeRefusals.EdgeRefusal refusal =
        new EdgeRefusals.EdgeRefusal(
            OffsetDateTime.now(clock),
            request.getMethod().name(),
            request.getPath().value(),
            outcome,
            reason,
            subject,
            client,
            remote == null ? null : remote.getAddress().getHostAddress(),
            traceId(request.getHeaders().getFirst("traceparent")));
    return Mono.fromRunnable(() -> refusals.record(refusal))
        .subscribeOn(Schedulers.boundedElastic())
        .onErrorResume(
            error -> {
              log.error(
                  "Cannot audit a refused request {} {}", refusal.method(), refusal.path(), error);
              return Mono.empty();
            })
        .then();
  }

  /** The RFC 6750 challenge: which error, if the request carried a token that failed. */
  private static void challenge(ServerWebExchange exchange, AuthenticationException e) {
    String challenge = "Bearer";
    if (e instanceof OAuth2AuthenticationException oauth2
        && oauth2.getError() instanceof BearerTokenError error) {
      challenge =
          "Bearer error=\""
              + error.getErrorCode()
              + "\", error_description=\""
              + String.valueOf(error.getDescription()).replace("\"", "'")
              + "\"";
    }
    exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
  }

  private static String traceId(String traceparent) {
    if (traceparent == null) {
      return null;
    }
    String[] parts = traceparent.split("-");
    return parts.length >= 2 && parts[1].length() == 32 ? parts[1] : null;
  }

  static Mono<Void> problem(
      ServerWebExchange exchange,
      HttpStatus status,
      String slug,
      String titleZh,
      String titleEn,
      String detailZh,
      String detailEn) {
    return problem(exchange, status, slug, titleZh, titleEn, detailZh, detailEn, Map.of());
  }

  /** A problem with further members, e.g. {@code errors} naming the offending fields. */
  static Mono<Void> problem(
      ServerWebExchange exchange,
      HttpStatus status,
      String slug,
      String titleZh,
      String titleEn,
      String detailZh,
      String detailEn,
      Map<String, Object> extra) {
    List<Locale.LanguageRange> ranges = exchange.getRequest().getHeaders().getAcceptLanguage();
    boolean english =
        !ranges.isEmpty() && ranges.get(0).getRange().toLowerCase(Locale.ROOT).startsWith("en");
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", TYPE_BASE + slug);
    problem.put("title", english ? titleEn : titleZh);
    problem.put("status", status.value());
    problem.put("detail", english ? detailEn : detailZh);
    problem.put("instance", exchange.getRequest().getPath().value());
    problem.putAll(extra);
    byte[] body = JSON.writeValueAsBytes(problem);
    exchange.getResponse().setStatusCode(status);
    exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    return exchange
        .getResponse()
        .writeWith(Mono.just(exchange.getResponse().bufferFactory().wrap(body)));
  }
}
