package cn.gov.guizhou.ipp.contracts;

/** CloudEvents {@code type} values. The version suffix matches the payload record's name. */
public final class EventTypes {

  /** Prefix shared by every event type of the platform. */
  public static final String PREFIX = "cn.gov.guizhou.ipp.";

  public static final String ORGANISATION_REGISTERED_V1 = PREFIX + "organisation.registered.v1";

  public static final String ORGANISATION_UPDATED_V1 = PREFIX + "organisation.updated.v1";

  public static final String ORGANISATION_BARRED_V1 = PREFIX + "organisation.barred.v1";

  public static final String CREDIT_CHECK_COMPLETED_V1 = PREFIX + "credit-check.completed.v1";

  public static final String APPLICATION_SUBMITTED_V1 = PREFIX + "application.submitted.v1";

  public static final String APPLICATION_WITHDRAWN_V1 = PREFIX + "application.withdrawn.v1";

  public static final String PARTICIPANT_CONFIRMED_V1 =
      PREFIX + "application.participant-confirmed.v1";

  public static final String APPLICATION_STATUS_REPORTED_V1 =
      PREFIX + "application.status-reported.v1";

  public static final String AWARD_DECIDED_V1 = PREFIX + "award.decided.v1";

  public static final String EVALUATION_CONCLUDED_V1 = PREFIX + "evaluation.concluded.v1";

  public static final String ACCEPTANCE_CONCLUDED_V1 = PREFIX + "acceptance.concluded.v1";

  public static final String CALL_PUBLISHED_V1 = PREFIX + "call.published.v1";

  public static final String CALL_STATE_CHANGED_V1 = PREFIX + "call.state-changed.v1";

  public static final String FUNDS_DISBURSED_V1 = PREFIX + "funds.disbursed.v1";

  public static final String RECOVERY_ORDERED_V1 = PREFIX + "recovery.ordered.v1";

  public static final String EXPENDITURE_RECORDED_V1 = PREFIX + "expenditure.recorded.v1";

  public static final String RISK_ALERT_CHANGED_V1 = PREFIX + "risk-alert.changed.v1";

  public static final String SECURITISATION_CLAIM_REFUSED_V1 =
      PREFIX + "securitisation-claim.refused.v1";

  public static final String SECURITISATION_RESERVATION_CHANGED_V1 =
      PREFIX + "securitisation-claim.reservation-changed.v1";

  private EventTypes() {}
}
