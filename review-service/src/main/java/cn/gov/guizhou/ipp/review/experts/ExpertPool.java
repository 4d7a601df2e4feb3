package cn.gov.guizhou.ipp.review.experts;

import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.identity.UnifiedSocialCreditCode;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.web.ConflictException;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The experts the bureau draws from. */
@Service
public class ExpertPool {

  /** Object type of experts in the audit trail. */
  public static final String OBJECT_TYPE = "expert";

  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  static final String COLUMNS =
      "e.id, e.user_subject, e.name, e.organisation_credit_code, e.region,"
          + " e.industry_tags::text as industry_tags, e.track_codes::text as track_codes,"
          + " e.max_assignments_per_call, e.active, e.registered_at";

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;
  private final JsonMapper json = EventJson.mapper();

  public ExpertPool(JdbcClient jdbc, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** Adds an expert to the pool. */
  @Transactional
  public Expert add(NewExpert request) {
    UnifiedSocialCreditCode.Problem problem =
        UnifiedSocialCreditCode.check(request.organisationCreditCode());
    if (problem != UnifiedSocialCreditCode.Problem.NONE) {
      throw InvalidFieldException.localised(
          "organisationCreditCode", problem.messageZh(), problem.message());
    }
    if (request.trackCodes() == null || request.trackCodes().isEmpty()) {
      throw new InvalidFieldException("trackCodes", "at least one track is required");
    }
    Expert expert =
        new Expert(
            UUID.randomUUID(),
            request.userSubject(),
            request.name().strip(),
            request.organisationCreditCode(),
            request.region(),
            request.industryTags(),
            request.trackCodes(),
            request.maxAssignmentsPerCall(),
            true,
            OffsetDateTime.now(clock));
    try {
      jdbc.sql(
              """
              insert into expert (id, user_subject, name, organisation_credit_code, region,
                                  industry_tags, track_codes, max_assignments_per_call, active,
                                  registered_at)
              values (:id, :subject, :name, :code, :region, cast(:tags as jsonb),
                      cast(:tracks as jsonb), :max, true, :at)
              """)
          .param("id", expert.id())
          .param("subject", expert.userSubject())
          .param("name", expert.name())
          .param("code", expert.organisationCreditCode())
          .param("region", expert.region())
          .param("tags", json.writeValueAsString(expert.industryTags()))
          .param("tracks", json.writeValueAsString(expert.trackCodes()))
          .param("max", expert.maxAssignmentsPerCall())
          .param("at", expert.registeredAt())
          .update();
    } catch (DuplicateKeyException e) {
      throw new ConflictException("EXPERT_EXISTS", "the user is in the expert pool already");
    }
    audit.recordChange("expert.add", OBJECT_TYPE, expert.id());
    return expert;
  }

  /**
   * Changes what an expert reviews and how much: tracks, industry tags, capacity per call, and
   * whether the expert is drawn at all. Assignments already made stand.
   */
  @Transactional
  public Expert change(
      UUID id,
      List<String> industryTags,
      List<String> trackCodes,
      int maxAssignmentsPerCall,
      boolean active) {
    if (trackCodes == null || trackCodes.isEmpty()) {
      throw new InvalidFieldException("trackCodes", "at least one track is required");
    }
    int changed =
        jdbc.sql(
                """
                update expert set industry_tags = cast(:tags as jsonb),
                       track_codes = cast(:tracks as jsonb), max_assignments_per_call = :max,
                       active = :active
                where id = :id
                """)
            .param("id", id)
            .param("tags", json.writeValueAsString(industryTags == null ? List.of() : industryTags))
            .param("tracks", json.writeValueAsString(trackCodes))
            .param("max", maxAssignmentsPerCall)
            .param("active", active)
            .update();
    if (changed == 0) {
      throw new NotFoundException(OBJECT_TYPE, id);
    }
    audit.recordChange("expert.change", OBJECT_TYPE, id);
    return get(id);
  }

  public List<Expert> all() {
    return jdbc.sql("select " + COLUMNS + " from expert e order by e.registered_at, e.id")
        .query(this::map)
        .list();
  }

  public Expert get(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from expert e where e.id = :id")
        .param("id", id)
        .query(this::map)
        .optional()
        .orElseThrow(() -> new NotFoundException(OBJECT_TYPE, id));
  }

  /** The expert a platform user is, if any. */
  public Optional<Expert> ofUser(String userSubject) {
    return jdbc.sql("select " + COLUMNS + " from expert e where e.user_subject = :subject")
        .param("subject", userSubject)
        .query(this::map)
        .optional();
  }

  Expert map(ResultSet rs, int row) throws SQLException {
    return new Expert(
        rs.getObject("id", UUID.class),
        rs.getString("user_subject"),
        rs.getString("name"),
        rs.getString("organisation_credit_code"),
        rs.getString("region"),
        json.readValue(rs.getString("industry_tags"), STRINGS),
        json.readValue(rs.getString("track_codes"), STRINGS),
        rs.getInt("max_assignments_per_call"),
        rs.getBoolean("active"),
        rs.getObject("registered_at", OffsetDateTime.class));
  }

  /**
   * An expert joining the pool.
   *
   * @param userSubject the platform user
   * @param name the expert's name
   * @param organisationCreditCode the expert's organisation
   * @param region where the expert works
   * @param industryTags fields of expertise
   * @param trackCodes the tracks the expert reviews
   * @param maxAssignmentsPerCall the most applications of one call
   */
  public record NewExpert(
      String userSubject,
      String name,
      String organisationCreditCode,
      String region,
      List<String> industryTags,
      List<String> trackCodes,
      int maxAssignmentsPerCall) {}
}
