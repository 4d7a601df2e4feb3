package cn.gov.guizhou.ipp.deploy.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in for the credit registries (信用中国 and the social-organisation platform) on the local
 * platform, so the whole credit-check flow can be tried by hand. It answers {@code GET
 * /api/credit-records/{creditCode}} deterministically, by the ninth character of the code (the
 * first of the organisation code):
 *
 * <ul>
 *   <li>{@code P}: one record, an administrative penalty (行政处罚);
 *   <li>{@code Q}: two records, abnormal operation (经营异常) and serious dishonesty (严重失信);
 *   <li>{@code R}: one record of a category the guide does not name (a credit commitment, 信用承诺):
 *       shown with the check, which stays CLEAR;
 *   <li>{@code W}: answers after 10 seconds (the platform times out: UNAVAILABLE);
 *   <li>{@code X}: HTTP 500 (UNAVAILABLE after the retries);
 *   <li>{@code Y}: HTTP 404, the registry does not know the code (UNAVAILABLE, UNKNOWN_CODE);
 *   <li>anything else: no record (CLEAR).
 * </ul>
 *
 * Configuration: {@code IPP_REGISTRY_PORT} (default 8091), on 127.0.0.1 only.
 */
public final class CreditRegistrySimulator {

  private static final Logger log = LoggerFactory.getLogger(CreditRegistrySimulator.class);
  private static final Pattern PATH = Pattern.compile("/api/credit-records/([0-9A-Z]{18})");

  private CreditRegistrySimulator() {}

  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(System.getenv().getOrDefault("IPP_REGISTRY_PORT", "8091"));
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext("/health", exchange -> respond(exchange, 200, "{\"status\":\"UP\"}"));
    server.createContext("/api/credit-records/", CreditRegistrySimulator::answer);
    server.start();
    log.info("Credit registry simulator on 127.0.0.1:{}", port);
  }

  private static void answer(HttpExchange exchange) throws IOException {
    Matcher matcher = PATH.matcher(exchange.getRequestURI().getPath());
    if (!"GET".equals(exchange.getRequestMethod()) || !matcher.matches()) {
      respond(exchange, 400, "{\"error\":\"GET /api/credit-records/{18-character code}\"}");
      return;
    }
    String code = matcher.group(1);
    char marker = code.charAt(8);
    log.info("Credit records of {} asked (marker {})", code, marker);
    switch (marker) {
      case 'P' ->
          respond(
              exchange,
              200,
              records(
                  code,
                  record(
                      "ADMINISTRATIVE_PENALTY",
                      "黔市监罚〔2026〕18号",
                      "2026-06-18",
                      "贵阳市市场监督管理局",
                      "发布虚假广告")));
      case 'Q' ->
          respond(
              exchange,
              200,
              records(
                  code,
                  record(
                          "ABNORMAL_OPERATION",
                          "黔市监异〔2026〕7号",
                          "2026-03-02",
                          "遵义市市场监督管理局",
                          "未按期公示年度报告")
                      + ","
                      + record(
                          "SERIOUS_DISHONESTY",
                          "黔失信〔2026〕3号",
                          "2026-09-09",
                          "贵州省发展和改革委员会",
                          "列入严重失信主体名单")));
      case 'R' ->
          respond(
              exchange,
              200,
              records(
                  code,
                  record(
                      "CREDIT_COMMITMENT",
                      "黔信承〔2026〕21号",
                      "2026-04-01",
                      "贵州省发展和改革委员会",
                      "信用承诺履约中")));
      case 'W' -> {
        sleep();
        respond(exchange, 200, records(code, ""));
      }
      case 'X' -> respond(exchange, 500, "{\"error\":\"registry failure\"}");
      case 'Y' -> respond(exchange, 404, "{\"error\":\"unknown credit code\"}");
      default -> respond(exchange, 200, records(code, ""));
    }
  }

  private static String records(String code, String records) {
    return "{\"creditCode\":\"" + code + "\",\"records\":[" + records + "]}";
  }

  private static String record(
      String category, String reference, String decidedOn, String authority, String description) {
    return "{\"category\":\""
        + category
        + "\",\"reference\":\""
        + reference
        + "\",\"decidedOn\":\""
        + decidedOn
        + "\",\"authority\":\""
        + authority
        + "\",\"description\":\""
        + description
        + "\"}";
  }

  private static void sleep() {
    try {
      Thread.sleep(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
