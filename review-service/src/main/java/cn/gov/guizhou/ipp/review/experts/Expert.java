package cn.gov.guizhou.ipp.review.experts;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An expert of the pool, linked to a platform user.
 *
 * @param id the expert's id
 * @param userSubject the platform user (the token's subject)
 * @param name the expert's name
 * @param organisationCreditCode the credit code of the expert's organisation
 * @param region where the expert works
 * @param industryTags fields of expertise
 * @param trackCodes the tracks the expert reviews
 * @param maxAssignmentsPerCall how many applications of one call the expert takes at most
 * @param active whether the expert is drawn
 * @param registeredAt when the expert joined the pool
 */
public record Expert(
    UUID id,
    String userSubject,
    String name,
    String organisationCreditCode,
    String region,
    List<String> industryTags,
    List<String> trackCodes,
    int maxAssignmentsPerCall,
    boolean active,
    OffsetDateTime registeredAt) {

  public Expert {
    industryTags = industryTags == null ? List.of() : List.copyOf(industryTags);
    trackCodes = trackCodes == null ? List.of() : List.copyOf(trackCodes);
  }
}
