package cn.gov.guizhou.ipp.gateway;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;

/**
 * Every error the edge itself answers is an RFC 9457 problem detail, in Chinese or English by
 * {@code Accept-Language}, never Spring's default error page: a service that is down or whose
 * breaker is open is a fast 503 with {@code Retry-After}; a service that does not answer within the
 * response timeout a 504 with {@code Retry-After}; a path no route serves a 404; anything else a
 * 500 without internals.
 */
@Component
@Order(-2)
public class EdgeErrors implements ErrorWebExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(EdgeErrors.class);

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
    if (exchange.getResponse().isCommitted()) {
      return Mono.error(error);
    }
    String path = exchange.getRequest().getPath().value();
    if (unavailable(error)) {
      log.warn(
          "{} {}: the service is unavailable: {}",
          exchange.getRequest().getMethod(),
          path,
          error.toString());
      exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
      return AuditingEdgeHandlers.problem(
          exchange,
          HttpStatus.SERVICE_UNAVAILABLE,
          "dependency-unavailable",
          "平台服务暂不可用",
          "A platform service is unavailable",
          "处理该请求的平台服务暂时无法应答，请求未被处理，请稍后重试。",
          "The platform service for this request cannot answer now; nothing was done. Try again"
              + " later.");
    }
    if (error instanceof ConstraintViolationException violations) {
      List<Map<String, String>> errors = new ArrayList<>();
      for (ConstraintViolation<?> v : violations.getConstraintViolations()) {
        String property = v.getPropertyPath().toString();
        errors.add(
            Map.of(
                "field",
                property.substring(property.lastIndexOf('.') + 1),
                "message",
                v.getMessage()));
      }
      return AuditingEdgeHandlers.problem(
          exchange,
          HttpStatus.UNPROCESSABLE_CONTENT,
          "validation",
          "请求数据未通过校验",
          "The request is not valid",
          "部分字段未通过校验，详见 errors。",
          "Some fields are not valid; see errors.",
          Map.of("errors", errors));
    }
    HttpStatusCode status =
        error instanceof ResponseStatusException rse
            ? rse.getStatusCode()
            : HttpStatus.INTERNAL_SERVER_ERROR;
    if (status.value() == HttpStatus.GATEWAY_TIMEOUT.value() || timedOut(error)) {
      log.warn(
          "{} {}: the service did not answer in time", exchange.getRequest().getMethod(), path);
      exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
      return AuditingEdgeHandlers.problem(
          exchange,
          HttpStatus.GATEWAY_TIMEOUT,
          "dependency-timeout",
          "平台服务应答超时",
          "A platform service did not answer in time",
          "处理该请求的平台服务未能及时应答，请稍后查询结果或重试。",
          "The platform service for this request did not answer in time; check the outcome or"
              + " try again later.");
    }
    if (status.value() == HttpStatus.NOT_FOUND.value()) {
      return AuditingEdgeHandlers.problem(
          exchange,
          HttpStatus.NOT_FOUND,
          "not-found",
          "对象不存在",
          "Not found",
          "所请求的路径不存在。",
          "No resource is served at this path.");
    }
    if (status.is4xxClientError()) {
      Map<String, Object> extra =
          error instanceof ServerWebInputException input
                  && input.getMethodParameter() != null
                  && input.getMethodParameter().getParameterName() != null
              ? Map.of(
                  "errors",
                  List.of(
                      Map.of(
                          "field",
                          input.getMethodParameter().getParameterName(),
                          "message",
                          String.valueOf(input.getReason()))))
              : Map.of();
      return AuditingEdgeHandlers.problem(
          exchange,
          HttpStatus.valueOf(status.value()),
          "malformed-request",
          "请求格式错误",
          "Malformed request",
          "请求无法处理：请检查路径、方法、参数和请求头。",
          "The request cannot be handled: check the path, the method, the parameters and the"
              + " headers.",
          extra);
    }
    log.error("{} {} failed at the edge", exchange.getRequest().getMethod(), path, error);
    return AuditingEdgeHandlers.problem(
        exchange,
        HttpStatus.INTERNAL_SERVER_ERROR,
        "internal-error",
        "服务器内部错误",
        "Internal error",
        "处理请求时发生错误；请稍后重试。",
        "The request failed; try again later.");
  }

  private static boolean unavailable(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof CallNotPermittedException
          || t instanceof ConnectException
          || t.getClass().getName().equals("io.netty.channel.ConnectTimeoutException")
          || (t instanceof ResponseStatusException rse
              && rse.getStatusCode().value() == HttpStatus.SERVICE_UNAVAILABLE.value())) {
        return true;
      }
    }
    return false;
  }

  private static boolean timedOut(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof TimeoutException
          || t.getClass().getName().equals("io.netty.handler.timeout.ReadTimeoutException")) {
        return true;
      }
    }
    return false;
  }
}
