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
 * @param permittedPartners where the guide names the only kinds of partner a lead may bring (1.3: a
 *     provincial rights holder 可直接申报，或联合地理标志服务机构共同申报), the kinds allowed and when; empty where any
 *     partner may take part (optional on the wire)
 */
public record ApplicationRules(
    ApplicationMode mode,
    BilingualText leadRule,
    List<RequiredPartner> requiredPartners,
    List<RequiredPartner> permittedPartners) {

  public ApplicationRules {
    requiredPartners = requiredPartners == null ? List.of() : List.copyOf(requiredPartners);
    permittedPartners = permittedPartners == null ? List.of() : List.copyOf(permittedPartners);
  }

  /** Rules without a restriction on the kinds of partner. */
  public ApplicationRules(
      ApplicationMode mode, BilingualText leadRule, List<RequiredPartner> requiredPartners) {
    this(mode, leadRule, requiredPartners, List.of());
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
    String level =
        leadFacts.get("giRightsHolderLevel") == null
            ? null
            : String.valueOf(leadFacts.get("giRightsHolderLevel"));
    for (RequiredPartner partner : requiredPartners) {
      if (applies(partner.when(), leadType, level)
          && participantTypes.stream().noneMatch(partner.types()::contains)) {
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
    for (RequiredPartner permitted : permittedPartners) {
      List<String> others =
          participantTypes.stream().filter(t -> !permitted.types().contains(t)).distinct().toList();
      if (applies(permitted.when(), leadType, level) && !others.isEmpty()) {
        unmet.add(
            new UnmetPartnerRule(
                permitted,
                permitted.zh(),
                permitted.en()
                    + " (participants of type "
                    + String.join(", ", others)
                    + " may not take part; only "
                    + String.join(" or ", permitted.types())
                    + ")"));
      }
    }
    return List.copyOf(unmet);
  }

  /**
   * Whether a partner rule's condition holds for the lead: {@code ALWAYS}, {@code
   * LEAD_IS_UNIVERSITY}, {@code RIGHTS_HOLDER_PROVINCIAL} (a lead other than an IP authority whose
   * declared GI rights-holder level is provincial), {@code RIGHTS_HOLDER_PREFECTURE} (an IP
   * authority lead, the level prefecture or undeclared), {@code RIGHTS_HOLDER_COUNTY}.
   */
  private static boolean applies(String when, String leadType, String level) {
    return switch (when) {
      case "ALWAYS" -> true;
      case "LEAD_IS_UNIVERSITY" -> "UNIVERSITY_OR_RESEARCH_INSTITUTE".equals(leadType);
      case "RIGHTS_HOLDER_PROVINCIAL" ->
          !"IP_AUTHORITY".equals(leadType) && (level == null || "PROVINCIAL".equals(level));
      case "RIGHTS_HOLDER_PREFECTURE" ->
          "IP_AUTHORITY".equals(leadType) && (level == null || "PREFECTURE".equals(level));
      case "RIGHTS_HOLDER_COUNTY" -> "IP_AUTHORITY".equals(leadType) && "COUNTY".equals(level);
      default -> true;
    };
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
   * @param when {@code ALWAYS} or the condition under which the rule holds: {@code
   *     LEAD_IS_UNIVERSITY}, {@code RIGHTS_HOLDER_PROVINCIAL}, {@code RIGHTS_HOLDER_PREFECTURE},
   *     {@code RIGHTS_HOLDER_COUNTY}
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
