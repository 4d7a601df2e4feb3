package cn.gov.guizhou.ipp.monitoring.projects;

import cn.gov.guizhou.ipp.contracts.applicant.ImplementationPlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A funded project under monitoring.
 *
 * @param projectId the awarded application (also the grant's id in funding-service)
 * @param reference its human reference
 * @param callYear the call's year
 * @param trackCode the track
 * @param organisationId the funded unit
 * @param creditCode its credit code
 * @param awardedAmount the award, CNY
 * @param status ACTIVE or CLOSED (after its acceptance)
 * @param firmClientId the risk-control firm assigned, if any
 * @param colour GREEN, YELLOW or RED
 * @param colourReasons why
 * @param colourRules the rules' version that gave the colour
 * @param implementationStart when its work starts, as planned
 * @param implementationEnd when it ends
 * @param plan its plan from the application, null when not known
 * @param startedAt when monitoring started
 */
public record MonitoredProject(
    UUID projectId,
    String reference,
    int callYear,
    String trackCode,
    UUID organisationId,
    String creditCode,
    BigDecimal awardedAmount,
    String status,
    String firmClientId,
    String colour,
    List<String> colourReasons,
    String colourRules,
    LocalDate implementationStart,
    LocalDate implementationEnd,
    ImplementationPlan plan,
    OffsetDateTime startedAt) {}
