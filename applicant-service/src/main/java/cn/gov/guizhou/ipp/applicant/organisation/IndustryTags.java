package cn.gov.guizhou.ipp.applicant.organisation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An organisation's industry tags (行业标签): short labels, trimmed, without duplicates. */
public final class IndustryTags {

  public static final int MAX_TAGS = 20;
  public static final int MAX_LENGTH = 30;

  private IndustryTags() {}

  /**
   * The tags trimmed, blanks dropped, duplicates removed (first kept).
   *
   * @throws IllegalArgumentException reading {@code "industryTags: ..."} if there are too many or
   *     one is too long
   */
  public static List<String> normalise(List<String> tags) {
    if (tags == null) {
      return List.of();
    }
    Set<String> kept = new LinkedHashSet<>();
    for (String tag : tags) {
      if (tag == null || tag.isBlank()) {
        continue;
      }
      String stripped = tag.strip();
      if (stripped.codePointCount(0, stripped.length()) > MAX_LENGTH) {
        throw new IllegalArgumentException(
            "industryTags: each tag must be at most " + MAX_LENGTH + " characters");
      }
      kept.add(stripped);
    }
    if (kept.size() > MAX_TAGS) {
      throw new IllegalArgumentException("industryTags: at most " + MAX_TAGS + " tags");
    }
    return List.copyOf(kept);
  }
}
