package cn.gov.guizhou.ipp.applicant.credit;

import cn.gov.guizhou.ipp.applicant.credit.client.CreditRegistryApi.RegistryAnswer;
import cn.gov.guizhou.ipp.applicant.credit.client.CreditRegistryClients;
import cn.gov.guizhou.ipp.applicant.credit.client.RegistryFailures;
import cn.gov.guizhou.ipp.applicant.organisation.Organisation;
import cn.gov.guizhou.ipp.applicant.organisation.OrganisationRepository;
import cn.gov.guizhou.ipp.applicant.organisation.OrganisationService;
import cn.gov.guizhou.ipp.contracts.identity.UnifiedSocialCreditCode;
import cn.gov.guizhou.ipp.contracts.programme.TrackRules;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.calls.ResilientCalls;
import cn.gov.guizhou.ipp.kit.events.OutboxEventPublisher;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import cn.gov.guizhou.ipp.kit.web.Page;
import cn.gov.guizhou.ipp.kit.web.PageQuery;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks an organisation's credit on the registry the guide names for its type. The registry is
 * called outside any database transaction (a slow registry must not hold a connection), behind its
 * circuit breaker, retried since asking again is harmless; a failure, a timeout, an open breaker or
 * an unusable answer ends the check UNAVAILABLE — never CLEAR.
 */
@Service
public class CreditCheckService {

  private final OrganisationService organisations;
  private final OrganisationRepository organisationRepository;
  private final CreditRegistryClients registries;
  private final ResilientCalls calls;
  private final CreditCheckRepository checks;
  private final AuditTrail audit;
  private final OutboxEventPublisher events;
  private final TransactionTemplate transactions;
  private final Clock clock;

  public CreditCheckService(
      OrganisationService organisations,
      OrganisationRepository organisationRepository,
      CreditRegistryClients registries,
      ResilientCalls calls,
      CreditCheckRepository checks,
      AuditTrail audit,
      OutboxEventPublisher events,
      PlatformTransactionManager transactionManager,
      Clock clock) {
    this.organisations = organisations;
    this.organisationRepository = organisationRepository;
    this.registries = registries;
    this.calls = calls;
    this.checks = checks;
    this.audit = audit;
    this.events = events;
    // A check is a fact of its own: it is kept even when the request that ran it is refused.
    this.transactions = new TransactionTemplate(transactionManager);
    this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** Runs a fresh check of an organisation the caller may see, and keeps the result. */
  public CreditCheck check(UUID organisationId, CurrentUser caller) {
    return run(organisations.get(organisationId, caller));
  }

  /**
   * Runs a fresh check another service asks for (before an award, before a disbursement), by the
   * organisation's credit code, on the registry the track names for its type, or outside any track
   * when {@code rules} is null.
   *
   * @throws NotFoundException if no organisation with the code is registered
   */
  public CreditCheck checkOnRequest(UnifiedSocialCreditCode code, TrackRules rules) {
    Organisation organisation =
        organisationRepository
            .findByCreditCode(code)
            .orElseThrow(
                () -> new NotFoundException(OrganisationService.OBJECT_TYPE, code.value()));
    return run(organisation, CreditRegistry.of(organisation.type(), rules));
  }

  /**
   * Runs a fresh check of an organisation outside any track and keeps the result, committed on its
   * own whatever happens to the request that ran it.
   */
  public CreditCheck run(Organisation organisation) {
    return run(organisation, CreditRegistry.of(organisation.type()));
  }

  /**
   * Runs a fresh check of an organisation on {@code registry} and keeps the result, committed on
   * its own whatever happens to the request that ran it. A registry that does not answer within its
   * timeout, fails, is behind an open breaker or answers unreadably makes the check UNAVAILABLE.
   */
  public CreditCheck run(Organisation organisation, CreditRegistry registry) {
    CreditCheck check = ask(organisation, registry);
    transactions.executeWithoutResult(status -> keep(check));
    return check;
  }

  /**
   * Asks {@code registry} about an organisation, outside any transaction, and returns the check
   * without keeping it: the caller keeps it with {@link #keep} in a transaction of its choice.
   */
  public CreditCheck ask(Organisation organisation, CreditRegistry registry) {
    return ask(organisation, registry, registry.remote());
  }

  /**
   * Like {@link #ask}, for work in the background (the check after a registration): behind a
   * circuit breaker of its own ({@value #BACKGROUND_SUFFIX} after the registry's remote), asked
   * once (the follow-up job is retried itself), so checks retried for as long as a registry fails
   * never open the breaker of the checks people wait for.
   */
  public CreditCheck askInBackground(Organisation organisation, CreditRegistry registry) {
    return ask(organisation, registry, registry.remote() + BACKGROUND_SUFFIX);
  }

  /** Suffix of the breaker and retry instances of background checks. */
  public static final String BACKGROUND_SUFFIX = "-follow-up";

  private CreditCheck ask(Organisation organisation, CreditRegistry registry, String breaker) {
    UUID organisationId = organisation.id();
    String code = organisation.creditCode().value();
    CreditFinding finding =
        calls.idempotent(
            breaker,
            () -> {
              RegistryAnswer answer = registries.of(registry).recordsOf(code);
              return answer == null
                  ? CreditFinding.judge(registry, code, null, null)
                  : CreditFinding.judge(registry, code, answer.creditCode(), answer.records());
            },
            failure -> {
              UnavailableReason reason = RegistryFailures.reasonOf(failure);
              return CreditFinding.unavailable(
                  reason,
                  "registry unavailable: "
                      + reason
                      + " ("
                      + failure.getClass().getSimpleName()
                      + ")");
            });
    return new CreditCheck(
        UUID.randomUUID(),
        organisationId,
        code,
        registry,
        finding.outcome(),
        finding.records(),
        finding.detail(),
        OffsetDateTime.now(clock),
        finding.recordTypes(),
        finding.unavailableReason());
  }

  /**
   * Keeps a check made by {@link #ask}, in the caller's transaction: the check, its {@code
   * credit-check.completed.v1} event and its audit record (on behalf of the current caller).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void keep(CreditCheck check) {
    checks.insert(check);
    events.publish(check.completed());
    audit.recordChange(
        "credit-check." + check.outcome().name().toLowerCase(java.util.Locale.ROOT),
        OrganisationService.OBJECT_TYPE,
        check.organisationId(),
        check.organisationId());
  }

  /**
   * One page of the organisation's checks, newest first, if the caller may see the organisation.
   */
  public Page<CreditCheck> history(UUID organisationId, PageQuery page, CurrentUser caller) {
    organisations.get(organisationId, caller);
    return checks.forOrganisation(organisationId, page);
  }
}
