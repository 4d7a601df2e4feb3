package cn.gov.guizhou.ipp.gateway;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The requests the gateway refused, in its own database, never changed. */
@Repository
public class EdgeRefusals {

  private final JdbcClient jdbc;

  public EdgeRefusals(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void record(EdgeRefusal refusal) {
    jdbc.sql(
            """
            insert into edge_refusal (occurred_at, method, path, outcome, reason, subject,
                                      client_id, remote_address, correlation_id)
            values (:at, :method, :path, :outcome, :reason, :subject, :client, :remote,
                    :correlation)
            """)
        .param("at", refusal.occurredAt())
        .param("method", refusal.method())
        .param("path", refusal.path())
        .param("outcome", refusal.outcome())
        .param("reason", refusal.reason())
        .param("subject", refusal.subject())
        .param("client", refusal.clientId())
        .param("remote", refusal.remoteAddress())
        .param("correlation", refusal.correlationId())
        .update();
  }

  /** The latest refusals, newest first, optionally only under a path. */
  public List<EdgeRefusal> latest(String pathPrefix, int limit) {
    return jdbc.sql(
            """
            select occurred_at, method, path, outcome, reason, subject, client_id,
                   remote_address, correlation_id
            from edge_refusal where path like :prefix order by id desc limit :limit
            """)
        .param("prefix", escapeLike(pathPrefix) + "%")
        .param("limit", limit)
        .query(
            (rs, i) ->
                new EdgeRefusal(
                    rs.getObject("occurred_at", OffsetDateTime.class),
                    rs.getString("method"),
                    rs.getString("path"),
                    rs.getString("outcome"),
                    rs.getString("reason"),
                    rs.getString("subject"),
                    rs.getString("client_id"),
                    rs.getString("remote_address"),
                    rs.getString("correlation_id")))
        .list();
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /**
   * One refused request.
   *
   * @param occurredAt when (UTC)
   * @param method HTTP method
   * @param path request path
   * @param outcome UNAUTHENTICATED (401) or FORBIDDEN (403)
   * @param reason why the token was refused, if it was
   * @param subject the token's subject, for a valid token without the right
   * @param clientId the token's client, likewise
   * @param remoteAddress the caller's address as the gateway saw it
   * @param correlationId the trace id of the request, if the caller sent one
   */
  public record EdgeRefusal(
      OffsetDateTime occurredAt,
      String method,
      String path,
      String outcome,
      String reason,
      String subject,
      String clientId,
      String remoteAddress,
      String correlationId) {}
}
