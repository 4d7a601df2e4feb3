package cn.gov.guizhou.ipp.review.organisations;

import cn.gov.guizhou.ipp.contracts.applicant.OrganisationRegisteredV1;
import cn.gov.guizhou.ipp.contracts.applicant.OrganisationUpdatedV1;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisations known to review-service, keyed by their credit code. */
@Repository
public class OrganisationDirectory {

  private final JdbcClient jdbc;

  public OrganisationDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records a registration; a registration seen before leaves the record as it is. */
  public void record(OrganisationRegisteredV1 event) {
    jdbc.sql(
            """
            insert into known_organisation
              (organisation_id, credit_code, legal_name, organisation_type, region, registered_at)
            values (:id, :code, :name, :type, :region, :at)
            on conflict (organisation_id) do nothing
            """)
        .param("id", event.organisationId())
        .param("code", event.creditCode())
        .param("name", event.legalName())
        .param("type", event.organisationType())
        .param("region", event.region())
        .param("at", event.registeredAt())
        .update();
  }

  /**
   * Records a profile change: the legal name, type and region as they now stand (the region is the
   * unit a prefecture-level application is ranked as). An organisation not seen before is recorded,
   * registered when the change was made.
   */
  public void record(OrganisationUpdatedV1 event) {
    jdbc.sql(
            """
            insert into known_organisation
              (organisation_id, credit_code, legal_name, organisation_type, region, registered_at)
            values (:id, :code, :name, :type, :region, :at)
            on conflict (organisation_id) do update
              set legal_name = excluded.legal_name, organisation_type = excluded.organisation_type,
                  region = excluded.region
            """)
        .param("id", event.organisationId())
        .param("code", event.creditCode())
        .param("name", event.legalName())
        .param("type", event.organisationType())
        .param("region", event.region())
        .param("at", event.updatedAt())
        .update();
  }

  public Optional<KnownOrganisation> findByCreditCode(String creditCode) {
    return jdbc.sql(
            """
            select organisation_id, credit_code, legal_name, organisation_type, region, registered_at
            from known_organisation where credit_code = :code
            """)
        .param("code", creditCode)
        .query(
            (rs, i) ->
                new KnownOrganisation(
                    rs.getObject("organisation_id", UUID.class),
                    rs.getString("credit_code"),
                    rs.getString("legal_name"),
                    rs.getString("organisation_type"),
                    rs.getString("region"),
                    rs.getObject("registered_at", OffsetDateTime.class)))
        .optional();
  }
}
