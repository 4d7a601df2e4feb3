package cn.gov.guizhou.ipp.funding.organisations;

import cn.gov.guizhou.ipp.funding.organisations.client.ApplicantServiceApi;
import cn.gov.guizhou.ipp.funding.organisations.client.ApplicantServiceClient;
import cn.gov.guizhou.ipp.kit.calls.ResilientCalls;
import feign.FeignException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Whether the caller is a member of an organisation, as applicant-service (which owns the
 * memberships) answers it for the caller's own token. When applicant-service cannot answer, the
 * answer is unknown and the request is refused as unavailable, never let through.
 */
@Service
public class Members {

  private final ApplicantServiceApi applicants;
  private final ResilientCalls calls;

  public Members(ApplicantServiceClient applicants, ResilientCalls calls) {
    this.applicants = applicants.api();
    this.calls = calls;
  }

  /**
   * The organisation, if the caller may act for it.
   *
   * @return empty when applicant-service says the caller may not see it
   * @throws ResponseStatusException 503 when applicant-service cannot answer
   */
  public Optional<ApplicantServiceApi.OrganisationView> organisationOf(
      UUID organisationId, Authentication caller) {
    if (!(caller instanceof JwtAuthenticationToken jwt)) {
      return Optional.empty();
    }
    String bearer = "Bearer " + jwt.getToken().getTokenValue();
    return calls.idempotent(
        ApplicantServiceClient.REMOTE,
        () -> {
          try {
            return Optional.of(applicants.organisation(bearer, organisationId));
          } catch (FeignException.Forbidden | FeignException.NotFound e) {
            return Optional.empty();
          }
        },
        failure -> {
          throw new ResponseStatusException(
              HttpStatus.SERVICE_UNAVAILABLE,
              "applicant-service could not confirm the caller's membership; try again later");
        });
  }
}
