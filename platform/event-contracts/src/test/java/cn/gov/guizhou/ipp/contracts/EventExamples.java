package cn.gov.guizhou.ipp.contracts;

import cn.gov.guizhou.ipp.contracts.applicant.OrganisationRegisteredV1;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * One realistic example payload per event type of {@link EventCatalogue}. {@code
 * EventCatalogueContractTest} fails for a catalogue entry without an example here, so a new event
 * cannot be published without one. Every field is set: the example shows consumers each property
 * the payload can carry, and it is the JSON Schema's {@code examples[0]}.
 */
final class EventExamples {

  private EventExamples() {}

  /** The examples by CloudEvents type. */
  static Map<String, IntegrationEvent> byType() {
    return Map.of(EventTypes.ORGANISATION_REGISTERED_V1, organisationRegisteredV1());
  }

  /** An enterprise in Guiyang (Guanshanhu district, division 520115) registers. */
  static OrganisationRegisteredV1 organisationRegisteredV1() {
    return new OrganisationRegisteredV1(
        UUID.fromString("3f6c2a9e-8b1d-4e57-9a42-6d0b7c1e5f83"),
        "91520115MA6HQ7K2XJ",
        "贵州黔云智联科技有限公司",
        "ENTERPRISE",
        "GUIYANG",
        OffsetDateTime.parse("2025-03-03T01:30:12.345678Z"));
  }
}
