package cn.gov.guizhou.ipp.applicant.application;

import cn.gov.guizhou.ipp.applicant.call.CallInForce;
import cn.gov.guizhou.ipp.applicant.call.CallRules;
import cn.gov.guizhou.ipp.applicant.call.TrackInForce;
import cn.gov.guizhou.ipp.applicant.credit.CreditCheck;
import cn.gov.guizhou.ipp.applicant.credit.CreditCheckOutcome;
import cn.gov.guizhou.ipp.applicant.credit.CreditCheckService;
import cn.gov.guizhou.ipp.applicant.credit.CreditRegistry;
import cn.gov.guizhou.ipp.applicant.organisation.DeclaredFact;
import cn.gov.guizhou.ipp.applicant.organisation.Organisation;
import cn.gov.guizhou.ipp.applicant.organisation.OrganisationProfiles;
import cn.gov.guizhou.ipp.applicant.organisation.OrganisationRepository;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationParty;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationSubmittedV1;
import cn.gov.guizhou.ipp.contracts.programme.ApplicantProfile;
import cn.gov.guizhou.ipp.contracts.programme.ApplicationRules.UnmetPartnerRule;
import cn.gov.guizhou.ipp.contracts.programme.Criterion;
import cn.gov.guizhou.ipp.contracts.programme.Eligibility;
import cn.gov.guizhou.ipp.contracts.programme.Exclusivity;
import cn.gov.guizhou.ipp.contracts.programme.Material;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.events.OutboxEventPublisher;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.ConflictException;
import cn.gov.guizhou.ipp.kit.web.FieldViolation;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submits a draft — once, by an administrator of the lead unit — after judging it at the call's
 * rule version in force. It refuses with 409, saying why: a call not open or outside its window, a
 * second application of the lead for the same track, an application that breaks a call-wide
 * exclusivity rule (the risk-control project's applicant applies for nothing else, and the
 * reverse), a barred lead unit, a participant that has not confirmed, a credit check that found
 * records of the guide's types (or a code the registry does not know); with 503 (retryable) a
 * credit check the registry could not answer in time. It refuses with 422 what the application
 * itself lacks — each field and each failing eligibility criterion listed — a fixed-amount track's
 * request other than its amount, a deciding self-declared fact without evidence. Criteria that only
 * a programme officer can judge, and those the lead's self-declared facts meet, go to the formal
 * check with the submitted event.
 */
@Service
public class Submission {

  private static final Logger log = LoggerFactory.getLogger(Submission.class);

  private final ApplicationRepository applications;
  private final ApplicationAccess access;
  private final ApplicationService views;
  private final OrganisationRepository organisations;
  private final OrganisationProfiles profiles;
  private final CallRules callRules;
  private final CreditCheckService credit;
  private final OrganisationBars bars;
  private final OutboxEventPublisher events;
  private final AuditTrail audit;
  private final TransactionTemplate transactions;
  private final Clock clock;

  public Submission(
      ApplicationRepository applications,
      ApplicationAccess access,
      ApplicationService views,
      OrganisationRepository organisations,
      OrganisationProfiles profiles,
      CallRules callRules,
      CreditCheckService credit,
      OrganisationBars bars,
      OutboxEventPublisher events,
      AuditTrail audit,
      TransactionTemplate transactions,
      Clock clock) {
    this.applications = applications;
    this.access = access;
    this.views = views;
    this.organisations = organisations;
    this.profiles = profiles;
    this.callRules = callRules;
    this.credit = credit;
    this.bars = bars;
    this.events = events;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Submits the draft, or refuses it with every reason that applies to its first failing step. */
  public ApplicationView submit(UUID id, CurrentUser user) {
    Application application = access.visible(id, user, "application.submit");
    access.requireLead(application, user, true, "application.submit");
    application.requireDraft();
    CallInForce call = callRules.forTrack(application.callYear(), application.trackCode());
    if (call.source() == CallInForce.Source.REPLICA) {
      log.info(
          "Judging application {} by the replicated rules of the {} call, version {}",
          id,
          call.year(),
          call.ruleVersion());
    }
    TrackInForce track = call.track(application.trackCode()).orElseThrow();
    OffsetDateTime now = OffsetDateTime.now(clock);
    Organisation lead = organisations.findById(application.leadOrganisationId()).orElseThrow();
    List<Participant> participants = applications.participants(id);

    refuseStateConflicts(application, call, lead, participants, now);
    refuseIncompleteness(application, track, lead, participants);
    refuseUnclearCredit(track, lead, participants);
    List<String> toConfirm = judgeEligibility(application, call, track, lead);
    List<ApplicationSubmittedV1.FactToConfirm> facts = factsToConfirm(track, lead, toConfirm);

    transactions.executeWithoutResult(
        status -> {
          Application locked = applications.lock(id).orElseThrow();
          locked.requireDraft();
          organisations.lockMembership(lead.id());
          refuseDuplicates(locked, call, participants);
          Application submitted =
              locked.submitted(
                  applications.nextReference(locked.callYear(), locked.trackCode()),
                  call.ruleVersion(),
                  toConfirm,
                  user.subject(),
                  now);
          applications.update(submitted);
          applications.addHistory(
              id,
              new HistoryEntry(
                  ApplicationStatus.SUBMITTED,
                  submitted.content().requestedAmount(),
                  null,
                  "applicant-service",
                  now));
          events.publish(submittedEvent(submitted, lead, participants, facts));
          audit.recordChange("application.submit", ApplicationAccess.OBJECT_TYPE, id, lead.id());
        });
    return views.view(applications.findById(id).orElseThrow());
  }

  private void refuseStateConflicts(
      Application application,
      CallInForce call,
      Organisation lead,
      List<Participant> participants,
      OffsetDateTime now) {
    call.refusesSubmissionAt(now)
        .ifPresent(
            why -> {
              throw new ConflictException("WINDOW_CLOSED", why.inCallerLanguage());
            });
    bars.inForce(lead.id(), now)
        .ifPresent(
            bar -> {
              throw new ConflictException(
                  "ORGANISATION_BARRED",
                  "the lead unit is barred from applying"
                      + (bar.until() == null ? "" : " until " + bar.until())
                      + " after a failed acceptance: "
                      + bar.reason());
            });
    refuseDuplicates(application, call, participants);
    List<String> unconfirmed =
        participants.stream().filter(p -> !p.confirmed()).map(Participant::creditCode).toList();
    if (!unconfirmed.isEmpty()) {
      throw new ConflictException(
          "PARTICIPANT_NOT_CONFIRMED",
          "participants have not confirmed taking part: " + String.join(", ", unconfirmed));
    }
  }

  /** A second application for the same track, and anything a call-wide exclusivity rule forbids. */
  private void refuseDuplicates(
      Application application, CallInForce call, List<Participant> participants) {
    applications
        .submittedForSameTrack(
            application.leadOrganisationId(),
            application.callYear(),
            application.trackCode(),
            application.id())
        .ifPresent(
            reference -> {
              throw new ConflictException(
                  "DUPLICATE_APPLICATION",
                  "the lead unit has already applied for "
                      + application.trackCode()
                      + " in the "
                      + application.callYear()
                      + " call ("
                      + reference
                      + ")");
            });
    List<UUID> parties = new ArrayList<>();
    parties.add(application.leadOrganisationId());
    participants.forEach(p -> parties.add(p.organisationId()));
    for (UUID party : parties) {
      List<String> others =
          applications.otherSubmittedTracks(party, application.callYear(), application.id());
      for (Exclusivity rule : call.exclusivity()) {
        boolean bound =
            application.trackCode().equals(rule.track())
                ? !others.isEmpty()
                : others.contains(rule.track());
        if (bound) {
          throw new ConflictException(
              "EXCLUSIVE_TRACK",
              rule.ruleEn()
                  + ": organisation "
                  + party
                  + " also takes part in "
                  + String.join(", ", others)
                  + " of the "
                  + application.callYear()
                  + " call");
        }
      }
    }
  }

  private void refuseIncompleteness(
      Application application,
      TrackInForce track,
      Organisation lead,
      List<Participant> participants) {
    List<FieldViolation> problems = new ArrayList<>(application.content().incompleteness(track));
    Set<String> attached =
        applications.materials(application.id()).stream()
            .map(AttachedMaterial::materialId)
            .collect(Collectors.toSet());
    for (Material material : track.rules().materials()) {
      if (material.required() && !attached.contains(material.id())) {
        problems.add(
            new FieldViolation(
                "materials." + material.id(),
                "is required: " + material.zh() + " / " + material.en()));
      }
    }
    List<UnmetPartnerRule> unmet =
        track
            .rules()
            .application()
            .unmet(
                lead.type().name(),
                profiles.factsOf(lead.id()),
                participants.stream().map(Participant::organisationType).toList());
    for (UnmetPartnerRule rule : unmet) {
      problems.add(new FieldViolation("participants", rule.reason() + " / " + rule.zh()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFieldException(problems);
    }
  }

  /**
   * Checks the lead and every participant afresh, each on the registry the track names for its
   * type; each check is kept whatever happens next. The first that is not CLEAR refuses the
   * submission: records of the guide's types with 409 naming them, a registry that could not be
   * consulted with 503 (retryable), a code the registry does not know with 409.
   */
  private void refuseUnclearCredit(
      TrackInForce track, Organisation lead, List<Participant> participants) {
    List<Organisation> parties = new ArrayList<>();
    parties.add(lead);
    participants.forEach(
        p -> parties.add(organisations.findById(p.organisationId()).orElseThrow()));
    for (Organisation party : parties) {
      CreditCheck check = credit.run(party, CreditRegistry.of(party.type(), track.rules()));
      check
          .refusal()
          .ifPresent(
              refusal -> {
                throw refusal;
              });
    }
  }

  private List<String> judgeEligibility(
      Application application, CallInForce call, TrackInForce track, Organisation lead) {
    Map<String, Object> facts = profiles.factsOf(lead.id());
    List<String> others =
        applications.otherSubmittedTracks(lead.id(), application.callYear(), application.id());
    Eligibility.Assessment assessment =
        Eligibility.assess(
            track.code(),
            track.rules(),
            call.exclusivity(),
            new ApplicantProfile(lead.type().name(), lead.region().name(), "CLEAR", facts, others));
    List<FieldViolation> failing =
        assessment.criteria().stream()
            .filter(c -> c.result() == Eligibility.Result.FAIL)
            .map(c -> new FieldViolation("eligibility." + c.id(), c.reason() + " — " + c.zh()))
            .toList();
    if (!failing.isEmpty()) {
      throw new InvalidFieldException(failing);
    }
    return assessment.criteria().stream()
        .filter(c -> c.result() == Eligibility.Result.TO_BE_CONFIRMED)
        .map(Eligibility.CriterionResult::id)
        .toList();
  }

  /**
   * The lead's self-declared facts that meet a criterion left to the formal check (有效专利数, 省级以上平台,
   * 国家示范名单, 地理标志权利人层级, 2026年度营业收入, 入库纳统): each must be backed by evidence — a declaration without a
   * document is refused, naming the fact — and goes to the formal check with its documents for the
   * officer to confirm before any award.
   */
  private List<ApplicationSubmittedV1.FactToConfirm> factsToConfirm(
      TrackInForce track, Organisation lead, List<String> toConfirm) {
    Map<String, DeclaredFact> declared =
        profiles.declaredFacts(lead.id()).stream()
            .collect(Collectors.toMap(f -> f.fact().factName(), f -> f, (a, b) -> a));
    List<ApplicationSubmittedV1.FactToConfirm> facts = new ArrayList<>();
    List<FieldViolation> unevidenced = new ArrayList<>();
    for (Criterion criterion : track.rules().criteria()) {
      DeclaredFact fact = criterion.fact() == null ? null : declared.get(criterion.fact());
      if (!toConfirm.contains(criterion.id())
          || fact == null
          || !Eligibility.SELF_DECLARED_FACTS.contains(criterion.fact())) {
        continue;
      }
      if (!fact.evidenced()) {
        unevidenced.add(
            new FieldViolation(
                "facts." + criterion.fact() + ".evidence",
                "is required: the declared "
                    + criterion.fact()
                    + " decides "
                    + criterion.id()
                    + " ("
                    + criterion.zh()
                    + "); add the documents that evidence it to the organisation's profile"));
        continue;
      }
      facts.add(
          new ApplicationSubmittedV1.FactToConfirm(
              criterion.id(), criterion.fact(), String.valueOf(fact.value()), fact.evidence()));
    }
    if (!unevidenced.isEmpty()) {
      throw new InvalidFieldException(unevidenced);
    }
    return List.copyOf(facts);
  }

  private ApplicationSubmittedV1 submittedEvent(
      Application application,
      Organisation lead,
      List<Participant> participants,
      List<ApplicationSubmittedV1.FactToConfirm> facts) {
    ApplicationContent c = application.content();
    return new ApplicationSubmittedV1(
        application.id(),
        application.reference(),
        application.callYear(),
        application.trackCode(),
        application.ruleVersion(),
        new ApplicationParty(
            lead.id(),
            lead.creditCode().value(),
            lead.legalName(),
            lead.type().name(),
            "LEAD",
            null,
            null),
        participants.stream()
            .map(
                p ->
                    new ApplicationParty(
                        p.organisationId(),
                        p.creditCode(),
                        p.legalName(),
                        p.organisationType(),
                        p.role(),
                        p.divisionOfWork(),
                        p.confirmedAt()))
            .toList(),
        c.title(),
        c.summary(),
        c.requestedAmount(),
        c.implementationStart(),
        c.implementationEnd(),
        c.plan(),
        c.budget(),
        applications.materials(application.id()).stream()
            .map(
                m ->
                    new ApplicationSubmittedV1.SubmittedMaterial(
                        m.materialId(),
                        m.documentId(),
                        m.filename(),
                        m.contentType(),
                        m.sizeBytes(),
                        m.sha256()))
            .toList(),
        application.criteriaToConfirm(),
        CreditCheckOutcome.CLEAR.name(),
        application.submittedAt(),
        facts);
  }
}
