package cn.gov.guizhou.ipp.kit.members;

import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/** applicant-service's organisations, as a caller sees them. */
public interface OrganisationDirectoryApi {

  /**
   * An organisation as its member (or bureau staff) sees it, asked with the caller's own token: an
   * answer means the caller may see it; 403 or 404 means not.
   */
  @GetMapping("/api/organisations/{id}")
  OrganisationView organisation(
      @RequestHeader("Authorization") String authorization, @PathVariable("id") UUID id);

  /**
   * An organisation.
   *
   * @param id its id
   * @param creditCode its credit code
   * @param legalName its legal name
   * @param type its type (ENTERPRISE, ...)
   * @param region where it declares it is registered: a Guizhou prefecture, GUIAN_NEW_AREA or
   *     OUTSIDE_PROVINCE; null when applicant-service did not say
   */
  record OrganisationView(
      UUID id, String creditCode, String legalName, String type, String region) {}
}
