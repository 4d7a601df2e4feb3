package cn.gov.guizhou.ipp.applicant.conventions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.guizhou.ipp.applicant.organisation.Registrations;
import cn.gov.guizhou.ipp.contracts.EventTypes;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Idempotency-Key, the audit trail and request limits, on a real endpoint and database. */
@IntegrationTest
class HttpConventionsIntegrationTest {

  private static final TestTokenIssuer tokens = TestTokenIssuer.get();

  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient jdbc;

  Http api;
  Http applicantA;
  Http admin;

  @BeforeEach
  void clients() {
    api = Http.to("http://127.0.0.1:" + port);
    applicantA = api.bearer(tokens.tokenFor("applicant-a", "applicant"));
    admin = api.bearer(tokens.tokenFor("admin", "bureau-admin"));
  }

  private static Map<String, Object> registration(String code) {
    return Registrations.of(code, "IP_SERVICE_AGENCY");
  }

  @Test
  void aRetriedCommandWithTheSameKeyTakesEffectOnceAndReplaysTheFirstOutcome() {
    String code = UsccGenerator.next();
    Http withKey = applicantA.header("Idempotency-Key", UUID.randomUUID().toString());

    Http.Response first = withKey.post("/api/organisations", registration(code));
    Http.Response retry = withKey.post("/api/organisations", registration(code));

    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(count("organisation", code)).isEqualTo(1);
    assertThat(outboxEvents(first.json().get("id").asString())).isEqualTo(1);
  }

  @Test
  void theSameKeyWithAnotherBodyIsRefused() {
    Http withKey = applicantA.header("Idempotency-Key", UUID.randomUUID().toString());
    assertThat(withKey.post("/api/organisations", registration(UsccGenerator.next())).status())
        .isEqualTo(201);

    String other = UsccGenerator.next();
    Http.Response reused = withKey.post("/api/organisations", registration(other));

    assertThat(reused.status()).isEqualTo(422);
    assertThat(reused.json().get("type").asString())
        .isEqualTo("https://ipp.guizhou.gov.cn/problems/idempotency-key-reused");
    assertThat(count("organisation", other)).isZero();
  }

  @Test
  void concurrentRequestsWithOneKeyProduceOneEffect() throws Exception {
    String code = UsccGenerator.next();
    Http withKey = applicantA.header("Idempotency-Key", UUID.randomUUID().toString());
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Callable<Http.Response>> calls = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        calls.add(() -> withKey.post("/api/organisations", registration(code)));
      }
      List<Integer> statuses = new ArrayList<>();
      List<String> bodies = new ArrayList<>();
      for (Future<Http.Response> f : pool.invokeAll(calls)) {
        statuses.add(f.get().status());
        bodies.add(f.get().body());
      }
      assertThat(statuses).containsOnly(201);
      assertThat(bodies).containsOnly(bodies.get(0));
    } finally {
      pool.shutdownNow();
    }
    assertThat(count("organisation", code)).isEqualTo(1);
  }

  /**
   * A hundred retries at once of one command with one key: none waits on a lock holding a pooled
   * connection, so none fails with 5xx; each gets the first outcome or 409 "in progress" with
   * Retry-After; the command takes effect once; and the service still answers others afterwards.
   */
  @Test
  void aHundredConcurrentRetriesOfOneCommandNeitherStallTheServiceNorRepeatTheEffect()
      throws Exception {
    String code = UsccGenerator.next();
    Http withKey = applicantA.header("Idempotency-Key", UUID.randomUUID().toString());
    ExecutorService pool = Executors.newFixedThreadPool(100);
    List<Http.Response> responses = new ArrayList<>();
    try {
      List<Callable<Http.Response>> calls = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        calls.add(() -> withKey.post("/api/organisations", registration(code)));
      }
      for (Future<Http.Response> f : pool.invokeAll(calls)) {
        responses.add(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    Http.Response firstOutcome =
        responses.stream().filter(r -> r.status() == 201).findFirst().orElseThrow();
    String first = firstOutcome.body();
    for (Http.Response response : responses) {
      assertThat(response.status()).as(response.toString()).isIn(201, 409);
      if (response.status() == 201) {
        assertThat(response.body()).isEqualTo(first);
      } else {
        assertThat(response.json().get("type").asString())
            .endsWith("/idempotency-request-in-progress");
        assertThat(response.header("Retry-After")).isEqualTo("1");
      }
    }
    assertThat(count("organisation", code)).isEqualTo(1);
    assertThat(outboxEvents(firstOutcome.json().get("id").asString())).isEqualTo(1);
    Http.Response other = applicantA.post("/api/organisations", registration(UsccGenerator.next()));
    assertThat(other.status()).as("the service still answers").isEqualTo(201);
  }

  @Test
  void aRefusedCommandStoresNothingSoItCanBeCorrectedAndRetriedWithTheSameKey() {
    Http withKey = applicantA.header("Idempotency-Key", UUID.randomUUID().toString());
    Map<String, Object> wrong = registration(UsccGenerator.next());
    wrong.put("legalRepresentative", " ");
    assertThat(withKey.post("/api/organisations", wrong).status()).isEqualTo(422);

    String code = UsccGenerator.next();
    assertThat(withKey.post("/api/organisations", registration(code)).status()).isEqualTo(201);
    assertThat(count("organisation", code)).isEqualTo(1);
  }

  @Test
  void keysBelongToTheirCaller() {
    String key = UUID.randomUUID().toString();
    String codeA = UsccGenerator.next();
    String codeB = UsccGenerator.next();
    assertThat(
            applicantA
                .header("Idempotency-Key", key)
                .post("/api/organisations", registration(codeA))
                .status())
        .isEqualTo(201);
    assertThat(
            api.bearer(tokens.tokenFor("applicant-b", "applicant"))
                .header("Idempotency-Key", key)
                .post("/api/organisations", registration(codeB))
                .status())
        .isEqualTo(201);
    assertThat(count("organisation", codeB)).isEqualTo(1);
  }

  @Test
  void changesAndRefusalsAreAuditedAndAdministratorsReadTheTrail() {
    String id =
        applicantA
            .post("/api/organisations", registration(UsccGenerator.next()))
            .json()
            .get("id")
            .asString();
    assertThat(
            api.bearer(tokens.tokenFor("applicant-b", "applicant"))
                .get("/api/organisations/" + id)
                .status())
        .isEqualTo(404);

    Http.Response trail = admin.get("/api/audit-records?objectType=organisation&objectId=" + id);

    assertThat(trail.status()).as(trail.toString()).isEqualTo(200);
    JsonNode registered = record(trail.json(), "organisation.register");
    JsonNode refused = record(trail.json(), "organisation.read");
    assertThat(registered.get("outcome").asString()).isEqualTo("SUCCEEDED");
    assertThat(registered.get("subject").asString())
        .isEqualTo(TestTokenIssuer.subjectOf("applicant-a"));
    assertThat(registered.get("clientId").asString()).isEqualTo("ipp-cli");
    assertThat(refused.get("outcome").asString()).isEqualTo("NOT_VISIBLE");
    assertThat(refused.get("subject").asString())
        .isEqualTo(TestTokenIssuer.subjectOf("applicant-b"));
    assertThat(refused.get("id").asLong()).isGreaterThan(registered.get("id").asLong());
    assertThat(applicantA.get("/api/audit-records?objectType=organisation&objectId=" + id).status())
        .isEqualTo(403);
  }

  @Test
  void refusedRequestsAreAuditedWithTheirCorrelationId() {
    String traceId = UUID.randomUUID().toString().replace("-", "");
    String path = "/api/organisations/" + UUID.randomUUID();
    api.header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").get(path);
    api.bearer(tokens.tokenFor("expert-1", "expert"))
        .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
        .get(path);

    List<String> outcomes =
        jdbc.sql(
                "select outcome from audit_record where correlation_id = :trace and action = :action"
                    + " order by id")
            .param("trace", traceId)
            .param("action", "GET " + path)
            .query(String.class)
            .list();
    assertThat(outcomes).containsExactly("UNAUTHENTICATED", "FORBIDDEN");
  }

  @Test
  void theAuditTrailCannotBeChangedOrDeleted() {
    applicantA.post("/api/organisations", registration(UsccGenerator.next()));
    assertThatThrownBy(() -> jdbc.sql("update audit_record set outcome = 'FORBIDDEN'").update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("delete from audit_record").update())
        .hasMessageContaining("append-only");
  }

  @Test
  void anOversizedBodyIsBadInputAndWritesNothing() throws Exception {
    String code = UsccGenerator.next();
    String huge =
        "{\"creditCode\":\""
            + code
            + "\",\"legalName\":\""
            + "x".repeat(1_100_000)
            + "\",\"type\":\"ENTERPRISE\",\"region\":\"GUIYANG\",\"legalRepresentative\":\"李\"}";
    Http.Response declared = applicantA.post("/api/organisations", huge);
    assertThat(declared.status()).isEqualTo(400);
    assertThat(declared.json().get("type").asString())
        .isEqualTo("https://ipp.guizhou.gov.cn/problems/payload-too-large");

    java.net.http.HttpResponse<String> chunked =
        java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/api/organisations"))
                    .header(
                        "Authorization", "Bearer " + tokens.tokenFor("applicant-a", "applicant"))
                    .header("Content-Type", "application/json")
                    .POST(
                        java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                            () ->
                                new java.io.ByteArrayInputStream(
                                    huge.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(400);
    assertThat(count("organisation", code)).isZero();
  }

  @Test
  void refusalsAreProblemDetails() {
    Http.Response unauthenticated = api.get("/api/organisations");
    assertThat(unauthenticated.status()).isEqualTo(401);
    assertThat(unauthenticated.header("Content-Type")).startsWith("application/problem+json");
    assertThat(unauthenticated.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(unauthenticated.json().get("title").asString()).isEqualTo("未认证或令牌无效");

    Http.Response forbidden =
        api.bearer(tokens.tokenFor("expert-1", "expert"))
            .header("Accept-Language", "en-GB")
            .get("/api/organisations");
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.json().get("title").asString()).isEqualTo("Not allowed");
  }

  private static JsonNode record(JsonNode trail, String action) {
    for (JsonNode record : trail) {
      if (action.equals(record.get("action").asString())) {
        return record;
      }
    }
    throw new AssertionError("no " + action + " in " + trail);
  }

  private long count(String table, String code) {
    return jdbc.sql("select count(*) from " + table + " where credit_code = :code")
        .param("code", code)
        .query(Long.class)
        .single();
  }

  private long outboxEvents(String organisationId) {
    return jdbc.sql(
            "select count(*) from event_outbox where message_key = :id and event_type = :type")
        .param("type", EventTypes.ORGANISATION_REGISTERED_V1)
        .param("id", organisationId)
        .query(Long.class)
        .single();
  }
}
