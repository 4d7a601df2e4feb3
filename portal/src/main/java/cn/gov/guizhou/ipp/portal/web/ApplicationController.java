package cn.gov.guizhou.ipp.portal.web;

import cn.gov.guizhou.ipp.portal.PortalProperties;
import cn.gov.guizhou.ipp.portal.api.ApiProblemException;
import cn.gov.guizhou.ipp.portal.api.PlatformApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An applicant unit's applications: the list, starting one for a track, and each one's story. */
@Controller
@PreAuthorize("isAuthenticated()")
class ApplicationController {

  static final List<String> DRAFT_FIELDS =
      List.of("trackCode", "leadOrganisationId", "content.title");

  private final PlatformApi api;
  private final PortalProperties properties;

  ApplicationController(PlatformApi api, PortalProperties properties) {
    this.api = api;
    this.properties = properties;
  }

  /** The statuses the list may be filtered by (the API's own; it refuses any other). */
  static final List<String> STATUSES =
      List.of(
          "DRAFT",
          "SUBMITTED",
          "WITHDRAWN",
          "FORMAL_CHECK_PASSED",
          "FORMAL_CHECK_FAILED",
          "UNDER_REVIEW",
          "APPROVED",
          "REJECTED",
          "FUNDED",
          "IN_IMPLEMENTATION",
          "ACCEPTED",
          "FAILED_ACCEPTANCE");

  @GetMapping("/applications")
  String list(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String page,
      Model model) {
    Map<String, String> filters = new java.util.LinkedHashMap<>();
    filters.put("status", status == null ? null : status.strip());
    model.addAttribute("statuses", STATUSES);
    model.addAttribute("status", filters.get("status"));
    cn.gov.guizhou.ipp.portal.api.PagedList shown;
    try {
      shown = api.page("/api/applications", Pager.requested(page), Pager.SIZE, filters);
    } catch (cn.gov.guizhou.ipp.portal.api.ApiProblemException refused) {
      if (refused.problem().status() != 400 && refused.problem().status() != 422) {
        throw refused;
      }
      // A filter the API refuses: the list unfiltered, the refusal at the filter's field.
      FormProblem.show(model, refused, List.of("status"));
      filters.put("status", null);
      model.addAttribute("status", null);
      shown = api.page("/api/applications", 1, Pager.SIZE, filters);
    }
    model.addAttribute("pager", Pager.of(shown, "/applications", filters));
    List<Map<String, Object>> applications = shown.items();
    List<Map<String, Object>> mine = api.list("/api/organisations");
    java.util.Set<Object> leadIds = new java.util.HashSet<>();
    java.util.Set<Object> codes = new java.util.HashSet<>();
    mine.forEach(
        o -> {
          leadIds.add(String.valueOf(o.get("id")));
          codes.add(String.valueOf(o.get("creditCode")));
        });
    java.util.Set<Object> invitedIds = new java.util.HashSet<>();
    for (Map<String, Object> a : applications) {
      for (Map<String, Object> p : TaskList.list(a.get("participants"))) {
        if (codes.contains(String.valueOf(p.get("creditCode"))) && p.get("confirmedAt") == null) {
          invitedIds.add(String.valueOf(a.get("id")));
        }
      }
    }
    model.addAttribute("applications", applications);
    model.addAttribute("leadIds", leadIds);
    model.addAttribute("invitedIds", invitedIds);
    return "applications/list";
  }

  @GetMapping("/applications/new")
  String startForm(
      @RequestParam(required = false) String track,
      @RequestParam(required = false) Integer year,
      Model model) {
    model.addAttribute("form", new DraftForm(track, null, ""));
    return startPage(year, model);
  }

  @PostMapping("/applications")
  String start(
      @RequestParam(required = false) Integer year,
      @RequestParam(defaultValue = "") String trackCode,
      @RequestParam(defaultValue = "") String leadOrganisationId,
      @RequestParam(defaultValue = "") String title,
      Model model,
      RedirectAttributes redirect) {
    int callYear = year == null ? properties.callYear() : year;
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("callYear", callYear);
    request.put("trackCode", trackCode.isBlank() ? null : trackCode);
    request.put("leadOrganisationId", leadOrganisationId.isBlank() ? null : leadOrganisationId);
    request.put("content", Map.of("title", title.trim()));
    try {
      Map<String, Object> draft = api.post("/api/applications", request);
      redirect.addFlashAttribute("notice", "application.started");
      return "redirect:/applications/" + draft.get("id");
    } catch (ApiProblemException refusal) {
      if (refusal.problem().status() >= 500) {
        throw refusal;
      }
      FormProblem.show(model, refusal, DRAFT_FIELDS);
      model.addAttribute("form", new DraftForm(trackCode, leadOrganisationId, title));
      return startPage(callYear, model);
    }
  }

  private String startPage(Integer year, Model model) {
    int callYear = year == null ? properties.callYear() : year;
    model.addAttribute("year", callYear);
    model.addAttribute("tracks", api.listPublic("/api/programmes?year={year}", callYear));
    model.addAttribute("organisations", api.list("/api/organisations"));
    return "applications/new";
  }

  /**
   * The start form as typed.
   *
   * @param trackCode the track chosen
   * @param leadOrganisationId the lead unit chosen
   * @param title the project's title
   */
  record DraftForm(String trackCode, String leadOrganisationId, String title) {}
}
