package cn.gov.guizhou.ipp.monitoring.reports;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A report a risk-control firm uploaded.
 *
 * @param id the report
 * @param firmClientId the firm's client
 * @param kind QUARTERLY, SEMI_ANNUAL, EVALUATION or OTHER
 * @param period {@code 2027-Q2}, {@code 2027-H1} or {@code 2027}
 * @param title its title
 * @param filename the file's name
 * @param contentType its type, told from the content
 * @param sizeBytes its size
 * @param sha256 its SHA-256, lower-case hex
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 */
public record FirmReport(
    UUID id,
    String firmClientId,
    String kind,
    String period,
    String title,
    String filename,
    String contentType,
    long sizeBytes,
    String sha256,
    String uploadedBy,
    OffsetDateTime uploadedAt) {}
