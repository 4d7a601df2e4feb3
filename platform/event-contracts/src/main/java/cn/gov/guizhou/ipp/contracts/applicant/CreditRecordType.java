package cn.gov.guizhou.ipp.contracts.applicant;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of credit record that bar a unit under the guide, by the registry that publishes them.
 * The guide's words: on 信用中国, no “行政处罚”“经营异常”“严重失信” record; an industry association is not listed
 * on the social-organisation platform (chinanpo.mca.gov.cn) as “失信、年检不合格、政府采购严重违法失信行为记录名单”. Any
 * other category a registry reports (a credit commitment, a lifted listing, a category of the other
 * registry) is kept and shown with the check but refuses nothing.
 */
public enum CreditRecordType {
  ADMINISTRATIVE_PENALTY(Registry.CREDIT_CHINA, "行政处罚", "administrative penalty"),
  ABNORMAL_OPERATION(Registry.CREDIT_CHINA, "经营异常", "abnormal operation"),
  SERIOUS_DISHONESTY(Registry.CREDIT_CHINA, "严重失信", "serious dishonesty"),
  DISHONEST_LIST(Registry.SOCIAL_ORGANISATION_PLATFORM, "失信名单", "dishonest list"),
  FAILED_ANNUAL_INSPECTION(
      Registry.SOCIAL_ORGANISATION_PLATFORM, "年检不合格", "failed annual inspection"),
  SERIOUS_PROCUREMENT_VIOLATION(
      Registry.SOCIAL_ORGANISATION_PLATFORM,
      "政府采购严重违法失信行为记录名单",
      "serious government-procurement violation list");

  /** The registries, by the names events and the API use. */
  public enum Registry {
    /** 信用中国. */
    CREDIT_CHINA("信用中国", "Credit China"),
    /** 中国社会组织政务服务平台 (chinanpo.mca.gov.cn). */
    SOCIAL_ORGANISATION_PLATFORM(
        "中国社会组织政务服务平台", "the China social-organisation government service platform");

    private final String zh;
    private final String en;

    Registry(String zh, String en) {
      this.zh = zh;
      this.en = en;
    }

    public String zh() {
      return zh;
    }

    public String en() {
      return en;
    }

    /** The registry's name in the caller's language (Chinese unless English is asked for). */
    public String name(Locale locale) {
      return english(locale) ? en : zh;
    }

    /** The registry of that name, if there is one. */
    public static Optional<Registry> named(String name) {
      for (Registry r : values()) {
        if (r.name().equals(name)) {
          return Optional.of(r);
        }
      }
      return Optional.empty();
    }
  }

  private final Registry registry;
  private final String zh;
  private final String en;

  CreditRecordType(Registry registry, String zh, String en) {
    this.registry = registry;
    this.zh = zh;
    this.en = en;
  }

  /** The registry whose list this is. */
  public Registry registry() {
    return registry;
  }

  /** The guide's own words for it. */
  public String zh() {
    return zh;
  }

  public String en() {
    return en;
  }

  /**
   * The type a record's category names, if it is one the guide names for {@code registry}: only
   * such a record refuses. A category of the other registry, or one the guide does not name, is
   * empty.
   */
  public static Optional<CreditRecordType> refusing(String registry, String category) {
    for (CreditRecordType type : values()) {
      if (type.name().equals(category) && type.registry.name().equals(registry)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** The types named, in the caller's language, joined as a list is in that language. */
  public static String words(List<CreditRecordType> types, Locale locale) {
    boolean english = english(locale);
    return types.stream()
        .map(t -> english ? t.en : "“" + t.zh + "”")
        .collect(Collectors.joining(english ? ", " : "、"));
  }

  private static boolean english(Locale locale) {
    return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
  }
}
