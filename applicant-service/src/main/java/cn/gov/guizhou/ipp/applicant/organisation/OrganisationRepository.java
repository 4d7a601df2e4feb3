package cn.gov.guizhou.ipp.applicant.organisation;

import cn.gov.guizhou.ipp.contracts.identity.UnifiedSocialCreditCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisations and their members, in applicant-service's database. */
@Repository
public class OrganisationRepository {

  private static final String COLUMNS =
      "o.id, o.credit_code, o.legal_name, o.organisation_type, o.region,"
          + " o.legal_representative, o.registered_by, o.registered_at";

  private final JdbcClient jdbc;

  public OrganisationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(Organisation organisation) {
    jdbc.sql(
            """
            insert into organisation (id, credit_code, legal_name, organisation_type, region,
                                      legal_representative, registered_by, registered_at)
            values (:id, :code, :name, :type, :region, :representative, :by, :at)
            """)
        .param("id", organisation.id())
        .param("code", organisation.creditCode().value())
        .param("name", organisation.legalName())
        .param("type", organisation.type().name())
        .param("region", organisation.region().name())
        .param("representative", organisation.legalRepresentative())
        .param("by", organisation.registeredBy())
        .param("at", organisation.registeredAt())
        .update();
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

  public List<Organisation> findAll() {
    return jdbc.sql("select " + COLUMNS + " from organisation o order by o.registered_at, o.id")
        .query(OrganisationRepository::map)
        .list();
  }

  public List<Organisation> findByMember(String userSubject) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from organisation o join organisation_member m on m.organisation_id = o.id"
                + " where m.user_subject = :subject order by o.registered_at, o.id")
        .param("subject", userSubject)
        .query(OrganisationRepository::map)
        .list();
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
        rs.getObject("registered_at", OffsetDateTime.class));
  }
}
