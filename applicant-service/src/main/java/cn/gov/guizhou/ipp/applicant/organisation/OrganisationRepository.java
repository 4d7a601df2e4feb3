package cn.gov.guizhou.ipp.applicant.organisation;

import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.identity.Region;
import cn.gov.guizhou.ipp.contracts.identity.UnifiedSocialCreditCode;
import cn.gov.guizhou.ipp.kit.web.Page;
import cn.gov.guizhou.ipp.kit.web.PageQuery;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Organisations and their members, in applicant-service's database. */
@Repository
public class OrganisationRepository {

  private static final String COLUMNS =
      "o.id, o.credit_code, o.legal_name, o.organisation_type, o.region,"
          + " o.legal_representative, o.registered_by, o.registered_at, o.contacts::text as contacts,"
          + " o.industry_tags::text as industry_tags, o.profile_updated_at";

  private static final JsonMapper JSON = EventJson.mapper();

  private final JdbcClient jdbc;

  public OrganisationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(Organisation organisation) {
    jdbc.sql(
            """
            insert into organisation (id, credit_code, legal_name, organisation_type, region,
                                      legal_representative, registered_by, registered_at,
                                      contacts, industry_tags)
            values (:id, :code, :name, :type, :region, :representative, :by, :at,
                    cast(:contacts as jsonb), cast(:tags as jsonb))
            """)
        .param("id", organisation.id())
        .param("code", organisation.creditCode().value())
        .param("name", organisation.legalName())
        .param("type", organisation.type().name())
        .param("region", organisation.region().name())
        .param("representative", organisation.legalRepresentative())
        .param("by", organisation.registeredBy())
        .param("at", organisation.registeredAt())
        .param("contacts", JSON.writeValueAsString(organisation.contacts()))
        .param("tags", JSON.writeValueAsString(organisation.industryTags()))
        .update();
  }

  /** Writes the organisation's contacts, industry tags and the time its profile changed. */
  public void updateProfile(Organisation organisation) {
    jdbc.sql(
            """
            update organisation set contacts = cast(:contacts as jsonb),
                                    industry_tags = cast(:tags as jsonb),
                                    profile_updated_at = :at
            where id = :id
            """)
        .param("contacts", JSON.writeValueAsString(organisation.contacts()))
        .param("tags", JSON.writeValueAsString(organisation.industryTags()))
        .param("at", organisation.profileUpdatedAt())
        .param("id", organisation.id())
        .update();
  }

  /** Replaces the organisation's declared facts and their evidence as a whole. */
  public void replaceFacts(
      UUID organisationId, List<DeclaredFact> facts, String declaredBy, OffsetDateTime at) {
    jdbc.sql("delete from organisation_fact where organisation_id = :id")
        .param("id", organisationId)
        .update();
    for (DeclaredFact fact : facts) {
      jdbc.sql(
              """
              insert into organisation_fact (organisation_id, fact, value, declared_by, declared_at)
              values (:id, :fact, cast(:value as jsonb), :by, :at)
              """)
          .param("id", organisationId)
          .param("fact", fact.fact().factName())
          .param("value", JSON.writeValueAsString(fact.value()))
          .param("by", declaredBy)
          .param("at", at)
          .update();
      for (int i = 0; i < fact.evidence().size(); i++) {
        jdbc.sql(
                """
                insert into organisation_fact_evidence (organisation_id, fact, document_id, position)
                values (:id, :fact, :document, :position)
                """)
            .param("id", organisationId)
            .param("fact", fact.fact().factName())
            .param("document", fact.evidence().get(i))
            .param("position", i)
            .update();
      }
    }
  }

  /** The facts the organisations declare, in the order of {@link ProfileFact}. */
  public Map<UUID, List<DeclaredFact>> facts(Collection<UUID> organisationIds) {
    Map<UUID, List<DeclaredFact>> facts = new HashMap<>();
    if (organisationIds.isEmpty()) {
      return facts;
    }
    jdbc.sql(
            """
            select f.organisation_id, f.fact, f.value::text as value,
                   coalesce(array_agg(e.document_id order by e.position)
                            filter (where e.document_id is not null), '{}') as evidence
            from organisation_fact f
            left join organisation_fact_evidence e
                   on e.organisation_id = f.organisation_id and e.fact = f.fact
            where f.organisation_id in (:ids)
            group by f.organisation_id, f.fact, f.value::text
            """)
        .param("ids", List.copyOf(organisationIds))
        .query(
            (rs, i) -> {
              UUID organisation = rs.getObject("organisation_id", UUID.class);
              String value = rs.getString("value");
              List<UUID> documents = uuids(rs.getArray("evidence"));
              // A fact no longer known (retired from ProfileFact) is not read back.
              ProfileFact.byName(rs.getString("fact"))
                  .ifPresent(
                      fact ->
                          facts
                              .computeIfAbsent(organisation, k -> new ArrayList<>())
                              .add(new DeclaredFact(fact, readValue(fact, value), documents)));
              return organisation;
            })
        .list();
    facts.values().forEach(list -> list.sort(Comparator.comparing(DeclaredFact::fact)));
    return facts;
  }

  /** Adds a member, or changes the role of one. */
  public void addMember(UUID organisationId, String userSubject, MemberRole role) {
    jdbc.sql(
            """
            insert into organisation_member (organisation_id, user_subject, member_role, joined_at)
            values (:organisation, :subject, :role, now())
            on conflict (organisation_id, user_subject) do update set member_role = excluded.member_role
            """)
        .param("organisation", organisationId)
        .param("subject", userSubject)
        .param("role", role.name())
        .update();
  }

  /** The members of an organisation, administrators first. */
  public List<Member> members(UUID organisationId) {
    return jdbc.sql(
            """
            select user_subject, member_role, joined_at from organisation_member
            where organisation_id = :organisation order by member_role, joined_at, user_subject
            """)
        .param("organisation", organisationId)
        .query(
            (rs, i) ->
                new Member(
                    rs.getString("user_subject"),
                    MemberRole.valueOf(rs.getString("member_role")),
                    rs.getObject("joined_at", OffsetDateTime.class)))
        .list();
  }

  /** The user's role in the organisation, if it is a member. */
  public Optional<MemberRole> roleOf(UUID organisationId, String userSubject) {
    return jdbc.sql(
            """
            select member_role from organisation_member
            where organisation_id = :organisation and user_subject = :subject
            """)
        .param("organisation", organisationId)
        .param("subject", userSubject)
        .query((rs, i) -> MemberRole.valueOf(rs.getString(1)))
        .optional();
  }

  public boolean removeMember(UUID organisationId, String userSubject) {
    return jdbc.sql(
                "delete from organisation_member where organisation_id = :organisation"
                    + " and user_subject = :subject")
            .param("organisation", organisationId)
            .param("subject", userSubject)
            .update()
        == 1;
  }

  /** Locks the organisation's membership for a change (one change at a time). */
  public void lockMembership(UUID organisationId) {
    jdbc.sql("select id from organisation where id = :id for update")
        .param("id", organisationId)
        .query(UUID.class)
        .optional();
  }

  public boolean existsByCreditCode(UnifiedSocialCreditCode code) {
    return jdbc.sql("select count(*) from organisation where credit_code = :code")
            .param("code", code.value())
            .query(Long.class)
            .single()
        > 0;
  }

  public Optional<Organisation> findByCreditCode(UnifiedSocialCreditCode code) {
    return jdbc.sql("select " + COLUMNS + " from organisation o where o.credit_code = :code")
        .param("code", code.value())
        .query(OrganisationRepository::map)
        .optional();
  }

  public Optional<Organisation> findById(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from organisation o where o.id = :id")
        .param("id", id)
        .query(OrganisationRepository::map)
        .optional();
  }

  /** The organisation if the user is one of its members. */
  public Optional<Organisation> findByIdForMember(UUID id, String userSubject) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from organisation o join organisation_member m on m.organisation_id = o.id"
                + " where o.id = :id and m.user_subject = :subject")
        .param("id", id)
        .param("subject", userSubject)
        .query(OrganisationRepository::map)
        .optional();
  }

  /** One page of every organisation, newest first, with how many there are. */
  public Page<Organisation> findAll(PageQuery page) {
    List<Organisation> rows =
        page.bind(
                jdbc.sql(
                    "select "
                        + COLUMNS
                        + " from organisation o order by o.registered_at desc, o.id desc"
                        + PageQuery.LIMIT_OFFSET))
            .query(OrganisationRepository::map)
            .list();
    long total = jdbc.sql("select count(*) from organisation").query(Long.class).single();
    return new Page<>(rows, total);
  }

  /** One page of the organisations the user is a member of, newest first, with their number. */
  public Page<Organisation> findByMember(String userSubject, PageQuery page) {
    String from =
        " from organisation o join organisation_member m on m.organisation_id = o.id"
            + " where m.user_subject = :subject";
    List<Organisation> rows =
        page.bind(
                jdbc.sql(
                        "select "
                            + COLUMNS
                            + from
                            + " order by o.registered_at desc, o.id desc"
                            + PageQuery.LIMIT_OFFSET)
                    .param("subject", userSubject))
            .query(OrganisationRepository::map)
            .list();
    long total =
        jdbc.sql("select count(*)" + from).param("subject", userSubject).query(Long.class).single();
    return new Page<>(rows, total);
  }

  private static Object readValue(ProfileFact fact, String json) {
    return switch (fact.type()) {
      case COUNT -> JSON.readValue(json, Integer.class);
      case FLAG -> JSON.readValue(json, Boolean.class);
      case CNY -> JSON.readValue(json, BigDecimal.class);
      case LEVEL -> JSON.readValue(json, String.class);
    };
  }

  private static List<UUID> uuids(java.sql.Array array) throws SQLException {
    return array == null ? List.of() : List.of((UUID[]) array.getArray());
  }

  private static Organisation map(ResultSet rs, int row) throws SQLException {
    return new Organisation(
        rs.getObject("id", UUID.class),
        UnifiedSocialCreditCode.parse(rs.getString("credit_code")),
        rs.getString("legal_name"),
        OrganisationType.valueOf(rs.getString("organisation_type")),
        Region.valueOf(rs.getString("region")),
        rs.getString("legal_representative"),
        rs.getString("registered_by"),
        rs.getObject("registered_at", OffsetDateTime.class),
        List.of(JSON.readValue(rs.getString("contacts"), Contact[].class)),
        List.of(JSON.readValue(rs.getString("industry_tags"), String[].class)),
        rs.getObject("profile_updated_at", OffsetDateTime.class));
  }
}
