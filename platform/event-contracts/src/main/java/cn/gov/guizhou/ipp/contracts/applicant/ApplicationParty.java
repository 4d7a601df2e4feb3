package cn.gov.guizhou.ipp.contracts.applicant;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An organisation taking part in an application: its lead unit or a participant.
 *
 * @param organisationId platform id of the organisation
 * @param creditCode its unified social credit code
 * @param legalName its registered legal name
 * @param organisationType its applicant unit type
 * @param role LEAD, or the participant's role as the lead names it (e.g. 合作单位, 产业链企业)
 * @param divisionOfWork what it does in the project (null for the lead)
 * @param confirmedAt when its administrator confirmed taking part (null for the lead)
 */
public record ApplicationParty(
    UUID organisationId,
    String creditCode,
    String legalName,
    String organisationType,
    String role,
    String divisionOfWork,
    OffsetDateTime confirmedAt) {}
