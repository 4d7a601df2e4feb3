package cn.gov.guizhou.ipp.kit.audit;

import java.time.OffsetDateTime;

/**
 * One entry of the audit trail.
 *
 * @param id sequence number
 * @param occurredAt when (UTC)
 * @param subject the token's {@code sub}, or null for a request without a valid token
 * @param clientId the token's {@code azp}
 * @param organisationId the organisation acted for, if any
 * @param action what was done or attempted (e.g. {@code organisation.register}, {@code GET
 *     /api/organisations})
 * @param objectType kind of object, if one
 * @param objectId the object's id, if one
 * @param outcome how it ended
 * @param correlationId the request's trace id
 * @param detail why a refused request was refused, and the path it concerned
 */
public record AuditRecord(
    long id,
    OffsetDateTime occurredAt,
    String subject,
    String clientId,
    String organisationId,
    String action,
    String objectType,
    String objectId,
    AuditOutcome outcome,
    String correlationId,
    String detail) {}
