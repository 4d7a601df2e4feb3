package cn.gov.guizhou.ipp.review.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.IntegrationTestInitializer;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The service's database as deployed: the owner role runs the migrations and the service runs as a
 * role that owns nothing. With the service's own credentials, the audit trail can be added to and
 * read, and nothing else: no change, no deletion, no emptying, no disabled trigger, no grant to
 * itself, no drop.
 */
@IntegrationTest
@DirtiesContext
@TestPropertySource(
    properties = {
      IntegrationTestInitializer.SEPARATE_DATABASE_ROLES_PROPERTY + "=true",
      "spring.kafka.consumer.group-id=review-service-audit-protection"
    })
class AuditTrailProtectionIntegrationTest {

  private static final TestTokenIssuer tokens = TestTokenIssuer.get();

  @Value("${local.server.port}")
  int port;

  /** Connected as the service is: its runtime role. */
  @Autowired JdbcClient jdbc;

  @Test
  void theRuntimeRoleCanOnlyAppendToAndReadTheAuditTrail() {
    Http api = Http.to("http://127.0.0.1:" + port);
    Http.Response refused =
        api.bearer(tokens.tokenFor("applicant-a", "applicant")).get("/api/review/experts");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(jdbc.sql("select current_user").query(String.class).single())
        .startsWith("review_service")
        .doesNotEndWith("_owner");
    long records = jdbc.sql("select count(*) from audit_record").query(Long.class).single();
    assertThat(records).as("the refusal is on the trail").isPositive();

    for (String attack :
        List.of(
            "update audit_record set action = 'rewritten'",
            "delete from audit_record",
            "truncate audit_record",
            "alter table audit_record disable trigger audit_record_no_change",
            "alter table audit_record disable trigger all",
            "drop table audit_record",
            "drop trigger audit_record_no_change on audit_record",
            "create or replace function audit_record_append_only() returns trigger"
                + " language plpgsql as $$ begin return new; end; $$")) {
      assertThatThrownBy(() -> jdbc.sql(attack).update())
          .as(attack)
          .isInstanceOf(DataAccessException.class)
          .satisfies(
              e ->
                  assertThat(((DataAccessException) e).getMostSpecificCause().getMessage())
                      .containsPattern("permission denied|must be owner"));
    }
    // Granting itself more is not an error in PostgreSQL, only a warning that nothing was granted.
    jdbc.sql("grant update, delete, truncate on audit_record to current_user").update();
    for (String privilege : List.of("UPDATE", "DELETE", "TRUNCATE", "TRIGGER")) {
      assertThat(
              jdbc.sql("select has_table_privilege(current_user, 'audit_record', :privilege)")
                  .param("privilege", privilege)
                  .query(Boolean.class)
                  .single())
          .as(privilege)
          .isFalse();
    }
    for (String privilege : List.of("INSERT", "SELECT")) {
      assertThat(
              jdbc.sql("select has_table_privilege(current_user, 'audit_record', :privilege)")
                  .param("privilege", privilege)
                  .query(Boolean.class)
                  .single())
          .as(privilege)
          .isTrue();
    }
    assertThat(jdbc.sql("select count(*) from audit_record").query(Long.class).single())
        .isEqualTo(records);
    assertThat(
            jdbc.sql("select count(*) from audit_record where action = 'rewritten'")
                .query(Long.class)
                .single())
        .isZero();
  }
}
