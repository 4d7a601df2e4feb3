package cn.gov.guizhou.ipp.program.catalogue;

import cn.gov.guizhou.ipp.contracts.programme.ApplicantProfile;
import cn.gov.guizhou.ipp.contracts.programme.ApplicationRules;
import cn.gov.guizhou.ipp.contracts.programme.CallPublishedV1;
import cn.gov.guizhou.ipp.contracts.programme.Criterion;
import cn.gov.guizhou.ipp.contracts.programme.Eligibility;
import cn.gov.guizhou.ipp.contracts.programme.Exclusivity;
import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import cn.gov.guizhou.ipp.contracts.programme.Material;
import cn.gov.guizhou.ipp.contracts.programme.TrackRules;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A call as the bureau publishes it: the call itself and its tracks, every rule as data. Read from
 * the versioned catalogue data file and kept, per version, in program-service's database.
 *
 * @param schemaVersion version of this data shape
 * @param call the call
 * @param tracks its tracks, in the guide's order
 */
public record CallDefinition(int schemaVersion, Call call, List<Track> tracks) {

  public Optional<Track> track(String code) {
    return tracks.stream().filter(t -> t.code().equals(code)).findFirst();
  }

  /** Judges an applicant's profile for one of the call's tracks. */
  public Eligibility.Assessment assess(Track track, ApplicantProfile profile) {
    return Eligibility.assess(track.code(), track.rules(), call.exclusivity(), profile);
  }

  /** The event that tells other services this version of the call was published. */
  public CallPublishedV1 published(int ruleVersion, CallState state, OffsetDateTime at) {
    return new CallPublishedV1(
        call.year(),
        ruleVersion,
        state.name(),
        call.titleZh(),
        call.titleEn(),
        at,
        call.exclusivity(),
        tracks.stream()
            .map(
                t ->
                    new CallPublishedV1.TrackSummary(
                        t.code(),
                        t.programmeNameZh(),
                        t.trackNameZh(),
                        t.nameEn(),
                        t.category().name(),
                        t.fundingRule(),
                        t.monitored(),
                        t.implementationPeriod().startYear(),
                        t.implementationPeriod().endYear(),
                        t.budget() == null ? null : t.budget().amount(),
                        t.budget() == null ? null : t.budget().plannedProjects(),
                        t.rules()))
            .toList());
  }

  /**
   * The call.
   *
   * @param year the call's year
   * @param titleZh the guide's title
   * @param titleEn its English title
   * @param issuer who issues it
   * @param exclusivity call-wide rules on applying for more than one track
   */
  public record Call(
      int year, String titleZh, String titleEn, String issuer, List<Exclusivity> exclusivity) {}

  /**
   * One track.
   *
   * @param code stable code
   * @param section the guide's numbering
   * @param programmeNameZh the programme's official name
   * @param trackNameZh the track's name within the programme, if it has tracks
   * @param nameEn English name
   * @param category pre- or post-subsidy
   * @param eligibleApplicantTypes who may apply or lead
   * @param application alone or jointly, and with whom
   * @param criteria eligibility criteria
   * @param fundingRule how the money is determined
   * @param implementationPeriod when the work runs
   * @param reporting reporting duties
   * @param materials required materials
   * @param deliverables deliverables and performance targets
   * @param monitored whether the risk-control firm tracks funded projects
   * @param budget the track's budget in this call, once the bureau sets it
   * @param creditRegistries the credit registry by applicant type where the guide names another
   *     than 信用中国 for the track (empty: every unit on 信用中国; null: not stated)
   */
  public record Track(
      String code,
      String section,
      String programmeNameZh,
      String trackNameZh,
      String nameEn,
      SubsidyCategory category,
      List<String> eligibleApplicantTypes,
      ApplicationRules application,
      List<Criterion> criteria,
      FundingRule fundingRule,
      Period implementationPeriod,
      List<Reporting> reporting,
      List<Material> materials,
      List<Deliverable> deliverables,
      boolean monitored,
      Budget budget,
      List<TrackRules.CreditRegistryChoice> creditRegistries) {

    public Track {
      // A definition written before the choice existed states none (null): consumers then use their
      // default. The 2027 catalogue states it for every track (an empty list: all on 信用中国).
      creditRegistries = creditRegistries == null ? null : List.copyOf(creditRegistries);
      for (TrackRules.CreditRegistryChoice choice :
          creditRegistries == null
              ? List.<TrackRules.CreditRegistryChoice>of()
              : creditRegistries) {
        if (choice == null
            || choice.applicantType() == null
            || !List.of("CREDIT_CHINA", "SOCIAL_ORGANISATION_PLATFORM")
                .contains(choice.registry())) {
          throw new IllegalArgumentException(
              "creditRegistries: each names an applicantType and CREDIT_CHINA or"
                  + " SOCIAL_ORGANISATION_PLATFORM");
        }
      }
    }

    /** What an application of the track must satisfy. */
    public TrackRules rules() {
      return new TrackRules(
          eligibleApplicantTypes, application, criteria, materials, creditRegistries);
    }

    /** The same track with another funding rule. */
    public Track withFundingRule(FundingRule rule) {
      return new Track(
          code,
          section,
          programmeNameZh,
          trackNameZh,
          nameEn,
          category,
          eligibleApplicantTypes,
          application,
          criteria,
          rule,
          implementationPeriod,
          reporting,
          materials,
          deliverables,
          monitored,
          budget,
          creditRegistries);
    }

    /** The same track with another budget. */
    public Track withBudget(Budget newBudget) {
      return new Track(
          code,
          section,
          programmeNameZh,
          trackNameZh,
          nameEn,
          category,
          eligibleApplicantTypes,
          application,
          criteria,
          fundingRule,
          implementationPeriod,
          reporting,
          materials,
          deliverables,
          monitored,
          newBudget,
          creditRegistries);
    }
  }

  /**
   * What the bureau sets aside for a track in a call (the number funded "is determined by the
   * annual budget").
   *
   * @param amount the budget, CNY
   * @param plannedProjects how many projects it is planned for
   */
  public record Budget(BigDecimal amount, int plannedProjects) {

    public Budget {
      amount = FundingRule.positiveMoney(amount, "amount");
      if (plannedProjects < 1) {
        throw new IllegalArgumentException("plannedProjects: must be 1 or more");
      }
    }
  }

  /** The same call with one track replaced. */
  public CallDefinition withTrack(Track changed) {
    return new CallDefinition(
        schemaVersion,
        call,
        tracks.stream().map(t -> t.code().equals(changed.code()) ? changed : t).toList());
  }

  /** The same tracks as another year's call, under a new title. */
  public CallDefinition forYear(int year, String titleZh, String titleEn) {
    return new CallDefinition(
        schemaVersion,
        new Call(year, titleZh, titleEn, call.issuer(), call.exclusivity()),
        tracks.stream().map(t -> t.withBudget(null)).toList());
  }

  /**
   * When the work runs.
   *
   * @param startYear first year
   * @param endYear last year
   * @param zh description in Chinese
   * @param en description in English
   */
  public record Period(int startYear, int endYear, String zh, String en) {}

  /**
   * A reporting duty.
   *
   * @param zh in Chinese
   * @param en in English
   * @param everyMonths the interval, for periodic reports
   */
  public record Reporting(String zh, String en, Integer everyMonths) {}

  /**
   * A deliverable or performance target.
   *
   * @param zh in Chinese
   * @param en in English
   * @param quantity how many, where the guide says
   */
  public record Deliverable(String zh, String en, Integer quantity) {}
}
