package cn.gov.guizhou.ipp.applicant.application;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A document attached to an application as one of the track's materials.
 *
 * @param materialId the catalogue's material id
 * @param documentId the stored document
 * @param filename its file name
 * @param contentType its type, detected from its content
 * @param sizeBytes its size
 * @param sha256 its SHA-256
 * @param attachedBy who attached it
 * @param attachedAt when
 */
public record AttachedMaterial(
    String materialId,
    UUID documentId,
    String filename,
    String contentType,
    long sizeBytes,
    String sha256,
    String attachedBy,
    OffsetDateTime attachedAt) {}
