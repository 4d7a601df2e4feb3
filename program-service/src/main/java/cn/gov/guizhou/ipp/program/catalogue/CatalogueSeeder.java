package cn.gov.guizhou.ipp.program.catalogue;

import cn.gov.guizhou.ipp.kit.events.OutboxEventPublisher;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * On every start, writes each call of the catalogue data files ({@code catalogue/call-*.json}) that
 * the database does not hold yet, as its first, published version. A call already there is left as
 * it is: seeding is idempotent, and later versions are made through the API. Each call written is
 * announced with {@code call.published.v1}, in the same transaction.
 */
@Component
public class CatalogueSeeder implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(CatalogueSeeder.class);
  static final String LOCATION = "classpath:catalogue/call-*.json";

  private final CallRepository calls;
  private final OutboxEventPublisher events;
  private final JsonMapper json;
  private final Clock clock;

  public CatalogueSeeder(
      CallRepository calls, OutboxEventPublisher events, JsonMapper json, Clock clock) {
    this.calls = calls;
    this.events = events;
    this.json = json;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    try {
      for (Resource file : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
        CallDefinition definition = read(file);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (calls.insertCall(
            definition,
            CallState.PUBLISHED,
            "catalogue/" + file.getFilename(),
            "the call as the bureau published it",
            "catalogue-seed",
            now)) {
          events.publish(definition.published(1, CallState.PUBLISHED, now));
          log.info(
              "Seeded the {} call ({} tracks) from {}",
              definition.call().year(),
              definition.tracks().size(),
              file.getFilename());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the catalogue data files", e);
    }
  }

  CallDefinition read(Resource file) throws IOException {
    try (InputStream in = file.getInputStream()) {
      return json.readValue(in, CallDefinition.class);
    }
  }
}
