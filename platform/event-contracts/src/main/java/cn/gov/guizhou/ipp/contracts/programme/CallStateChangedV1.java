package cn.gov.guizhou.ipp.contracts.programme;

import cn.gov.guizhou.ipp.contracts.IntegrationEvent;
import java.time.OffsetDateTime;

/**
 * A call moved in its life cycle (published → open → closed → archived) or its application window
 * changed. applicant-service accepts submissions only while a call is open and inside its window.
 *
 * @param year the call's year
 * @param state its state now: PUBLISHED, OPEN, CLOSED or ARCHIVED
 * @param ruleVersion the version of its rules in force
 * @param applicationOpensAt when applications open (Asia/Shanghai business time), if set
 * @param applicationClosesAt when applications close, if set
 * @param changedAt when the change was made
 */
public record CallStateChangedV1(
    int year,
    String state,
    int ruleVersion,
    OffsetDateTime applicationOpensAt,
    OffsetDateTime applicationClosesAt,
    OffsetDateTime changedAt)
    implements IntegrationEvent {

  /** One aggregate per call year, the same key as {@link CallPublishedV1}. */
  @Override
  public String aggregateId() {
    return String.valueOf(year);
  }
}
