package cn.gov.guizhou.ipp.funding.organisations;

import cn.gov.guizhou.ipp.funding.organisations.client.ApplicantServiceApi;
import cn.gov.guizhou.ipp.funding.organisations.client.ApplicantServiceClient;
import cn.gov.guizhou.ipp.kit.calls.ResilientCalls;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Service;

/**
 * Whether the caller is a member of an organisation, as applicant-service (which owns the
 * memberships) answers it for the caller's own token. When applicant-service cannot answer, the
 * answer is unknown and the request is refused as unavailable, never let through.
 */
@Service
public class Members {

  private final ApplicantServiceClient applicants;
  private final ResilientCalls calls;

  public Members(ApplicantServiceClient applicants, ResilientCalls calls) {
    this.applicants = applicants;
    this.calls = calls;
  }

  /**
   * The organisation, if the caller may act for it.
   *
   * @return empty when applicant-service says the caller may not see it
   * @throws ApplicantServiceUnavailableException when applicant-service cannot answer
   */
  public Optional<ApplicantServiceApi.OrganisationView> organisationOf(
      UUID organisationId, Authentication caller) {
    if (!(caller instanceof JwtAuthenticationToken jwt)) {
      return Optional.empty();
    }
    String bearer = "Bearer " + jwt.getToken().getTokenValue();
    return calls.idempotent(
        ApplicantServiceClient.REMOTE,
        () -> applicants.organisationAsSeenBy(bearer, organisationId),
        failure -> {
          throw new ApplicantServiceUnavailableException(
              "applicant-service could not confirm the caller's membership; try again later");
        });
  }
}
