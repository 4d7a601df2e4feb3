package cn.gov.guizhou.ipp.monitoring.evaluation;

import cn.gov.guizhou.ipp.contracts.EventJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The indicator systems of the performance evaluation, read from {@code
 * monitoring/performance-indicators-2027.json}: a default system, systems for some tracks that
 * replace it, and the programme category of each track.
 */
@Component
public class PerformanceIndicators {

  static final String RESOURCE = "monitoring/performance-indicators-2027.json";

  private final String version;
  private final IndicatorSystem defaultSystem;
  private final Map<String, IndicatorSystem> byTrack;
  private final Map<String, String> programmes;

  public PerformanceIndicators() {
    this(read(RESOURCE));
  }

  PerformanceIndicators(JsonNode document) {
    version = document.get("version").asString();
    defaultSystem = new IndicatorSystem(version, null, indicators(document.get("default")));
    Map<String, IndicatorSystem> tracks = new LinkedHashMap<>();
    JsonNode overrides = document.get("tracks");
    if (overrides != null) {
      for (Map.Entry<String, JsonNode> e : overrides.properties()) {
        tracks.put(e.getKey(), new IndicatorSystem(version, e.getKey(), indicators(e.getValue())));
      }
    }
    byTrack = Map.copyOf(tracks);
    Map<String, String> names = new LinkedHashMap<>();
    JsonNode programmeNames = document.get("programmes");
    if (programmeNames != null) {
      for (Map.Entry<String, JsonNode> e : programmeNames.properties()) {
        names.put(e.getKey(), e.getValue().asString());
      }
    }
    programmes = Map.copyOf(names);
  }

  /** The system's version. */
  public String version() {
    return version;
  }

  /** The indicator system a project of the track is scored on. */
  public IndicatorSystem forTrack(String trackCode) {
    IndicatorSystem own = trackCode == null ? null : byTrack.get(trackCode);
    return own != null ? own : new IndicatorSystem(version, trackCode, defaultSystem.indicators());
  }

  /** The programme category of a track: the call's programme name, or the track code itself. */
  public String categoryOf(String trackCode) {
    return programmes.getOrDefault(trackCode, trackCode);
  }

  private static List<IndicatorSystem.Indicator> indicators(JsonNode list) {
    List<IndicatorSystem.Indicator> indicators = new ArrayList<>();
    for (JsonNode i : list) {
      indicators.add(
          new IndicatorSystem.Indicator(
              i.get("id").asString(),
              Dimension.valueOf(i.get("dimension").asString()),
              i.get("zh").asString(),
              i.get("en").asString(),
              IndicatorSystem.Kind.valueOf(i.get("kind").asString()),
              new BigDecimal(i.get("maxScore").asString())));
    }
    return indicators;
  }

  private static JsonNode read(String resource) {
    try (InputStream in =
        PerformanceIndicators.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the indicator system " + resource + " is missing");
      }
      return EventJson.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
