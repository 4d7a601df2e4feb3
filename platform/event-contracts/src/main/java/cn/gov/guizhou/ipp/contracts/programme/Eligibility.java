package cn.gov.guizhou.ipp.contracts.programme;

import cn.gov.guizhou.ipp.contracts.programme.Criterion.CheckKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Judges an applicant's profile against a track's criteria and the call's exclusivity rules: each
 * criterion passes, fails, or is to be confirmed at the formal check, with the reason. A fact the
 * applicant did not declare, or a credit check that could not run, is never a pass. program-service
 * answers eligibility questions with it, and applicant-service judges each submission with it at
 * the call's rule version.
 */
public final class Eligibility {

  /**
   * The profile facts an applicant declares about itself (有效专利数, 省级以上平台, 国家示范名单, 地理标志权利人层级,
   * 2026年度营业收入, 入库纳统). A declaration that meets a criterion is not a pass: it is {@link
   * Result#TO_BE_CONFIRMED}, for the programme officer to confirm against its evidence at the
   * formal check before any award. A declaration that does not meet the criterion fails.
   */
  public static final Set<String> SELF_DECLARED_FACTS =
      Set.of(
          "validPatentCount",
          "hasProvincialPlatform",
          "inNationalDemonstrationList",
          "giRightsHolderLevel",
          "revenue2026",
          "inStatistics");

  private Eligibility() {}

  /** The assessment of one profile for one track of a call. */
  public static Assessment assess(
      String trackCode, TrackRules track, List<Exclusivity> exclusivity, ApplicantProfile profile) {
    List<CriterionResult> results = new ArrayList<>();
    boolean typeAllowed = track.eligibleApplicantTypes().contains(profile.organisationType());
    results.add(
        new CriterionResult(
            trackCode + "-TYPE",
            "申报单位类型须为：" + String.join("、", track.eligibleApplicantTypes()),
            "The applicant must be one of: " + String.join(", ", track.eligibleApplicantTypes()),
            typeAllowed ? Result.PASS : Result.FAIL,
            typeAllowed
                ? "organisation type " + profile.organisationType() + " may apply"
                : "organisation type "
                    + profile.organisationType()
                    + " may not apply for this track"));
    for (Exclusivity rule : exclusivity) {
      boolean bound =
          trackCode.equals(rule.track())
              ? !profile.otherApplicationsInCall().isEmpty()
              : profile.otherApplicationsInCall().contains(rule.track());
      results.add(
          new CriterionResult(
              "CALL-EXCLUSIVE-" + rule.track(),
              rule.ruleZh(),
              rule.ruleEn(),
              bound ? Result.FAIL : Result.PASS,
              bound
                  ? "the applicant of " + rule.track() + " may apply for nothing else in this call"
                  : "no conflicting application in this call"));
    }
    for (Criterion criterion : track.criteria()) {
      if (!criterion.appliesTo().isEmpty()
          && !criterion.appliesTo().contains(profile.organisationType())) {
        results.add(result(criterion, Result.NOT_APPLICABLE, "applies to other applicant types"));
      } else if (criterion.check() == CheckKind.FORMAL_CHECK || criterion.fact() == null) {
        results.add(result(criterion, Result.TO_BE_CONFIRMED, "confirmed at the formal check"));
      } else {
        results.add(judge(criterion, profile));
      }
    }
    return new Assessment(trackCode, overall(results), List.copyOf(results));
  }

  private static CriterionResult judge(Criterion criterion, ApplicantProfile profile) {
    return switch (criterion.fact()) {
      case "creditClear" ->
          switch (String.valueOf(profile.creditStatus())) {
            case "CLEAR" -> result(criterion, Result.PASS, "the credit check is clear");
            case "RECORDS_FOUND" ->
                result(criterion, Result.FAIL, "the credit check found records");
            default ->
                result(
                    criterion,
                    Result.TO_BE_CONFIRMED,
                    "no usable credit check yet: it is confirmed before any award");
          };
      case "noOtherApplicationInCall" ->
          profile.otherApplicationsInCall().isEmpty()
              ? result(criterion, Result.PASS, "no other application in this call")
              : result(
                  criterion,
                  Result.FAIL,
                  "also applies for " + String.join(", ", profile.otherApplicationsInCall()));
      case "organisationType" -> compare(criterion, profile.organisationType());
      case "registeredInGuizhou" ->
          profile.region() == null
              ? result(criterion, Result.TO_BE_CONFIRMED, "region not declared")
              : compare(criterion, !"OUTSIDE_PROVINCE".equals(profile.region()));
      default -> {
        CriterionResult compared = compare(criterion, profile.facts().get(criterion.fact()));
        yield compared.result() == Result.PASS && SELF_DECLARED_FACTS.contains(criterion.fact())
            ? result(
                criterion,
                Result.TO_BE_CONFIRMED,
                compared.reason()
                    + " as declared; the officer confirms it against its evidence at the formal"
                    + " check")
            : compared;
      }
    };
  }

  private static CriterionResult compare(Criterion criterion, Object declared) {
    if (declared == null) {
      return result(criterion, Result.TO_BE_CONFIRMED, criterion.fact() + " was not declared");
    }
    boolean met =
        switch (criterion.operator()) {
          case AT_LEAST -> number(declared).compareTo(number(criterion.value())) >= 0;
          case IS_TRUE -> Boolean.TRUE.equals(declared) || "true".equals(String.valueOf(declared));
          case IN ->
              criterion.value() instanceof Collection<?> allowed
                  && allowed.stream()
                      .anyMatch(v -> Objects.equals(String.valueOf(v), String.valueOf(declared)));
        };
    return result(
        criterion,
        met ? Result.PASS : Result.FAIL,
        criterion.fact()
            + " is "
            + declared
            + (met ? ", which meets " : ", which does not meet ")
            + criterion.operator()
            + (criterion.value() == null ? "" : " " + criterion.value()));
  }

  private static BigDecimal number(Object value) {
    try {
      return new BigDecimal(String.valueOf(value));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("facts: " + value + " is not a number");
    }
  }

  private static CriterionResult result(Criterion criterion, Result result, String reason) {
    return new CriterionResult(criterion.id(), criterion.zh(), criterion.en(), result, reason);
  }

  private static Overall overall(List<CriterionResult> results) {
    if (results.stream().anyMatch(r -> r.result() == Result.FAIL)) {
      return Overall.NOT_ELIGIBLE;
    }
    return results.stream().anyMatch(r -> r.result() == Result.TO_BE_CONFIRMED)
        ? Overall.SUBJECT_TO_FORMAL_CHECK
        : Overall.ELIGIBLE;
  }

  /** One criterion's result. */
  public enum Result {
    PASS,
    FAIL,
    TO_BE_CONFIRMED,
    NOT_APPLICABLE
  }

  /** The whole assessment. */
  public enum Overall {
    /** Every criterion passes. */
    ELIGIBLE,
    /** Nothing fails, but some criteria are confirmed at the formal check. */
    SUBJECT_TO_FORMAL_CHECK,
    /** At least one criterion fails. */
    NOT_ELIGIBLE
  }

  /**
   * A criterion's result with its reason.
   *
   * @param id the criterion's id
   * @param zh the criterion in Chinese
   * @param en the criterion in English
   * @param result its result
   * @param reason why
   */
  public record CriterionResult(String id, String zh, String en, Result result, String reason) {}

  /**
   * An assessment.
   *
   * @param track the track assessed
   * @param overall the outcome
   * @param criteria every criterion with its result
   */
  public record Assessment(String track, Overall overall, List<CriterionResult> criteria) {}
}
