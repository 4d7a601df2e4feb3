package cn.gov.guizhou.ipp.applicant.application;

import java.util.ArrayList;
import java.util.List;

/**
 * What the lead unit declares with its application (申报承诺). Every declaration is made before
 * submission.
 *
 * @param materialsTruthful the materials are true, accurate and complete (材料真实性承诺)
 * @param noDuplicateFunding the same work is not funded twice (不重复申报、不重复资助)
 * @param acceptsSupervision it accepts tracking, fund-use supervision and acceptance by the bureau
 *     and its risk-control firm (接受跟踪监管)
 */
public record Declarations(
    boolean materialsTruthful, boolean noDuplicateFunding, boolean acceptsSupervision) {

  /** Reads declarations as the portal sends them: one left out is one not made. */
  @com.fasterxml.jackson.annotation.JsonCreator
  static Declarations of(
      @com.fasterxml.jackson.annotation.JsonProperty("materialsTruthful") Boolean materialsTruthful,
      @com.fasterxml.jackson.annotation.JsonProperty("noDuplicateFunding")
          Boolean noDuplicateFunding,
      @com.fasterxml.jackson.annotation.JsonProperty("acceptsSupervision")
          Boolean acceptsSupervision) {
    return new Declarations(
        Boolean.TRUE.equals(materialsTruthful),
        Boolean.TRUE.equals(noDuplicateFunding),
        Boolean.TRUE.equals(acceptsSupervision));
  }

  /** None made yet. */
  public static final Declarations NONE = new Declarations(false, false, false);

  /** The declarations not made yet, by field. */
  List<String> missing() {
    List<String> missing = new ArrayList<>();
    if (!materialsTruthful) {
      missing.add("materialsTruthful");
    }
    if (!noDuplicateFunding) {
      missing.add("noDuplicateFunding");
    }
    if (!acceptsSupervision) {
      missing.add("acceptsSupervision");
    }
    return missing;
  }
}
