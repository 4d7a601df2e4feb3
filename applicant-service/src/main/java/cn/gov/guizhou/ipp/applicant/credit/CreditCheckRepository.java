package cn.gov.guizhou.ipp.applicant.credit;

import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.applicant.CreditRecordType;
import cn.gov.guizhou.ipp.kit.web.Page;
import cn.gov.guizhou.ipp.kit.web.PageQuery;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every credit check ever made, never changed. */
@Repository
public class CreditCheckRepository {

  private final JdbcClient jdbc;

  public CreditCheckRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(CreditCheck check) {
    jdbc.sql(
            """
            insert into credit_check (id, organisation_id, credit_code, registry, outcome, records,
                                      detail, checked_at, record_types, unavailable_reason)
            values (:id, :organisation, :code, :registry, :outcome, cast(:records as jsonb),
                    :detail, :at, cast(:types as jsonb), :reason)
            """)
        .param("id", check.id())
        .param("organisation", check.organisationId())
        .param("code", check.creditCode())
        .param("registry", check.registry().name())
        .param("outcome", check.outcome().name())
        .param("records", EventJson.mapper().writeValueAsString(check.records()))
        .param("detail", check.detail())
        .param("at", check.checkedAt())
        .param("types", EventJson.mapper().writeValueAsString(check.recordTypes()))
        .param(
            "reason", check.unavailableReason() == null ? null : check.unavailableReason().name())
        .update();
  }

  /** One page of the organisation's checks, newest first, with how many there are. */
  public Page<CreditCheck> forOrganisation(UUID organisationId, PageQuery page) {
    long total =
        jdbc.sql("select count(*) from credit_check where organisation_id = :organisation")
            .param("organisation", organisationId)
            .query(Long.class)
            .single();
    return new Page<>(
        page.bind(
                jdbc.sql(
                        """
                        select id, organisation_id, credit_code, registry, outcome,
                               records::text as records, detail, checked_at,
                               record_types::text as record_types, unavailable_reason
                        from credit_check where organisation_id = :organisation
                        order by checked_at desc, id desc"""
                            + PageQuery.LIMIT_OFFSET)
                    .param("organisation", organisationId))
            .query(
                (rs, i) ->
                    new CreditCheck(
                        rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("credit_code"),
                        CreditRegistry.valueOf(rs.getString("registry")),
                        CreditCheckOutcome.valueOf(rs.getString("outcome")),
                        Arrays.asList(
                            EventJson.mapper()
                                .readValue(rs.getString("records"), CreditRecord[].class)),
                        rs.getString("detail"),
                        rs.getObject("checked_at", OffsetDateTime.class),
                        Arrays.asList(
                            EventJson.mapper()
                                .readValue(rs.getString("record_types"), CreditRecordType[].class)),
                        rs.getString("unavailable_reason") == null
                            ? null
                            : UnavailableReason.valueOf(rs.getString("unavailable_reason"))))
            .list(),
        total);
  }
}
