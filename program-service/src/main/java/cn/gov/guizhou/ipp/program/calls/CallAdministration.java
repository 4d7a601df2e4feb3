package cn.gov.guizhou.ipp.program.calls;

import cn.gov.guizhou.ipp.contracts.programme.CallStateChangedV1;
import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.events.OutboxEventPublisher;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.ConflictException;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import cn.gov.guizhou.ipp.program.catalogue.CallDefinition;
import cn.gov.guizhou.ipp.program.catalogue.CallRepository;
import cn.gov.guizhou.ipp.program.catalogue.CallRepository.StoredCall;
import cn.gov.guizhou.ipp.program.catalogue.CallState;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The life cycle and the rule versions of the calls. */
@Service
public class CallAdministration {

  /** Object type of calls in the audit trail. */
  public static final String OBJECT_TYPE = "call";

  private static final Map<CallState, Set<CallState>> NEXT =
      Map.of(
          CallState.DRAFT, Set.of(CallState.PUBLISHED),
          CallState.PUBLISHED, Set.of(CallState.OPEN),
          CallState.OPEN, Set.of(CallState.CLOSED),
          CallState.CLOSED, Set.of(CallState.ARCHIVED),
          CallState.ARCHIVED, Set.of());

  private final CallRepository calls;
  private final OutboxEventPublisher events;
  private final AuditTrail audit;
  private final Clock clock;

  public CallAdministration(
      CallRepository calls, OutboxEventPublisher events, AuditTrail audit, Clock clock) {
    this.calls = calls;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Creates a draft call for a new year with the tracks and rules of an earlier call.
   *
   * @throws ConflictException if the year has a call
   * @throws NotFoundException if the earlier call does not exist
   */
  @Transactional
  public StoredCall createDraft(
      int year, int basedOnYear, String titleZh, String titleEn, CurrentUser officer) {
    StoredCall base =
        calls
            .forUpdate(basedOnYear)
            .orElseThrow(() -> new NotFoundException(OBJECT_TYPE, basedOnYear));
    CallDefinition draft = base.definition().forYear(year, titleZh, titleEn);
    if (!calls.insertCall(
        draft,
        CallState.DRAFT,
        "api",
        "drafted from the " + basedOnYear + " call",
        officer.subject(),
        now())) {
      throw new ConflictException("the " + year + " call exists");
    }
    audit.recordChange("call.create-draft", OBJECT_TYPE, year);
    return calls.forUpdate(year).orElseThrow();
  }

  /**
   * Moves a call to its next state; publishing and opening are announced.
   *
   * @throws ConflictException for a move the life cycle does not allow, or opening a call without
   *     an application window
   */
  @Transactional
  public StoredCall transition(int year, CallState to, CurrentUser officer) {
    StoredCall call = load(year);
    if (!NEXT.get(call.state()).contains(to)) {
      throw new ConflictException(
          "a "
              + call.state()
              + " call cannot become "
              + to
              + "; next is "
              + NEXT.get(call.state()));
    }
    if (to == CallState.OPEN && call.applicationOpensAt() == null) {
      throw new ConflictException("set the application window before opening the call");
    }
    StoredCall moved = call.with(to);
    calls.updateLifecycle(moved, officer.subject(), now());
    if (to == CallState.PUBLISHED) {
      events.publish(moved.definition().published(moved.version(), to, now()));
    } else {
      events.publish(stateChanged(moved));
    }
    audit.recordChange("call." + to.name().toLowerCase(java.util.Locale.ROOT), OBJECT_TYPE, year);
    return moved;
  }

  /**
   * Sets when applications open and close.
   *
   * @throws InvalidFieldException if the window closes before it opens
   * @throws ConflictException if the call is closed or archived
   */
  @Transactional
  public StoredCall setWindow(
      int year, OffsetDateTime opensAt, OffsetDateTime closesAt, CurrentUser officer) {
    if (!closesAt.isAfter(opensAt)) {
      throw new InvalidFieldException("closesAt", "must be after opensAt");
    }
    StoredCall call = load(year);
    requireChangeable(call);
    StoredCall changed = call.withWindow(opensAt, closesAt);
    calls.updateLifecycle(changed, officer.subject(), now());
    if (changed.state() != CallState.DRAFT) {
      events.publish(stateChanged(changed));
    }
    audit.recordChange("call.set-window", OBJECT_TYPE, year);
    return changed;
  }

  /** Sets a track's budget: in place for a draft, as a new rule version otherwise. */
  @Transactional
  public StoredCall setBudget(
      int year, String code, CallDefinition.Budget budget, String reason, CurrentUser officer) {
    return changeTrack(
        year, code, reason, officer, "call.set-budget", track -> track.withBudget(budget));
  }

  /** Sets a track's funding rule: in place for a draft, as a new rule version otherwise. */
  @Transactional
  public StoredCall setFundingRule(
      int year, String code, FundingRule rule, String reason, CurrentUser officer) {
    return changeTrack(
        year, code, reason, officer, "call.set-funding-rule", track -> track.withFundingRule(rule));
  }

  /**
   * Changes the titles of a draft call's version in place.
   *
   * @throws ConflictException if the version is published (frozen) or not the one in force
   */
  @Transactional
  public StoredCall retitleVersion(
      int year, int version, String titleZh, String titleEn, CurrentUser officer) {
    StoredCall call = load(year);
    if (call.state() != CallState.DRAFT || call.version() != version) {
      throw new ConflictException(
          "version "
              + version
              + " of the "
              + year
              + " call is frozen: change the call instead,"
              + " which makes a new version with a reason");
    }
    CallDefinition.Call info = call.definition().call();
    CallDefinition retitled =
        new CallDefinition(
            call.definition().schemaVersion(),
            new CallDefinition.Call(
                info.year(), titleZh, titleEn, info.issuer(), info.exclusivity()),
            call.definition().tracks());
    calls.rewriteDraftVersion(year, version, retitled);
    audit.recordChange("call.retitle-draft", OBJECT_TYPE, year);
    return call.withVersion(version, retitled);
  }

  @Transactional(readOnly = true)
  public List<CallRepository.VersionInfo> versions(int year) {
    get(year);
    return calls.versions(year);
  }

  @Transactional(readOnly = true)
  public StoredCall get(int year) {
    return calls.current(year).orElseThrow(() -> new NotFoundException(OBJECT_TYPE, year));
  }

  private StoredCall changeTrack(
      int year,
      String code,
      String reason,
      CurrentUser officer,
      String action,
      UnaryOperator<CallDefinition.Track> change) {
    StoredCall call = load(year);
    requireChangeable(call);
    CallDefinition.Track track =
        call.definition()
            .track(code)
            .orElseThrow(() -> new NotFoundException("programme track", code));
    CallDefinition changed = call.definition().withTrack(change.apply(track));
    StoredCall result;
    if (call.state() == CallState.DRAFT) {
      calls.rewriteDraftVersion(year, call.version(), changed);
      result = call.withVersion(call.version(), changed);
    } else {
      if (reason == null || reason.isBlank()) {
        throw new InvalidFieldException(
            "reason", "a published call's rules change only with a reason, as a new version");
      }
      int next = call.version() + 1;
      calls.insertVersion(year, next, changed, "api", reason.strip(), officer.subject(), now());
      result = call.withVersion(next, changed);
      calls.updateLifecycle(result, officer.subject(), now());
      events.publish(changed.published(next, result.state(), now()));
    }
    audit.recordChange(action, OBJECT_TYPE, year);
    return result;
  }

  private void requireChangeable(StoredCall call) {
    if (call.state() == CallState.CLOSED || call.state() == CallState.ARCHIVED) {
      throw new ConflictException("a " + call.state() + " call can no longer change");
    }
  }

  private StoredCall load(int year) {
    return calls.forUpdate(year).orElseThrow(() -> new NotFoundException(OBJECT_TYPE, year));
  }

  private CallStateChangedV1 stateChanged(StoredCall call) {
    return new CallStateChangedV1(
        call.year(),
        call.state().name(),
        call.version(),
        call.applicationOpensAt(),
        call.applicationClosesAt(),
        now());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
