package cn.gov.guizhou.ipp.applicant.call;

import cn.gov.guizhou.ipp.contracts.programme.Exclusivity;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A call's state, window and rules in force, and where they were learnt from.
 *
 * @param year the call's year
 * @param ruleVersion the version of its rules in force
 * @param state PUBLISHED, OPEN, CLOSED or ARCHIVED
 * @param applicationOpensAt when applications open, if set
 * @param applicationClosesAt when they close, if set
 * @param exclusivity the call-wide exclusivity rules
 * @param tracks its tracks by code
 * @param source whether program-service answered or the replica stood in
 */
public record CallInForce(
    int year,
    int ruleVersion,
    String state,
    OffsetDateTime applicationOpensAt,
    OffsetDateTime applicationClosesAt,
    List<Exclusivity> exclusivity,
    Map<String, TrackInForce> tracks,
    Source source) {

  public CallInForce {
    exclusivity = exclusivity == null ? List.of() : List.copyOf(exclusivity);
    tracks = Map.copyOf(tracks);
  }

  public Optional<TrackInForce> track(String code) {
    return Optional.ofNullable(tracks.get(code));
  }

  /**
   * Why the call does not accept a submission at {@code now}, or empty if it does: it must be OPEN
   * and {@code now} inside its window (opening and closing instants included).
   */
  public Optional<Bilingual> refusesSubmissionAt(OffsetDateTime now) {
    if (!"OPEN".equals(state)) {
      return Optional.of(
          new Bilingual(
              year + "年度申报指南当前不在受理申报期间（状态：" + state + "）",
              "the " + year + " call is " + state + ", not open for applications"));
    }
    if (applicationOpensAt == null || applicationClosesAt == null) {
      return Optional.of(
          new Bilingual(
              year + "年度申报指南未设定申报受理时间", "the " + year + " call has no application window"));
    }
    if (now.isBefore(applicationOpensAt)) {
      return Optional.of(
          new Bilingual(
              "申报受理尚未开始，将于" + Bilingual.beijingTime(applicationOpensAt) + "开始",
              "the application window opens at " + Bilingual.beijingTimeEn(applicationOpensAt)));
    }
    if (now.isAfter(applicationClosesAt)) {
      return Optional.of(
          new Bilingual(
              "申报受理已于" + Bilingual.beijingTime(applicationClosesAt) + "截止，不再接受提交",
              "the application window closed at "
                  + Bilingual.beijingTimeEn(applicationClosesAt)
                  + "; submissions are no longer accepted"));
    }
    return Optional.empty();
  }

  /** Where the call's state and rules came from. */
  public enum Source {
    /** program-service answered. */
    PROGRAM_SERVICE,
    /** program-service could not be reached; the rules replicated from its events were used. */
    REPLICA
  }
}
