package cn.gov.guizhou.ipp.review.experts;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many experts review an application, per track, and how many scores make a quorum when the
 * deadline passes.
 *
 * @param expertsPerApplication experts drawn for each application (default 5)
 * @param expertsPerTrack a different number for some tracks, by track code
 * @param quorum the fewest scores a final score may be computed from after the deadline
 */
@ConfigurationProperties("ipp.review")
public record ReviewSettings(
    Integer expertsPerApplication, Map<String, Integer> expertsPerTrack, Integer quorum) {

  public ReviewSettings {
    expertsPerApplication = expertsPerApplication == null ? 5 : expertsPerApplication;
    expertsPerTrack = expertsPerTrack == null ? Map.of() : Map.copyOf(expertsPerTrack);
    quorum = quorum == null ? 3 : quorum;
  }

  /** Experts wanted for an application of the track. */
  public int expertsFor(String trackCode) {
    return expertsPerTrack.getOrDefault(trackCode, expertsPerApplication);
  }
}
