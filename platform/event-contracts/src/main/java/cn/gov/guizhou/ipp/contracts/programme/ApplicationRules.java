package cn.gov.guizhou.ipp.contracts.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a track is applied for: alone, alone or jointly, or jointly only, and which partners must
 * co-apply.
 *
 * @param mode alone, alone or jointly, or jointly only
 * @param leadRule who leads a joint application, as the guide says it
 * @param requiredPartners partners that must co-apply
 */
public record ApplicationRules(
    ApplicationMode mode, BilingualText leadRule, List<RequiredPartner> requiredPartners) {

  public ApplicationRules {
    requiredPartners = requiredPartners == null ? List.of() : List.copyOf(requiredPartners);
  }

  /**
   * The partner rules a joint application breaks: the lead is of type {@code leadType} with the
   * profile {@code leadFacts}, and its participants are of {@code participantTypes}. A condition
   * that reads a fact the lead did not declare counts as unmet, so the applicant is told to declare
   * it. An application of an {@link ApplicationMode#JOINT_REQUIRED} track with no participant
   * breaks the mode itself, reported with a null partner.
   */
  public List<UnmetPartnerRule> unmet(
      String leadType, Map<String, Object> leadFacts, List<String> participantTypes) {
    List<UnmetPartnerRule> unmet = new ArrayList<>();
    if (mode == ApplicationMode.JOINT_REQUIRED && participantTypes.isEmpty()) {
      unmet.add(
          new UnmetPartnerRule(
              null,
              leadRule == null ? "须联合申报" : leadRule.zh(),
              "this track is applied for jointly only: name at least one participant"));
    }
    if (mode == ApplicationMode.ALONE && !participantTypes.isEmpty()) {
      unmet.add(
          new UnmetPartnerRule(
              null, "本项目由申报单位单独申报", "this track is applied for alone: remove the participants"));
    }
    for (RequiredPartner partner : requiredPartners) {
      String level =
          leadFacts.get("giRightsHolderLevel") == null
              ? null
              : String.valueOf(leadFacts.get("giRightsHolderLevel"));
      boolean applies =
          switch (partner.when()) {
            case "ALWAYS" -> true;
            case "LEAD_IS_UNIVERSITY" -> "UNIVERSITY_OR_RESEARCH_INSTITUTE".equals(leadType);
            case "RIGHTS_HOLDER_PREFECTURE" ->
                "IP_AUTHORITY".equals(leadType) && (level == null || "PREFECTURE".equals(level));
            case "RIGHTS_HOLDER_COUNTY" ->
                "IP_AUTHORITY".equals(leadType) && "COUNTY".equals(level);
            default -> true;
          };
      if (applies && participantTypes.stream().noneMatch(partner.types()::contains)) {
        unmet.add(
            new UnmetPartnerRule(
                partner,
                partner.zh(),
                partner.en()
                    + " (a participant of type "
                    + String.join(" or ", partner.types())
                    + " is missing)"));
      }
    }
    return List.copyOf(unmet);
  }

  /** Alone, alone or jointly, or jointly only. */
  public enum ApplicationMode {
    ALONE,
    ALONE_OR_JOINT,
    JOINT_REQUIRED
  }

  /**
   * A partner that must co-apply.
   *
   * @param types kinds of organisation that qualify
   * @param when {@code ALWAYS} or the condition under which the partner is needed: {@code
   *     LEAD_IS_UNIVERSITY}, {@code RIGHTS_HOLDER_PREFECTURE}, {@code RIGHTS_HOLDER_COUNTY}
   * @param zh the rule in Chinese
   * @param en the rule in English
   */
  public record RequiredPartner(List<String> types, String when, String zh, String en) {

    public RequiredPartner {
      types = types == null ? List.of() : List.copyOf(types);
    }
  }

  /**
   * A partner rule a joint application breaks.
   *
   * @param partner the rule, or null where the application mode itself is broken
   * @param zh the rule in Chinese
   * @param reason what is missing, in English
   */
  public record UnmetPartnerRule(RequiredPartner partner, String zh, String reason) {}
}
