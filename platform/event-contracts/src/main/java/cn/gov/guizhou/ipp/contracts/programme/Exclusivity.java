package cn.gov.guizhou.ipp.contracts.programme;

/**
 * A call-wide exclusivity rule: the applicant of {@code track} may apply for nothing else.
 *
 * @param track the track whose applicant is bound
 * @param ruleZh the rule in Chinese
 * @param ruleEn the rule in English
 */
public record Exclusivity(String track, String ruleZh, String ruleEn) {}
