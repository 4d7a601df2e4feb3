package cn.gov.guizhou.ipp.applicant.application;

import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.applicant.BudgetLine;
import cn.gov.guizhou.ipp.contracts.applicant.ImplementationPlan;
import cn.gov.guizhou.ipp.kit.web.Page;
import cn.gov.guizhou.ipp.kit.web.PageQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Applications, their participants, materials and history, in applicant-service's database. */
@Repository
public class ApplicationRepository {

  private static final String COLUMNS =
      "a.id, a.reference, a.call_year, a.track_code, a.lead_organisation_id, a.status,"
          + " a.rule_version, a.title, a.summary, a.requested_amount, a.implementation_start,"
          + " a.implementation_end, a.plan::text as plan, a.budget::text as budget,"
          + " a.declarations::text as declarations,"
          + " a.criteria_to_confirm::text as criteria_to_confirm, a.created_by, a.created_at,"
          + " a.updated_at, a.submitted_by, a.submitted_at";

  /**
   * The user (:subject) is a member of the lead unit of application {@code a} or of a participant.
   */
  private static final String MEMBER_OF_A_PARTY =
      """
      exists (select 1 from organisation_member m
              where m.user_subject = :subject
                and (m.organisation_id = a.lead_organisation_id
                     or m.organisation_id in (select p.organisation_id
                                              from application_participant p
                                              where p.application_id = a.id)))
      """;

  private static final TypeReference<List<BudgetLine>> BUDGET = new TypeReference<>() {};
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json = EventJson.mapper();

  public ApplicationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(Application application) {
    withContent(
            jdbc.sql(
                """
                insert into application (id, call_year, track_code, lead_organisation_id,
                                         status, title, summary, requested_amount,
                                         implementation_start, implementation_end, plan, budget,
                                         declarations, created_by, created_at, updated_at)
                values (:id, :year, :track, :lead, :status, :title, :summary, :amount, :start,
                        :end, cast(:plan as jsonb), cast(:budget as jsonb),
                        cast(:declarations as jsonb), :by, :at, :at)
                """),
            application.content())
        .param("id", application.id())
        .param("year", application.callYear())
        .param("track", application.trackCode())
        .param("lead", application.leadOrganisationId())
        .param("status", application.status().name())
        .param("by", application.createdBy())
        .param("at", application.createdAt())
        .update();
  }

  /** Saves the content, status and submission of an application. */
  public void update(Application application) {
    withContent(
            jdbc.sql(
                """
            update application set status = :status, reference = :reference,
                   rule_version = :version, title = :title, summary = :summary,
                   requested_amount = :amount, implementation_start = :start,
                   implementation_end = :end, plan = cast(:plan as jsonb),
                   budget = cast(:budget as jsonb), declarations = cast(:declarations as jsonb),
                   criteria_to_confirm = cast(:toConfirm as jsonb), updated_at = :updated,
                   submitted_by = :submittedBy, submitted_at = :submittedAt
            where id = :id
            """),
            application.content())
        .param("id", application.id())
        .param("status", application.status().name())
        .param("reference", application.reference())
        .param("version", application.ruleVersion())
        .param("toConfirm", json.writeValueAsString(application.criteriaToConfirm()))
        .param("updated", application.updatedAt())
        .param("submittedBy", application.submittedBy())
        .param("submittedAt", application.submittedAt())
        .update();
  }

  /** Binds what the applicant wrote: the same parameters for a new draft and for a revision. */
  private JdbcClient.StatementSpec withContent(
      JdbcClient.StatementSpec spec, ApplicationContent c) {
    return spec.param("title", c.title())
        .param("summary", c.summary())
        .param("amount", c.requestedAmount())
        .param("start", c.implementationStart())
        .param("end", c.implementationEnd())
        .param("plan", json.writeValueAsString(c.plan()))
        .param("budget", json.writeValueAsString(c.budget()))
        .param("declarations", json.writeValueAsString(c.declarations()));
  }

  /** Moves an application to a status another service reported, or the lead withdrew to. */
  public void setStatus(UUID id, ApplicationStatus status, OffsetDateTime at) {
    jdbc.sql("update application set status = :status, updated_at = :at where id = :id")
        .param("id", id)
        .param("status", status.name())
        .param("at", at)
        .update();
  }

  public Optional<Application> findById(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from application a where a.id = :id")
        .param("id", id)
        .query(this::map)
        .optional();
  }

  /** The application, locked for a change. */
  public Optional<Application> lock(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from application a where a.id = :id for update")
        .param("id", id)
        .query(this::map)
        .optional();
  }

  /**
   * Applications the user may see: those of organisations it is a member of, as lead or
   * participant; all of them for {@code everything}. One page, newest first, with the rows of the
   * whole list under the same filters.
   */
  public Page<Application> visibleTo(
      String userSubject,
      boolean everything,
      Integer year,
      UUID organisationId,
      ApplicationStatus status,
      String trackCode,
      PageQuery page) {
    String where =
        " from application a where (:everything or "
            + MEMBER_OF_A_PARTY
            + ")"
            + """
              and (cast(:year as integer) is null or a.call_year = :year)
              and (cast(:organisation as uuid) is null or a.lead_organisation_id = :organisation
                   or exists (select 1 from application_participant p
                              where p.application_id = a.id
                                and p.organisation_id = :organisation))
              and (cast(:status as text) is null or a.status = :status)
              and (cast(:track as text) is null or a.track_code = :track)
            """;
    java.util.function.UnaryOperator<JdbcClient.StatementSpec> filters =
        statement ->
            statement
                .param("everything", everything)
                .param("subject", userSubject)
                .param("year", year)
                .param("organisation", organisationId)
                .param("status", status == null ? null : status.name())
                .param("track", trackCode);
    List<Application> rows =
        page.bind(
                filters.apply(
                    jdbc.sql(
                        "select "
                            + COLUMNS
                            + where
                            + " order by a.created_at desc, a.id desc"
                            + PageQuery.LIMIT_OFFSET)))
            .query(this::map)
            .list();
    long total = filters.apply(jdbc.sql("select count(*)" + where)).query(Long.class).single();
    return new Page<>(rows, total);
  }

  /** Whether the user is a member of the application's lead unit or of one of its participants. */
  public boolean hasMember(UUID applicationId, String userSubject) {
    return jdbc.sql("select " + MEMBER_OF_A_PARTY + " from application a where a.id = :id")
        .param("id", applicationId)
        .param("subject", userSubject)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  /**
   * The tracks of other applications of a call, submitted and not withdrawn, in which the
   * organisation is the lead or a participant.
   */
  public List<String> otherSubmittedTracks(UUID organisationId, int year, UUID except) {
    return jdbc.sql(
            """
            select distinct a.track_code from application a
            where a.call_year = :year and a.id <> :except
              and a.status not in ('DRAFT', 'WITHDRAWN')
              and (a.lead_organisation_id = :organisation
                   or exists (select 1 from application_participant p
                              where p.application_id = a.id and p.organisation_id = :organisation))
            order by a.track_code
            """)
        .param("organisation", organisationId)
        .param("year", year)
        .param("except", except)
        .query(String.class)
        .list();
  }

  /** The reference of a submitted application of the lead for the same track, if any. */
  public Optional<String> submittedForSameTrack(
      UUID leadOrganisationId, int year, String trackCode, UUID except) {
    return jdbc.sql(
            """
            select reference from application
            where lead_organisation_id = :lead and call_year = :year and track_code = :track
              and id <> :except and status not in ('DRAFT', 'WITHDRAWN')
            limit 1
            """)
        .param("lead", leadOrganisationId)
        .param("year", year)
        .param("track", trackCode)
        .param("except", except)
        .query(String.class)
        .optional();
  }

  /** The next reference of a call's track: {@code <year>-<track>-<5-digit number>}. */
  public String nextReference(int year, String trackCode) {
    long number =
        jdbc.sql("select nextval('application_reference_seq')").query(Long.class).single();
    return String.format("%d-%s-%05d", year, trackCode, number);
  }

  public void putParticipant(
      UUID applicationId, UUID organisationId, String role, String divisionOfWork) {
    jdbc.sql(
            """
            insert into application_participant (application_id, organisation_id, participant_role,
                                                 division_of_work, position)
            values (:application, :organisation, :role, :work,
                    (select coalesce(max(position), 0) + 1 from application_participant
                     where application_id = :application))
            on conflict (application_id, organisation_id) do update
              set participant_role = excluded.participant_role,
                  division_of_work = excluded.division_of_work,
                  confirmed_by = null, confirmed_at = null
            """)
        .param("application", applicationId)
        .param("organisation", organisationId)
        .param("role", role)
        .param("work", divisionOfWork)
        .update();
  }

  public boolean removeParticipant(UUID applicationId, UUID organisationId) {
    return jdbc.sql(
                "delete from application_participant where application_id = :application"
                    + " and organisation_id = :organisation")
            .param("application", applicationId)
            .param("organisation", organisationId)
            .update()
        == 1;
  }

  public void confirmParticipant(
      UUID applicationId, UUID organisationId, String userSubject, OffsetDateTime at) {
    jdbc.sql(
            """
            update application_participant set confirmed_by = :by, confirmed_at = :at
            where application_id = :application and organisation_id = :organisation
            """)
        .param("application", applicationId)
        .param("organisation", organisationId)
        .param("by", userSubject)
        .param("at", at)
        .update();
  }

  public List<Participant> participants(UUID applicationId) {
    return jdbc.sql(
            """
            select p.organisation_id, o.credit_code, o.legal_name, o.organisation_type,
                   p.participant_role, p.division_of_work, p.confirmed_by, p.confirmed_at
            from application_participant p join organisation o on o.id = p.organisation_id
            where p.application_id = :application order by p.position
            """)
        .param("application", applicationId)
        .query(
            (rs, i) ->
                new Participant(
                    rs.getObject("organisation_id", UUID.class),
                    rs.getString("credit_code"),
                    rs.getString("legal_name"),
                    rs.getString("organisation_type"),
                    rs.getString("participant_role"),
                    rs.getString("division_of_work"),
                    rs.getString("confirmed_by"),
                    rs.getObject("confirmed_at", OffsetDateTime.class)))
        .list();
  }

  public void attachMaterial(UUID applicationId, AttachedMaterial material) {
    jdbc.sql(
            """
            insert into application_material (application_id, material_id, document_id, filename,
                                              content_type, size_bytes, sha256, attached_by,
                                              attached_at)
            values (:application, :material, :document, :filename, :type, :size, :sha, :by, :at)
            on conflict (application_id, material_id) do update
              set document_id = excluded.document_id, filename = excluded.filename,
                  content_type = excluded.content_type, size_bytes = excluded.size_bytes,
                  sha256 = excluded.sha256, attached_by = excluded.attached_by,
                  attached_at = excluded.attached_at
            """)
        .param("application", applicationId)
        .param("material", material.materialId())
        .param("document", material.documentId())
        .param("filename", material.filename())
        .param("type", material.contentType())
        .param("size", material.sizeBytes())
        .param("sha", material.sha256())
        .param("by", material.attachedBy())
        .param("at", material.attachedAt())
        .update();
  }

  public boolean detachMaterial(UUID applicationId, String materialId) {
    return jdbc.sql(
                "delete from application_material where application_id = :application"
                    + " and material_id = :material")
            .param("application", applicationId)
            .param("material", materialId)
            .update()
        == 1;
  }

  public List<AttachedMaterial> materials(UUID applicationId) {
    return jdbc.sql(
            """
            select material_id, document_id, filename, content_type, size_bytes, sha256,
                   attached_by, attached_at
            from application_material where application_id = :application order by material_id
            """)
        .param("application", applicationId)
        .query(
            (rs, i) ->
                new AttachedMaterial(
                    rs.getString("material_id"),
                    rs.getObject("document_id", UUID.class),
                    rs.getString("filename"),
                    rs.getString("content_type"),
                    rs.getLong("size_bytes"),
                    rs.getString("sha256"),
                    rs.getString("attached_by"),
                    rs.getObject("attached_at", OffsetDateTime.class)))
        .list();
  }

  public void addHistory(UUID applicationId, HistoryEntry entry) {
    jdbc.sql(
            """
            insert into application_history (application_id, status, amount, reason, reported_by,
                                             occurred_at)
            values (:application, :status, :amount, :reason, :by, :at)
            """)
        .param("application", applicationId)
        .param("status", entry.status().name())
        .param("amount", entry.amount())
        .param("reason", entry.reason())
        .param("by", entry.reportedBy())
        .param("at", entry.occurredAt())
        .update();
  }

  public List<HistoryEntry> history(UUID applicationId) {
    return jdbc.sql(
            """
            select status, amount, reason, reported_by, occurred_at from application_history
            where application_id = :application order by occurred_at, id
            """)
        .param("application", applicationId)
        .query(
            (rs, i) ->
                new HistoryEntry(
                    ApplicationStatus.valueOf(rs.getString("status")),
                    rs.getBigDecimal("amount"),
                    rs.getString("reason"),
                    rs.getString("reported_by"),
                    rs.getObject("occurred_at", OffsetDateTime.class)))
        .list();
  }

  /** The latest step of the application's story, by when it happened. */
  public Optional<ApplicationStatus> latestStatus(UUID applicationId) {
    return jdbc.sql(
            """
            select status from application_history where application_id = :application
            order by occurred_at desc, id desc limit 1
            """)
        .param("application", applicationId)
        .query((rs, i) -> ApplicationStatus.valueOf(rs.getString(1)))
        .optional();
  }

  private Application map(ResultSet rs, int row) throws SQLException {
    String toConfirm = rs.getString("criteria_to_confirm");
    return new Application(
        rs.getObject("id", UUID.class),
        rs.getString("reference"),
        rs.getInt("call_year"),
        rs.getString("track_code"),
        rs.getObject("lead_organisation_id", UUID.class),
        ApplicationStatus.valueOf(rs.getString("status")),
        (Integer) rs.getObject("rule_version"),
        new ApplicationContent(
            rs.getString("title"),
            rs.getString("summary"),
            rs.getBigDecimal("requested_amount"),
            rs.getObject("implementation_start", LocalDate.class),
            rs.getObject("implementation_end", LocalDate.class),
            json.readValue(rs.getString("plan"), ImplementationPlan.class),
            json.readValue(rs.getString("budget"), BUDGET),
            json.readValue(rs.getString("declarations"), Declarations.class)),
        toConfirm == null ? List.of() : json.readValue(toConfirm, STRINGS),
        rs.getString("created_by"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("updated_at", OffsetDateTime.class),
        rs.getString("submitted_by"),
        rs.getObject("submitted_at", OffsetDateTime.class));
  }
}
