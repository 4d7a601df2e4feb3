package cn.gov.guizhou.ipp.monitoring.reports;

import java.util.List;
import java.util.Map;

/**
 * What each risk level calls for (分级响应), by the version of the red/yellow/green rules that gave the
 * colours: green, routine tracking; yellow, closer tracking and pressing for rectification; red,
 * suspending disbursement, a formal talk with the unit and a disposal recommendation.
 */
public final class RiskResponsePlans {

  /** The version of the colour rules these plans go with. */
  public static final String RULES_VERSION = "RYG-2027.1";

  /**
   * One level's response.
   *
   * @param colour GREEN, YELLOW or RED
   * @param levelZh the level's name
   * @param actionsZh what is done, in the bureau's words
   * @param actionsEn the same in English
   */
  public record ResponsePlan(
      String colour, String levelZh, List<String> actionsZh, List<String> actionsEn) {}

  private static final Map<String, List<ResponsePlan>> BY_RULES =
      Map.of(
          RULES_VERSION,
          List.of(
              new ResponsePlan("GREEN", "绿色", List.of("常规跟踪"), List.of("Routine tracking")),
              new ResponsePlan(
                  "YELLOW",
                  "黄色",
                  List.of("加密跟踪", "督促整改"),
                  List.of("Closer tracking", "Press for rectification")),
              new ResponsePlan(
                  "RED",
                  "红色",
                  List.of("暂停拨付", "约谈", "提出处置建议"),
                  List.of(
                      "Suspend disbursement",
                      "Formal talk with the unit",
                      "Recommend a disposal to the bureau"))));

  private RiskResponsePlans() {}

  /** The plans of every level, green to red, for the rules' version. */
  public static List<ResponsePlan> forRules(String rulesVersion) {
    List<ResponsePlan> plans = BY_RULES.get(rulesVersion);
    if (plans == null) {
      throw new IllegalArgumentException("no response plans for the colour rules " + rulesVersion);
    }
    return plans;
  }

  /** The plan for one colour. */
  public static ResponsePlan of(String rulesVersion, String colour) {
    return forRules(rulesVersion).stream()
        .filter(p -> p.colour().equals(colour))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("colour: unknown colour " + colour));
  }
}
