package cn.gov.guizhou.ipp.applicant.call;

import cn.gov.guizhou.ipp.applicant.call.client.ProgramCatalogueApi;
import cn.gov.guizhou.ipp.applicant.call.client.ProgramCatalogueApi.CallView;
import cn.gov.guizhou.ipp.applicant.call.client.ProgramCatalogueApi.TrackView;
import cn.gov.guizhou.ipp.applicant.call.client.ProgramCatalogueClient;
import cn.gov.guizhou.ipp.contracts.programme.TrackRules;
import cn.gov.guizhou.ipp.kit.calls.ResilientCalls;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The call and track an application is judged by. program-service is asked first (its answer is the
 * freshest: a window the bureau just moved, a rule version just published); when it cannot be
 * reached, the state and rules replicated from its events stand in. Either way the rules come with
 * their version, and nothing is judged without rules.
 */
@Service
public class CallRules {

  private static final Logger log = LoggerFactory.getLogger(CallRules.class);

  private final ProgramCatalogueApi catalogue;
  private final ReplicatedCalls replica;
  private final ResilientCalls calls;

  public CallRules(
      ProgramCatalogueClient catalogue, ReplicatedCalls replica, ResilientCalls calls) {
    this.catalogue = catalogue.api();
    this.replica = replica;
    this.calls = calls;
  }

  /**
   * The call of {@code year} with the track {@code code}, under the rules in force.
   *
   * @throws NotFoundException if no such call or track is known, from either source
   */
  public CallInForce forTrack(int year, String code) {
    Optional<CallInForce> live =
        calls.idempotent(
            ProgramCatalogueClient.REMOTE, () -> Optional.of(ask(year, code)), this::unreachable);
    CallInForce call =
        live.or(() -> replica.inForce(year))
            .orElseThrow(() -> new NotFoundException("call", String.valueOf(year)));
    if (call.track(code).isEmpty()) {
      throw new NotFoundException("track", code);
    }
    return call;
  }

  /**
   * The call with the track as known locally (replicated), asking program-service only when the
   * replica does not know it: for showing an application, not for judging a submission.
   */
  public CallInForce known(int year, String code) {
    return replica
        .inForce(year)
        .filter(call -> call.track(code).filter(t -> t.rules() != null).isPresent())
        .orElseGet(() -> forTrack(year, code));
  }

  private Optional<CallInForce> unreachable(Throwable failure) {
    log.warn(
        "program-service did not answer ({}); using the replicated call rules", failure.toString());
    return Optional.empty();
  }

  private CallInForce ask(int year, String code) {
    CallView view = catalogue.call(year);
    Optional<ReplicatedCalls.VersionRules> replicated = replica.version(year, view.ruleVersion());
    TrackInForce track =
        replicated
            .flatMap(rules -> Optional.ofNullable(rules.tracks().get(code)))
            .filter(t -> t.rules() != null)
            .orElseGet(
                () ->
                    view.trackCodes().contains(code) ? toTrack(catalogue.track(code, year)) : null);
    return new CallInForce(
        year,
        view.ruleVersion(),
        view.state(),
        view.applicationOpensAt(),
        view.applicationClosesAt(),
        view.exclusivity(),
        track == null ? Map.of() : Map.of(code, track),
        CallInForce.Source.PROGRAM_SERVICE);
  }

  private static TrackInForce toTrack(TrackView view) {
    return new TrackInForce(
        view.code(),
        view.trackNameZh() == null
            ? view.programmeNameZh()
            : view.programmeNameZh() + "（" + view.trackNameZh() + "）",
        view.fundingRule(),
        new TrackRules(
            view.eligibleApplicantTypes(),
            view.application(),
            view.criteria(),
            view.materials(),
            view.creditRegistries()),
        view.implementationPeriod().startYear(),
        view.implementationPeriod().endYear());
  }
}
