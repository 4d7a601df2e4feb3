package cn.gov.guizhou.ipp.review.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The score sheets of a call, read from {@code review/score-sheets-<year>.json} on the classpath:
 * one sheet per track that experts score. Tracks ranked otherwise have none (市州级能力提升 is ranked by
 * {@link PrefectureRanking}; 数据知识产权证券化 is first come, first served).
 */
public final class ScoreSheets {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private static final Map<Integer, ScoreSheets> LOADED = new ConcurrentHashMap<>();
  private static final int FIRST_YEAR = 2027;
  private static final Map<Integer, ScoreSheets> FOLLOW_UP = new ConcurrentHashMap<>();

  private final int callYear;
  private final Map<String, ScoreSheet> byTrack;

  private ScoreSheets(int callYear, Map<String, ScoreSheet> byTrack) {
    this.callYear = callYear;
    this.byTrack = byTrack;
  }

  /**
   * The sheets of the call of {@code year}.
   *
   * @throws IllegalStateException if the classpath has no sheets for the year, or they cannot be
   *     read
   */
  public static ScoreSheets forCall(int year) {
    return LOADED.computeIfAbsent(year, ScoreSheets::load);
  }

  /** The sheet of a track, or empty if experts do not score the track in this call. */
  public Optional<ScoreSheet> forTrack(String trackCode) {
    return trackCode == null ? Optional.empty() : Optional.ofNullable(byTrack.get(trackCode));
  }

  /** The year of the call. */
  public int callYear() {
    return callYear;
  }

  /** Every sheet, in the file's order. */
  public List<ScoreSheet> sheets() {
    return List.copyOf(byTrack.values());
  }

  /**
   * The sheets evaluations and acceptance of a call's projects are scored on, keyed by {@code
   * ACCEPTANCE} and {@code <track>-EVALUATION}, read from review/follow-up-sheets-<year>.json.
   *
   * @throws IllegalStateException if the classpath has no such sheets for the year
   */
  public static ScoreSheets followUpForCall(int year) {
    return FOLLOW_UP.computeIfAbsent(year, y -> load("review/follow-up-sheets-" + y + ".json", y));
  }

  /**
   * The review sheets a call is scored on: its own, or — until the bureau revises them — those of
   * the latest earlier call that has sheets.
   *
   * @throws IllegalStateException if no call from 2027 on has sheets
   */
  public static ScoreSheets inForce(int year) {
    return latest(year, ScoreSheets::forCall);
  }

  /** The evaluation and acceptance sheets a call is scored on, carried forward the same way. */
  public static ScoreSheets followUpInForce(int year) {
    return latest(year, ScoreSheets::followUpForCall);
  }

  private static ScoreSheets latest(int year, java.util.function.IntFunction<ScoreSheets> ofYear) {
    for (int y = year; y >= FIRST_YEAR; y--) {
      try {
        return ofYear.apply(y);
      } catch (IllegalStateException noSheetsThatYear) {
        // the year before, then
      }
    }
    throw new IllegalStateException("no sheets for the call of " + year + " or any before it");
  }

  static String resourceName(int year) {
    return "review/score-sheets-" + year + ".json";
  }

  private static ScoreSheets load(int year) {
    return load(resourceName(year), year);
  }

  private static ScoreSheets load(String name, int year) {
    try (InputStream in = ScoreSheets.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no sheets for the call of " + year + ": " + name);
      }
      return from(name, year, JSON.readValue(in, SheetsFile.class));
    } catch (IOException | JacksonException | IllegalArgumentException e) {
      throw new IllegalStateException(name + ": cannot be read: " + e.getMessage(), e);
    }
  }

  private static ScoreSheets from(String name, int year, SheetsFile file) {
    if (file.callYear() != year) {
      throw new IllegalStateException(
          name + ": callYear: is " + file.callYear() + ", expected " + year);
    }
    if (file.sheets() == null || file.sheets().isEmpty()) {
      throw new IllegalStateException(name + ": sheets: at least one sheet is required");
    }
    Map<String, ScoreSheet> byTrack = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < file.sheets().size(); i++) {
      ScoreSheet sheet = file.sheets().get(i);
      if (sheet == null) {
        throw new IllegalStateException(name + ": sheets[" + i + "]: is required");
      }
      if (!seen.add(sheet.trackCode())) {
        throw new IllegalStateException(
            name + ": sheets[" + i + "].trackCode: " + sheet.trackCode() + " appears twice");
      }
      byTrack.put(sheet.trackCode(), sheet);
    }
    return new ScoreSheets(year, Collections.unmodifiableMap(byTrack));
  }

  /** The file's shape. */
  record SheetsFile(int schemaVersion, int callYear, String source, List<ScoreSheet> sheets) {}
}
