package cn.gov.guizhou.ipp.kit.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes and reads the audit trail. A state change is recorded in the transaction of the change, so
 * the two commit together; a refusal is recorded in a transaction of its own, so it stays although
 * the request fails.
 */
public class AuditTrail {

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;

  public AuditTrail(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** Records a change made by the current caller, in the change's transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordChange(String action, String objectType, Object objectId) {
    recordChange(action, objectType, objectId, null);
  }

  /** Records a change made by the current caller for an organisation. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordChange(
      String action, String objectType, Object objectId, Object organisationId) {
    insert(action, objectType, objectId, organisationId, AuditOutcome.SUCCEEDED, null);
  }

  /** Records a refused request of the current caller, whatever happens to the request. */
  public void recordRefusal(
      String action, String objectType, Object objectId, AuditOutcome outcome, String detail) {
    ownTransaction.executeWithoutResult(
        status -> insert(action, objectType, objectId, null, outcome, detail));
  }

  /** The trail of one object, oldest first. */
  public List<AuditRecord> forObject(String objectType, String objectId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from audit_record where lower(object_type) = lower(:type)"
                + " and object_id = :id order by id limit 1000")
        .param("type", objectType)
        .param("id", objectId)
        .query(AuditTrail::row)
        .list();
  }

  /** The refused requests for a path (or below it), newest first, at most {@code limit}. */
  public List<AuditRecord> refusalsAt(String path, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from audit_record where outcome <> 'SUCCEEDED'"
                + " and split_part(action, ' ', 2) like :path escape '\\'"
                + " order by id desc limit :limit")
        .param("path", path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        .param("limit", limit)
        .query(AuditTrail::row)
        .list();
  }

  private static final String COLUMNS =
      """
      id, occurred_at, subject, client_id, organisation_id, action, object_type, object_id,
      outcome, correlation_id, detail
      """;

  private static AuditRecord row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    return new AuditRecord(
        rs.getLong("id"),
        rs.getObject("occurred_at", OffsetDateTime.class),
        rs.getString("subject"),
        rs.getString("client_id"),
        rs.getString("organisation_id"),
        rs.getString("action"),
        rs.getString("object_type"),
        rs.getString("object_id"),
        AuditOutcome.valueOf(rs.getString("outcome")),
        rs.getString("correlation_id"),
        rs.getString("detail"));
  }

  private void insert(
      String action,
      String objectType,
      Object objectId,
      Object organisationId,
      AuditOutcome outcome,
      String detail) {
    String subject = null;
    String clientId = null;
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication instanceof JwtAuthenticationToken token) {
      subject = token.getToken().getSubject();
      clientId = token.getToken().getClaimAsString("azp");
    }
    jdbc.sql(
            """
            insert into audit_record (occurred_at, subject, client_id, organisation_id, action,
                                      object_type, object_id, outcome, correlation_id, detail)
            values (:at, :subject, :client, :organisation, :action, :type, :id, :outcome,
                    :correlation, :detail)
            """)
        .param("at", OffsetDateTime.now(clock))
        .param("subject", subject)
        .param("client", clientId)
        .param("organisation", organisationId == null ? null : organisationId.toString())
        .param("action", action)
        .param("type", objectType)
        .param("id", objectId == null ? null : objectId.toString())
        .param("outcome", outcome.name())
        .param("correlation", Correlation.currentId())
        .param("detail", detail)
        .update();
  }
}
