package cn.gov.guizhou.ipp.applicant.application;

import cn.gov.guizhou.ipp.applicant.call.CallInForce;
import cn.gov.guizhou.ipp.applicant.call.CallRules;
import cn.gov.guizhou.ipp.applicant.call.TrackInForce;
import cn.gov.guizhou.ipp.applicant.document.DocumentService;
import cn.gov.guizhou.ipp.applicant.document.StoredDocument;
import cn.gov.guizhou.ipp.applicant.organisation.Organisation;
import cn.gov.guizhou.ipp.applicant.organisation.OrganisationRepository;
import cn.gov.guizhou.ipp.contracts.applicant.ParticipantConfirmedV1;
import cn.gov.guizhou.ipp.contracts.identity.UnifiedSocialCreditCode;
import cn.gov.guizhou.ipp.contracts.programme.Material;
import cn.gov.guizhou.ipp.kit.audit.AuditOutcome;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.events.OutboxEventPublisher;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.ConflictException;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import cn.gov.guizhou.ipp.kit.web.Page;
import cn.gov.guizhou.ipp.kit.web.PageQuery;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts, participants, materials and withdrawal of applications, and what their applicants see.
 * Submission is {@link Submission}'s.
 */
@Service
public class ApplicationService {

  private final ApplicationRepository applications;
  private final ApplicationAccess access;
  private final OrganisationRepository organisations;
  private final CallRules callRules;
  private final DocumentService documents;
  private final OutboxEventPublisher events;
  private final AuditTrail audit;
  private final Clock clock;

  public ApplicationService(
      ApplicationRepository applications,
      ApplicationAccess access,
      OrganisationRepository organisations,
      CallRules callRules,
      DocumentService documents,
      OutboxEventPublisher events,
      AuditTrail audit,
      Clock clock) {
    this.applications = applications;
    this.access = access;
    this.organisations = organisations;
    this.callRules = callRules;
    this.documents = documents;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Starts a draft for a track of a call, led by an organisation the user is a member of. The call
   * must be known (from program-service or its replicated events) and not closed.
   */
  @Transactional
  public ApplicationView draft(
      int callYear,
      String trackCode,
      UUID leadOrganisationId,
      ApplicationContent content,
      CurrentUser user) {
    if (organisations.roleOf(leadOrganisationId, user.subject()).isEmpty()) {
      audit.recordRefusal(
          "application.draft", "organisation", leadOrganisationId, AuditOutcome.NOT_VISIBLE, null);
      throw new NotFoundException("organisation", leadOrganisationId);
    }
    CallInForce call = callFor(callYear, trackCode);
    if ("CLOSED".equals(call.state()) || "ARCHIVED".equals(call.state())) {
      throw new ConflictException(
          "WINDOW_CLOSED",
          "the " + callYear + " call is " + call.state() + ": no new applications");
    }
    requireWithinTrackAmount(content, call.track(trackCode).orElseThrow());
    Application application =
        Application.draft(
            callYear,
            trackCode,
            leadOrganisationId,
            content,
            user.subject(),
            OffsetDateTime.now(clock));
    applications.insert(application);
    applications.addHistory(
        application.id(),
        new HistoryEntry(
            ApplicationStatus.DRAFT, null, null, "applicant-service", application.createdAt()));
    audit.recordChange(
        "application.draft", ApplicationAccess.OBJECT_TYPE, application.id(), leadOrganisationId);
    return view(application, call);
  }

  /** Replaces what a draft says. Members of the lead unit only. */
  @Transactional
  public ApplicationView revise(UUID id, ApplicationContent content, CurrentUser user) {
    Application application = leadsDraft(id, user, "application.revise");
    TrackInForce track =
        callRules
            .known(application.callYear(), application.trackCode())
            .track(application.trackCode())
            .orElseThrow();
    requireWithinTrackAmount(content, track);
    Application revised = application.revised(content, OffsetDateTime.now(clock));
    applications.update(revised);
    audited("application.revise", application);
    return view(revised);
  }

  /**
   * Names a participant by its credit code (it must be registered on the platform), or changes its
   * role or division of work — which asks it to confirm again.
   */
  @Transactional
  public ApplicationView putParticipant(
      UUID id, String creditCode, String role, String divisionOfWork, CurrentUser user) {
    Application application = leadsDraft(id, user, "application.participant.put");
    UnifiedSocialCreditCode.Problem problem = UnifiedSocialCreditCode.check(creditCode);
    if (problem != UnifiedSocialCreditCode.Problem.NONE) {
      throw InvalidFieldException.localised("creditCode", problem.messageZh(), problem.message());
    }
    Organisation participant =
        organisations
            .findByCreditCode(UnifiedSocialCreditCode.parse(creditCode))
            .orElseThrow(
                () ->
                    new InvalidFieldException(
                        "creditCode",
                        "no organisation with this code is registered on the platform; it"
                            + " registers before it can take part"));
    if (participant.id().equals(application.leadOrganisationId())) {
      throw new InvalidFieldException("creditCode", "is the lead unit itself");
    }
    applications.putParticipant(
        id,
        participant.id(),
        requireText(role, "role", 100),
        requireText(divisionOfWork, "divisionOfWork", 2000));
    audited("application.participant.put", application);
    return view(application);
  }

  @Transactional
  public ApplicationView removeParticipant(UUID id, String creditCode, CurrentUser user) {
    Application application = leadsDraft(id, user, "application.participant.remove");
    Participant participant = participantByCode(application, creditCode);
    applications.removeParticipant(id, participant.organisationId());
    audited("application.participant.remove", application);
    return view(application);
  }

  /** An administrator of a participant confirms that it takes part, as named. */
  @Transactional
  public ApplicationView confirmParticipation(UUID id, String creditCode, CurrentUser user) {
    Application application = access.visibleForChange(id, user, "application.participant.confirm");
    Participant participant = participantByCode(application, creditCode);
    access.requireParticipantAdministrator(
        application, participant.organisationId(), user, "application.participant.confirm");
    application.requireDraft();
    if (participant.confirmed()) {
      return view(application);
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    applications.confirmParticipant(id, participant.organisationId(), user.subject(), now);
    events.publish(
        new ParticipantConfirmedV1(
            id,
            application.callYear(),
            application.trackCode(),
            application.leadOrganisationId(),
            participant.organisationId(),
            participant.creditCode(),
            participant.role(),
            now));
    audit.recordChange(
        "application.participant.confirm",
        ApplicationAccess.OBJECT_TYPE,
        id,
        participant.organisationId());
    return view(application);
  }

  /**
   * Uploads a document as one of the track's materials, replacing the one attached before. The
   * document belongs to the lead unit.
   */
  @Transactional
  public ApplicationView attachMaterial(
      UUID id, String materialId, String filename, InputStream content, CurrentUser user) {
    Application application = leadsDraft(id, user, "application.material.attach");
    TrackInForce track =
        callRules
            .known(application.callYear(), application.trackCode())
            .track(application.trackCode())
            .orElseThrow();
    if (track.rules().materials().stream().noneMatch(m -> m.id().equals(materialId))) {
      throw new InvalidFieldException(
          "materialId", materialId + " is not a material of track " + track.code());
    }
    StoredDocument document =
        documents.store(application.leadOrganisationId(), filename, content, user);
    applications.attachMaterial(
        id,
        new AttachedMaterial(
            materialId,
            document.id(),
            document.filename(),
            document.contentType(),
            document.sizeBytes(),
            document.sha256(),
            user.subject(),
            OffsetDateTime.now(clock)));
    audited("application.material.attach", application);
    return view(application);
  }

  @Transactional
  public ApplicationView detachMaterial(UUID id, String materialId, CurrentUser user) {
    Application application = leadsDraft(id, user, "application.material.detach");
    if (!applications.detachMaterial(id, materialId)) {
      throw new NotFoundException("material", materialId);
    }
    audited("application.material.detach", application);
    return view(application);
  }

  /** The lead's administrator withdraws a submitted application before a decision. */
  @Transactional
  public ApplicationView withdraw(UUID id, String reason, CurrentUser user) {
    Application application = access.visibleForChange(id, user, "application.withdraw");
    access.requireLead(application, user, true, "application.withdraw");
    if (!application.status().withdrawable()) {
      throw new ConflictException(
          "NOT_WITHDRAWABLE",
          "an application that is " + application.status() + " cannot be withdrawn");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    String why = requireText(reason, "reason", 2000);
    applications.setStatus(id, ApplicationStatus.WITHDRAWN, now);
    applications.addHistory(
        id, new HistoryEntry(ApplicationStatus.WITHDRAWN, null, why, "applicant-service", now));
    events.publish(
        new cn.gov.guizhou.ipp.contracts.applicant.ApplicationWithdrawnV1(
            id,
            application.reference(),
            application.callYear(),
            application.trackCode(),
            application.leadOrganisationId(),
            why,
            now));
    audited("application.withdraw", application);
    return view(applications.findById(id).orElseThrow());
  }

  @Transactional(readOnly = true)
  public ApplicationView get(UUID id, CurrentUser user) {
    return view(access.visible(id, user, "application.read"));
  }

  @Transactional(readOnly = true)
  public Page<ApplicationView> list(
      Integer year,
      UUID organisationId,
      ApplicationStatus status,
      String trackCode,
      PageQuery page,
      CurrentUser user) {
    return applications
        .visibleTo(
            user.subject(),
            ApplicationAccess.seesEverything(user),
            year,
            organisationId,
            status,
            trackCode,
            page)
        .map(this::summary);
  }

  ApplicationView view(Application application) {
    return view(application, callRules.known(application.callYear(), application.trackCode()));
  }

  private ApplicationView view(Application application, CallInForce call) {
    Application current = applications.findById(application.id()).orElse(application);
    TrackInForce track = call.track(current.trackCode()).orElseThrow();
    Map<String, AttachedMaterial> attached =
        applications.materials(current.id()).stream()
            .collect(Collectors.toMap(AttachedMaterial::materialId, Function.identity()));
    List<ApplicationView.MaterialItem> checklist =
        track.rules().materials().stream()
            .map(
                (Material m) ->
                    new ApplicationView.MaterialItem(
                        m.id(), m.zh(), m.en(), m.required(), attached.get(m.id())))
            .toList();
    return build(current, track.nameZh(), checklist, applications.history(current.id()));
  }

  /** A list entry: without the materials checklist and history. */
  private ApplicationView summary(Application application) {
    return build(application, null, List.of(), List.of());
  }

  private ApplicationView build(
      Application application,
      String trackName,
      List<ApplicationView.MaterialItem> checklist,
      List<HistoryEntry> history) {
    Organisation lead = organisations.findById(application.leadOrganisationId()).orElseThrow();
    return new ApplicationView(
        application.id(),
        application.reference(),
        application.callYear(),
        application.trackCode(),
        trackName,
        application.status(),
        application.ruleVersion(),
        new ApplicationView.Lead(
            lead.id(), lead.creditCode().value(), lead.legalName(), lead.type().name()),
        application.content(),
        applications.participants(application.id()),
        checklist,
        application.criteriaToConfirm(),
        history,
        application.createdAt(),
        application.updatedAt(),
        application.submittedAt());
  }

  /** The application, locked, if the user may change it: a member of its lead, and a draft. */
  private Application leadsDraft(UUID id, CurrentUser user, String action) {
    Application application = access.visibleForChange(id, user, action);
    access.requireLead(application, user, false, action);
    application.requireDraft();
    return application;
  }

  private void audited(String action, Application application) {
    audit.recordChange(
        action, ApplicationAccess.OBJECT_TYPE, application.id(), application.leadOrganisationId());
  }

  private CallInForce callFor(int callYear, String trackCode) {
    try {
      return callRules.known(callYear, trackCode);
    } catch (NotFoundException e) {
      throw new InvalidFieldException(
          "trackCode", trackCode + " is not a track of a known " + callYear + " call");
    }
  }

  private Participant participantByCode(Application application, String creditCode) {
    return applications.participants(application.id()).stream()
        .filter(p -> p.creditCode().equals(creditCode))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("participant", creditCode));
  }

  private static void requireWithinTrackAmount(ApplicationContent content, TrackInForce track) {
    if (content.requestedAmount() != null
        && track.maximumRequest() != null
        && content.requestedAmount().compareTo(track.maximumRequest()) > 0) {
      throw InvalidFieldException.localised(
          "requestedAmount",
          ApplicationContent.aboveTrackAmountZh(track.maximumRequest()),
          ApplicationContent.aboveTrackAmountEn(track.maximumRequest()));
    }
  }

  private static String requireText(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new InvalidFieldException(field, "is required");
    }
    if (value.strip().length() > maxLength) {
      throw new InvalidFieldException(field, "is longer than " + maxLength + " characters");
    }
    return value.strip();
  }
}
