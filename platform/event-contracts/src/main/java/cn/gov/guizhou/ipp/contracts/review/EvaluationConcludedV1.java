package cn.gov.guizhou.ipp.contracts.review;

import cn.gov.guizhou.ipp.contracts.IntegrationEvent;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A yearly evaluation of a funded project was concluded: for GI-BRAND the year-1 evaluation that
 * releases (or not) the year-2 funding; for DATA-IP-LEADER the year-1 evaluation (excellent → the
 * provincial project library and a task agreement) and the year-2 and year-3 evaluations that
 * select the best for their subsidy. funding-service pays {@code fundedAmount} as a new tranche.
 *
 * @param applicationId the funded application
 * @param reference its human reference
 * @param callYear the call's year
 * @param trackCode GI-BRAND or DATA-IP-LEADER
 * @param leadOrganisationId the lead unit
 * @param evaluationYear which year of the project was evaluated (1, 2 or 3)
 * @param outcome TARGETS_MET, TARGETS_NOT_MET, EXCELLENT, NOT_EXCELLENT, SELECTED or NOT_SELECTED
 * @param score the evaluation score out of 100, where scored
 * @param fundedAmount the money the evaluation releases, CNY (zero when none)
 * @param note the evaluators' conclusion
 * @param concludedAt when
 */
public record EvaluationConcludedV1(
    UUID applicationId,
    String reference,
    int callYear,
    String trackCode,
    UUID leadOrganisationId,
    int evaluationYear,
    String outcome,
    BigDecimal score,
    BigDecimal fundedAmount,
    String note,
    OffsetDateTime concludedAt)
    implements IntegrationEvent {

  @Override
  public String aggregateId() {
    return applicationId.toString();
  }
}
