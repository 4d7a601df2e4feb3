package cn.gov.guizhou.ipp.portal.web;

import cn.gov.guizhou.ipp.portal.api.ApiProblemException;
import cn.gov.guizhou.ipp.portal.api.PlatformApi;
import java.util.Arrays;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A funded project's warning notices (预警告知书) as its unit reads them, and the rectification plan
 * (整改方案) the unit files for one. The risk-control firm's verified figures, the lag, the deadline
 * and every state are the monitoring service's; the page shows them and sends the plan as typed.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class WarningNoticeController {

  /** The plan form's fields, named after the API's. */
  static final List<String> PLAN_FIELDS = List.of("content", "measures");

  private final PlatformApi api;

  WarningNoticeController(PlatformApi api) {
    this.api = api;
  }

  /** A project's notices, newest first (the project's id is its application's). */
  @GetMapping("/projects/{projectId}/notices")
  String notices(@PathVariable UUID projectId, Model model) {
    model.addAttribute("project", api.get("/api/monitoring/projects/{id}", projectId));
    model.addAttribute("notices", api.list("/api/monitoring/projects/{id}/notices", projectId));
    return "notices/list";
  }

  /** One notice: what lags, by how much, the deadline, its plans, and the form for a new plan. */
  @GetMapping("/notices/{noticeId}")
  String notice(@PathVariable UUID noticeId, Model model) {
    Map<String, Object> notice = api.get("/api/monitoring/notices/{id}", noticeId);
    // Not "notice": the layout shows a flash message under that name.
    model.addAttribute("warning", notice);
    model.addAttribute(
        "project", api.get("/api/monitoring/projects/{id}", notice.get("projectId")));
    // Not "content": the layout's fragment takes the page's content under that name.
    if (!model.containsAttribute("planContent")) {
      model.addAttribute("planContent", "");
      model.addAttribute("planMeasures", "");
    }
    return "notices/show";
  }

  @PostMapping("/notices/{noticeId}/rectification-plans")
  String filePlan(
      @PathVariable UUID noticeId,
      @RequestParam(defaultValue = "") String content,
      @RequestParam(defaultValue = "") String measures,
      Model model,
      RedirectAttributes redirect) {
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("content", content);
    plan.put("measures", lines(measures));
    try {
      api.post("/api/monitoring/notices/{id}/rectification-plans", plan, noticeId);
      redirect.addFlashAttribute("notice", "rectification.filed");
      return "redirect:/notices/" + noticeId;
    } catch (ApiProblemException refusal) {
      if (refusal.problem().status() >= 500) {
        throw refusal;
      }
      FormProblem.show(model, refusal, PLAN_FIELDS);
      model.addAttribute("planContent", content);
      model.addAttribute("planMeasures", measures);
      return notice(noticeId, model);
    }
  }

  /** The measures as typed, one a line, blank lines left out. */
  static List<String> lines(String text) {
    return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
