package cn.gov.guizhou.ipp.contracts;

import cn.gov.guizhou.ipp.contracts.applicant.ApplicationStatusReportedV1;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationSubmittedV1;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationWithdrawnV1;
import cn.gov.guizhou.ipp.contracts.applicant.CreditCheckCompletedV1;
import cn.gov.guizhou.ipp.contracts.applicant.OrganisationBarredV1;
import cn.gov.guizhou.ipp.contracts.applicant.OrganisationRegisteredV1;
import cn.gov.guizhou.ipp.contracts.applicant.OrganisationUpdatedV1;
import cn.gov.guizhou.ipp.contracts.applicant.ParticipantConfirmedV1;
import cn.gov.guizhou.ipp.contracts.funding.ExpenditureRecordedV1;
import cn.gov.guizhou.ipp.contracts.funding.FundsDisbursedV1;
import cn.gov.guizhou.ipp.contracts.funding.RecoveryOrderedV1;
import cn.gov.guizhou.ipp.contracts.funding.SecuritisationClaimRefusedV1;
import cn.gov.guizhou.ipp.contracts.funding.SecuritisationReservationChangedV1;
import cn.gov.guizhou.ipp.contracts.monitoring.RiskAlertChangedV1;
import cn.gov.guizhou.ipp.contracts.programme.CallPublishedV1;
import cn.gov.guizhou.ipp.contracts.programme.CallStateChangedV1;
import cn.gov.guizhou.ipp.contracts.review.AcceptanceConcludedV1;
import cn.gov.guizhou.ipp.contracts.review.AwardDecidedV1;
import cn.gov.guizhou.ipp.contracts.review.EvaluationConcludedV1;
import java.util.List;
import java.util.Optional;

/** Every event the platform publishes, with its topic and payload record. */
public final class EventCatalogue {

  public static final EventDefinition<OrganisationRegisteredV1> ORGANISATION_REGISTERED =
      new EventDefinition<>(
          EventTypes.ORGANISATION_REGISTERED_V1,
          Topics.APPLICANT_ORGANISATIONS,
          OrganisationRegisteredV1.class);

  public static final EventDefinition<OrganisationUpdatedV1> ORGANISATION_UPDATED =
      new EventDefinition<>(
          EventTypes.ORGANISATION_UPDATED_V1,
          Topics.APPLICANT_ORGANISATIONS,
          OrganisationUpdatedV1.class);

  public static final EventDefinition<OrganisationBarredV1> ORGANISATION_BARRED =
      new EventDefinition<>(
          EventTypes.ORGANISATION_BARRED_V1,
          Topics.APPLICANT_ORGANISATIONS,
          OrganisationBarredV1.class);

  public static final EventDefinition<CreditCheckCompletedV1> CREDIT_CHECK_COMPLETED =
      new EventDefinition<>(
          EventTypes.CREDIT_CHECK_COMPLETED_V1,
          Topics.APPLICANT_ORGANISATIONS,
          CreditCheckCompletedV1.class);

  public static final EventDefinition<ApplicationSubmittedV1> APPLICATION_SUBMITTED =
      new EventDefinition<>(
          EventTypes.APPLICATION_SUBMITTED_V1,
          Topics.APPLICANT_APPLICATIONS,
          ApplicationSubmittedV1.class);

  public static final EventDefinition<ApplicationWithdrawnV1> APPLICATION_WITHDRAWN =
      new EventDefinition<>(
          EventTypes.APPLICATION_WITHDRAWN_V1,
          Topics.APPLICANT_APPLICATIONS,
          ApplicationWithdrawnV1.class);

  public static final EventDefinition<ParticipantConfirmedV1> PARTICIPANT_CONFIRMED =
      new EventDefinition<>(
          EventTypes.PARTICIPANT_CONFIRMED_V1,
          Topics.APPLICANT_APPLICATIONS,
          ParticipantConfirmedV1.class);

  public static final EventDefinition<ApplicationStatusReportedV1> APPLICATION_STATUS_REPORTED =
      new EventDefinition<>(
          EventTypes.APPLICATION_STATUS_REPORTED_V1,
          Topics.APPLICATION_PROGRESS,
          ApplicationStatusReportedV1.class);

  public static final EventDefinition<AwardDecidedV1> AWARD_DECIDED =
      new EventDefinition<>(
          EventTypes.AWARD_DECIDED_V1, Topics.REVIEW_AWARDS, AwardDecidedV1.class);

  public static final EventDefinition<EvaluationConcludedV1> EVALUATION_CONCLUDED =
      new EventDefinition<>(
          EventTypes.EVALUATION_CONCLUDED_V1, Topics.REVIEW_AWARDS, EvaluationConcludedV1.class);

  public static final EventDefinition<AcceptanceConcludedV1> ACCEPTANCE_CONCLUDED =
      new EventDefinition<>(
          EventTypes.ACCEPTANCE_CONCLUDED_V1, Topics.REVIEW_AWARDS, AcceptanceConcludedV1.class);

  public static final EventDefinition<CallPublishedV1> CALL_PUBLISHED =
      new EventDefinition<>(
          EventTypes.CALL_PUBLISHED_V1, Topics.PROGRAM_CALLS, CallPublishedV1.class);

  public static final EventDefinition<CallStateChangedV1> CALL_STATE_CHANGED =
      new EventDefinition<>(
          EventTypes.CALL_STATE_CHANGED_V1, Topics.PROGRAM_CALLS, CallStateChangedV1.class);

  public static final EventDefinition<FundsDisbursedV1> FUNDS_DISBURSED =
      new EventDefinition<>(
          EventTypes.FUNDS_DISBURSED_V1, Topics.FUNDING_PAYMENTS, FundsDisbursedV1.class);

  public static final EventDefinition<RecoveryOrderedV1> RECOVERY_ORDERED =
      new EventDefinition<>(
          EventTypes.RECOVERY_ORDERED_V1, Topics.FUNDING_PAYMENTS, RecoveryOrderedV1.class);

  public static final EventDefinition<ExpenditureRecordedV1> EXPENDITURE_RECORDED =
      new EventDefinition<>(
          EventTypes.EXPENDITURE_RECORDED_V1,
          Topics.FUNDING_EXPENDITURES,
          ExpenditureRecordedV1.class);

  public static final EventDefinition<RiskAlertChangedV1> RISK_ALERT_CHANGED =
      new EventDefinition<>(
          EventTypes.RISK_ALERT_CHANGED_V1, Topics.MONITORING_ALERTS, RiskAlertChangedV1.class);

  public static final EventDefinition<SecuritisationClaimRefusedV1> SECURITISATION_CLAIM_REFUSED =
      new EventDefinition<>(
          EventTypes.SECURITISATION_CLAIM_REFUSED_V1,
          Topics.FUNDING_PAYMENTS,
          SecuritisationClaimRefusedV1.class);

  public static final EventDefinition<SecuritisationReservationChangedV1>
      SECURITISATION_RESERVATION_CHANGED =
          new EventDefinition<>(
              EventTypes.SECURITISATION_RESERVATION_CHANGED_V1,
              Topics.FUNDING_PAYMENTS,
              SecuritisationReservationChangedV1.class);

  private static final List<EventDefinition<?>> ALL =
      List.of(
          ORGANISATION_REGISTERED,
          ORGANISATION_UPDATED,
          ORGANISATION_BARRED,
          CREDIT_CHECK_COMPLETED,
          APPLICATION_SUBMITTED,
          APPLICATION_WITHDRAWN,
          PARTICIPANT_CONFIRMED,
          APPLICATION_STATUS_REPORTED,
          AWARD_DECIDED,
          EVALUATION_CONCLUDED,
          ACCEPTANCE_CONCLUDED,
          CALL_PUBLISHED,
          CALL_STATE_CHANGED,
          FUNDS_DISBURSED,
          RECOVERY_ORDERED,
          EXPENDITURE_RECORDED,
          RISK_ALERT_CHANGED,
          SECURITISATION_CLAIM_REFUSED,
          SECURITISATION_RESERVATION_CHANGED);

  private EventCatalogue() {}

  public static List<EventDefinition<?>> all() {
    return ALL;
  }

  public static Optional<EventDefinition<?>> byType(String type) {
    return ALL.stream().filter(d -> d.type().equals(type)).findFirst();
  }

  /** The definition whose payload is {@code payloadClass}; fails for an unregistered class. */
  @SuppressWarnings("unchecked")
  public static <T extends IntegrationEvent> EventDefinition<T> forPayload(Class<T> payloadClass) {
    return (EventDefinition<T>)
        ALL.stream()
            .filter(d -> d.payload().equals(payloadClass))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no event type is registered for " + payloadClass.getName()));
  }
}
