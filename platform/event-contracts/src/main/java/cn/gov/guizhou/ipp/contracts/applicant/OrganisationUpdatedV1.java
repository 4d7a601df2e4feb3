package cn.gov.guizhou.ipp.contracts.applicant;

import cn.gov.guizhou.ipp.contracts.IntegrationEvent;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An organisation's profile changed: its industry tags and the profile facts eligibility reads,
 * each with the documents that evidence it. Carries the whole profile as it now stands (not the
 * difference), without personal data: contacts are not published.
 *
 * @param organisationId platform id of the organisation
 * @param creditCode its unified social credit code
 * @param legalName its registered legal name
 * @param organisationType one of the applicant unit types of the guide
 * @param region a Guizhou prefecture, 贵安新区, or OUTSIDE_PROVINCE
 * @param industryTags its industry tags, trimmed and without duplicates
 * @param facts the profile facts it declares; an undeclared fact is absent
 * @param updatedAt when the profile changed
 */
public record OrganisationUpdatedV1(
    UUID organisationId,
    String creditCode,
    String legalName,
    String organisationType,
    String region,
    List<String> industryTags,
    ProfileFacts facts,
    OffsetDateTime updatedAt)
    implements IntegrationEvent {

  @Override
  public String aggregateId() {
    return organisationId.toString();
  }

  /**
   * The declared profile facts, named as the programme catalogue's eligibility criteria read them.
   * A fact the organisation has not declared is absent (null); more facts may be added.
   *
   * @param validPatentCount number of valid patents (有效专利数)
   * @param hasProvincialPlatform has a provincial-or-higher innovation platform (省级以上创新平台)
   * @param inNationalDemonstrationList in the national IP demonstration list (国家知识产权示范名单)
   * @param revenue2026 operating revenue of 2026 in CNY (2026年度营业收入)
   * @param inStatistics entered in the statistics (入库纳统)
   * @param giRightsHolderLevel level of a geographical-indication rights holder: PROVINCIAL,
   *     PREFECTURE or COUNTY
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ProfileFacts(
      Fact<Integer> validPatentCount,
      Fact<Boolean> hasProvincialPlatform,
      Fact<Boolean> inNationalDemonstrationList,
      Fact<BigDecimal> revenue2026,
      Fact<Boolean> inStatistics,
      Fact<String> giRightsHolderLevel) {}

  /**
   * One declared fact.
   *
   * @param value the declared value
   * @param evidence ids of the organisation's documents that evidence it; empty if none
   * @param <T> the value's type
   */
  public record Fact<T>(T value, List<UUID> evidence) {

    public Fact {
      evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
  }
}
