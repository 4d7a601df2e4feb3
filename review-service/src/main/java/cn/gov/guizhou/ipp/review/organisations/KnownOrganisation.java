package cn.gov.guizhou.ipp.review.organisations;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An organisation as review-service records it for conflict-of-interest checks.
 *
 * @param organisationId applicant-service's id of the organisation
 * @param creditCode unified social credit code
 * @param legalName legal name
 * @param organisationType kind of applicant unit
 * @param region region code
 * @param registeredAt when it registered on the platform
 */
public record KnownOrganisation(
    UUID organisationId,
    String creditCode,
    String legalName,
    String organisationType,
    String region,
    OffsetDateTime registeredAt) {}
