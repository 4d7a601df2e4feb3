package cn.gov.guizhou.ipp.portal.web;

import cn.gov.guizhou.ipp.portal.PortalProperties;
import cn.gov.guizhou.ipp.portal.api.PlatformApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The eligibility pre-check from a track's page: the catalogue's own assessment of the chosen
 * organisation's profile (its type, region, the outcome of its latest credit check and its declared
 * facts), criterion by criterion. The portal judges nothing: it shows what the catalogue answers.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class EligibilityController {

  private final PlatformApi api;
  private final PortalProperties properties;

  EligibilityController(PlatformApi api, PortalProperties properties) {
    this.api = api;
    this.properties = properties;
  }

  @GetMapping("/programmes/{code}/eligibility")
  String form(
      @PathVariable String code, @RequestParam(required = false) Integer year, Model model) {
    return page(code, year, null, model);
  }

  @PostMapping("/programmes/{code}/eligibility")
  String check(
      @PathVariable String code,
      @RequestParam(required = false) Integer year,
      @RequestParam(name = "organisationId", required = false) UUID organisationId,
      Model model) {
    return page(code, year, organisationId, model);
  }

  private String page(String code, Integer year, UUID organisationId, Model model) {
    int callYear = year == null ? properties.callYear() : year;
    model.addAttribute("year", callYear);
    model.addAttribute(
        "track", api.getPublic("/api/programmes/{code}?year={year}", code, callYear));
    List<Map<String, Object>> organisations = api.list("/api/organisations");
    model.addAttribute("organisations", organisations);
    UUID chosen = organisationId;
    if (chosen == null && organisations.size() == 1) {
      chosen = UUID.fromString(String.valueOf(organisations.get(0).get("id")));
    }
    model.addAttribute("chosen", chosen == null ? "" : chosen.toString());
    if (chosen != null) {
      Map<String, Object> organisation = api.get("/api/organisations/{id}", chosen);
      List<Map<String, Object>> checks = api.list("/api/organisations/{id}/credit-checks", chosen);
      Map<String, Object> profile = profile(organisation, latestOutcome(checks));
      model.addAttribute("organisation", organisation);
      model.addAttribute("profile", profile);
      model.addAttribute(
          "assessment",
          api.post("/api/programmes/{code}/eligibility?year={year}", profile, code, callYear));
    }
    return "eligibility";
  }

  /** The outcome of the newest credit check, or null if none has been made. */
  static String latestOutcome(List<Map<String, Object>> checks) {
    return checks.stream()
        .max(
            (a, b) ->
                String.valueOf(a.get("checkedAt")).compareTo(String.valueOf(b.get("checkedAt"))))
        .map(c -> (String) c.get("outcome"))
        .orElse(null);
  }

  /** The profile the catalogue assesses: the organisation as registered, with its facts' values. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> profile(Map<String, Object> organisation, String creditStatus) {
    Map<String, Object> facts = new LinkedHashMap<>();
    if (organisation.get("facts") instanceof Map<?, ?> declared) {
      declared.forEach(
          (name, fact) -> {
            if (fact instanceof Map<?, ?> f && f.get("value") != null) {
              facts.put(String.valueOf(name), ((Map<String, Object>) f).get("value"));
            }
          });
    }
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("organisationType", organisation.get("type"));
    profile.put("region", organisation.get("region"));
    if (creditStatus != null) {
      profile.put("creditStatus", creditStatus);
    }
    profile.put("facts", facts);
    return profile;
  }
}
