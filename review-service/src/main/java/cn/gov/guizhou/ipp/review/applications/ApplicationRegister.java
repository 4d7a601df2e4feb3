package cn.gov.guizhou.ipp.review.applications;

import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationParty;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationSubmittedV1;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationWithdrawnV1;
import cn.gov.guizhou.ipp.kit.web.Page;
import cn.gov.guizhou.ipp.kit.web.PageQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The applications submitted to the bureau, in review-service's database. */
@Repository
public class ApplicationRegister {

  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private static final String COLUMNS =
      "a.application_id, a.reference, a.call_year, a.track_code, a.rule_version,"
          + " a.lead_credit_code, a.lead_name, a.title, a.requested_amount,"
          + " a.criteria_to_confirm::text as criteria_to_confirm, a.status, a.submitted_at,"
          + " a.withdrawn_at, array(select p.credit_code from application_party p"
          + " where p.application_id = a.application_id and p.party_role <> 'LEAD'"
          + " order by p.credit_code) as participants";

  private final JdbcClient jdbc;
  private final JsonMapper json = EventJson.mapper();

  public ApplicationRegister(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Registers a submission; one seen before leaves the register as it is.
   *
   * @return whether it was new
   */
  public boolean record(ApplicationSubmittedV1 event) {
    int inserted =
        jdbc.sql(
                """
                insert into submitted_application
                  (application_id, reference, call_year, track_code, rule_version, lead_credit_code,
                   lead_name, title, requested_amount, criteria_to_confirm, submission, status,
                   submitted_at)
                values (:id, :reference, :year, :track, :version, :lead, :leadName, :title, :amount,
                        cast(:toConfirm as jsonb), cast(:submission as jsonb), 'SUBMITTED', :at)
                on conflict (application_id) do nothing
                """)
            .param("id", event.applicationId())
            .param("reference", event.reference())
            .param("year", event.callYear())
            .param("track", event.trackCode())
            .param("version", event.ruleVersion())
            .param("lead", event.lead().creditCode())
            .param("leadName", event.lead().legalName())
            .param("title", event.title())
            .param("amount", event.requestedAmount())
            .param("toConfirm", json.writeValueAsString(event.criteriaToConfirm()))
            .param("submission", json.writeValueAsString(event))
            .param("at", event.submittedAt())
            .update();
    if (inserted == 0) {
      return false;
    }
    party(event.applicationId(), event.lead());
    event.participants().forEach(p -> party(event.applicationId(), p));
    return true;
  }

  /** The submission as applicant-service announced it. */
  public Optional<ApplicationSubmittedV1> submission(UUID applicationId) {
    return jdbc.sql("select submission::text from submitted_application where application_id = :id")
        .param("id", applicationId)
        .query(String.class)
        .optional()
        .map(body -> json.readValue(body, ApplicationSubmittedV1.class));
  }

  /** The application locked for a change of its review status. */
  public Optional<SubmittedApplication> lock(UUID applicationId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from submitted_application a where a.application_id = :id for update")
        .param("id", applicationId)
        .query(this::map)
        .optional();
  }

  /** Moves an application on in review. */
  public void setStatus(UUID applicationId, String status) {
    jdbc.sql("update submitted_application set status = :status where application_id = :id")
        .param("id", applicationId)
        .param("status", status)
        .update();
  }

  /** Records an application's final score and marks it scored. */
  public void setFinalScore(UUID applicationId, java.math.BigDecimal finalScore) {
    jdbc.sql(
            """
            update submitted_application set final_score = :score, status = 'SCORED'
            where application_id = :id
            """)
        .param("id", applicationId)
        .param("score", finalScore)
        .update();
  }

  /** The credit codes of every organisation taking part: the lead and the participants. */
  public List<String> partyCodes(UUID applicationId) {
    return jdbc.sql(
            "select credit_code from application_party where application_id = :id order by credit_code")
        .param("id", applicationId)
        .query(String.class)
        .list();
  }

  /** The scored applications of a track in a call, with their final scores. */
  public List<SubmittedApplication> scored(int year, String trackCode) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + """
                 from submitted_application a
                where a.call_year = :year and a.track_code = :track and a.status = 'SCORED'
                order by a.reference
                """)
        .param("year", year)
        .param("track", trackCode)
        .query(this::map)
        .list();
  }

  /** The final score of an application, once computed. */
  public Optional<java.math.BigDecimal> finalScore(UUID applicationId) {
    return jdbc.sql("select final_score from submitted_application where application_id = :id")
        .param("id", applicationId)
        .query(java.math.BigDecimal.class)
        .optional();
  }

  private void party(UUID applicationId, ApplicationParty party) {
    jdbc.sql(
            """
            insert into application_party (application_id, credit_code, party_role)
            values (:id, :code, :role) on conflict do nothing
            """)
        .param("id", applicationId)
        .param("code", party.creditCode())
        .param("role", "LEAD".equals(party.role()) ? "LEAD" : "PARTICIPANT")
        .update();
  }

  /** Marks a withdrawal; review of the application stops. */
  public void record(ApplicationWithdrawnV1 event) {
    jdbc.sql(
            """
            update submitted_application
            set status = 'WITHDRAWN', withdrawn_at = :at, withdrawal_reason = :reason
            where application_id = :id
            """)
        .param("id", event.applicationId())
        .param("at", event.withdrawnAt())
        .param("reason", event.reason())
        .update();
  }

  public Optional<SubmittedApplication> find(UUID applicationId) {
    return jdbc.sql(
            "select " + COLUMNS + " from submitted_application a where a.application_id = :id")
        .param("id", applicationId)
        .query(this::map)
        .optional();
  }

  /** The applications of a call, optionally of one track, in submission order. */
  public List<SubmittedApplication> ofCall(int year, String trackCode) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + """
                 from submitted_application a
                where a.call_year = :year and (cast(:track as text) is null or a.track_code = :track)
                order by a.submitted_at, a.reference
                """)
        .param("year", year)
        .param("track", trackCode)
        .query(this::map)
        .list();
  }

  /**
   * One page of the submitted applications of a call, optionally of one track, newest submission
   * first (the reference as the tiebreak), with their number.
   */
  public Page<SubmittedApplication> ofCall(int year, String trackCode, PageQuery page) {
    String where =
        " from submitted_application a where a.call_year = :year"
            + " and (cast(:track as text) is null or a.track_code = :track)";
    List<SubmittedApplication> rows =
        page.bind(
                jdbc.sql(
                        "select "
                            + COLUMNS
                            + where
                            + " order by a.submitted_at desc, a.reference desc"
                            + PageQuery.LIMIT_OFFSET)
                    .param("year", year)
                    .param("track", trackCode))
            .query(this::map)
            .list();
    long total =
        jdbc.sql("select count(*)" + where)
            .param("year", year)
            .param("track", trackCode)
            .query(Long.class)
            .single();
    return new Page<>(rows, total);
  }

  private SubmittedApplication map(ResultSet rs, int row) throws SQLException {
    return new SubmittedApplication(
        rs.getObject("application_id", UUID.class),
        rs.getString("reference"),
        rs.getInt("call_year"),
        rs.getString("track_code"),
        rs.getInt("rule_version"),
        rs.getString("lead_credit_code"),
        rs.getString("lead_name"),
        List.of((String[]) rs.getArray("participants").getArray()),
        rs.getString("title"),
        rs.getBigDecimal("requested_amount"),
        json.readValue(rs.getString("criteria_to_confirm"), STRINGS),
        rs.getString("status"),
        rs.getObject("submitted_at", OffsetDateTime.class),
        rs.getObject("withdrawn_at", OffsetDateTime.class));
  }
}
