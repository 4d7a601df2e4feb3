package cn.gov.guizhou.ipp.portal.web;

import cn.gov.guizhou.ipp.portal.api.ApiProblemException;
import cn.gov.guizhou.ipp.portal.api.PagedList;
import cn.gov.guizhou.ipp.portal.api.PlatformApi;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A funded project's life after the award, as its unit sees it: the grant statement (awarded, paid,
 * spent, eligible, unspent and recovered, per approved budget category), the expenditure recorded
 * against it with each voucher, and the quarterly progress reports of the tracking rounds. The
 * project's id is the awarded application's. Every rule is the API's: the pages send what was typed
 * and show the API's refusal at its field.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class AfterAwardController {

  static final List<String> EXPENDITURE_FIELDS =
      List.of("category", "amount", "spentOn", "payee", "description", "voucher");

  private final PlatformApi api;

  AfterAwardController(PlatformApi api) {
    this.api = api;
  }

  // --- the grant statement

  @GetMapping("/projects/{id}")
  String statement(@PathVariable UUID id, Model model) {
    model.addAttribute("projectId", id);
    model.addAttribute("statement", optional("/api/funding/grants/{id}/statement", id));
    return "projects/statement";
  }

  // --- expenditure

  @GetMapping("/projects/{id}/expenditures")
  String expenditures(
      @PathVariable UUID id, @RequestParam(required = false) String page, Model model) {
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new ExpenditureForm("", "", "", "", ""));
    }
    return expendituresPage(id, Pager.requested(page), model);
  }

  @PostMapping("/projects/{id}/expenditures")
  String record(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String category,
      @RequestParam(defaultValue = "") String amount,
      @RequestParam(defaultValue = "") String spentOn,
      @RequestParam(defaultValue = "") String payee,
      @RequestParam(defaultValue = "") String description,
      @RequestParam(name = "voucher", required = false) MultipartFile voucher,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    ExpenditureForm form = new ExpenditureForm(category, amount, spentOn, payee, description);
    MultiValueMap<String, Object> parts =
        OrganisationProfileController.fileParts("voucher", voucher);
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    parts.add("expenditure", new HttpEntity<>(form.request(), json));
    try {
      api.postMultipart("/api/funding/grants/{id}/expenditures", parts, id);
      redirect.addFlashAttribute("notice", "expenditures.recorded");
      return "redirect:/projects/" + id + "/expenditures";
    } catch (ApiProblemException refusal) {
      if (refusal.problem().status() >= 500) {
        throw refusal;
      }
      FormProblem.show(model, refusal, EXPENDITURE_FIELDS);
      model.addAttribute("form", form);
      return expendituresPage(id, 1, model);
    }
  }

  @GetMapping("/projects/{id}/expenditures/{expenditureId}/voucher")
  void voucher(
      @PathVariable UUID id, @PathVariable UUID expenditureId, HttpServletResponse response)
      throws IOException {
    api.download("/api/funding/grants/{id}/expenditures/{e}/voucher", response, id, expenditureId);
  }

  private String expendituresPage(UUID id, int page, Model model) {
    Map<String, Object> statement = optional("/api/funding/grants/{id}/statement", id);
    model.addAttribute("projectId", id);
    model.addAttribute("statement", statement);
    if (statement == null) {
      model.addAttribute("expenditures", List.of());
    } else {
      PagedList shown =
          api.page("/api/funding/grants/{id}/expenditures", page, Pager.SIZE, Map.of(), id);
      model.addAttribute("expenditures", shown.items());
      model.addAttribute("pager", Pager.of(shown, "/projects/" + id + "/expenditures", Map.of()));
    }
    model.addAttribute("categories", statement == null ? List.of() : categories(statement));
    return "projects/expenditures";
  }

  /** The grant's approved budget categories (those with an approved amount), in its order. */
  static List<String> categories(Map<String, Object> statement) {
    List<String> codes = new ArrayList<>();
    for (Map<String, Object> c : TaskList.list(statement.get("categories"))) {
      Object approved = c.get("approved");
      if (approved != null && new java.math.BigDecimal(approved.toString()).signum() > 0) {
        codes.add(String.valueOf(c.get("category")));
      }
    }
    return codes;
  }

  // --- quarterly progress reports

  @GetMapping("/projects/{id}/reports")
  String reports(@PathVariable UUID id, Model model) {
    Map<String, Object> project = api.get("/api/monitoring/projects/{id}", id);
    List<Round> rounds = new ArrayList<>();
    for (Map<String, Object> target :
        TaskList.list(TaskList.map(project.get("plan")).get("quarterlyTargets"))) {
      String quarter = String.valueOf(target.get("quarter"));
      Map<String, Object> report =
          optional("/api/monitoring/projects/{id}/rounds/{q}", id, quarter);
      rounds.add(
          new Round(
              quarter, target.get("plannedCumulativePercent"), report, RoundState.of(report)));
    }
    model.addAttribute("projectId", id);
    model.addAttribute("project", project);
    model.addAttribute("rounds", rounds);
    return "projects/reports";
  }

  @GetMapping("/projects/{id}/rounds/{quarter}/report")
  String reportForm(@PathVariable UUID id, @PathVariable String quarter, Model model) {
    Map<String, Object> report = optional("/api/monitoring/projects/{id}/rounds/{q}", id, quarter);
    if (!model.containsAttribute("form")) {
      Map<String, Object> tasks = report == null ? Map.of() : TaskList.map(report.get("unitTasks"));
      Map<String, String> typed = new LinkedHashMap<>();
      tasks.forEach((k, v) -> typed.put(k, String.valueOf(v)));
      String note =
          report == null || report.get("unitNote") == null ? "" : (String) report.get("unitNote");
      List<Object> evidence =
          report == null || report.get("evidence") == null
              ? List.of()
              : (List<Object>) report.get("evidence");
      model.addAttribute(
          "form",
          new ReportForm(
              typed, note, String.join("\n", evidence.stream().map(String::valueOf).toList())));
    }
    return reportPage(id, quarter, report, model);
  }

  @PostMapping("/projects/{id}/rounds/{quarter}/report")
  String report(
      @PathVariable UUID id,
      @PathVariable String quarter,
      @RequestParam Map<String, String> params,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> tasks = new LinkedHashMap<>();
    params.forEach(
        (name, value) -> {
          if (name.startsWith("tasks.")) {
            tasks.put(name.substring("tasks.".length()), value.trim());
          }
        });
    ReportForm form =
        new ReportForm(tasks, params.getOrDefault("note", ""), params.getOrDefault("evidence", ""));
    try {
      api.put("/api/monitoring/projects/{id}/rounds/{q}/report", form.request(), id, quarter);
      redirect.addFlashAttribute("notice", "progress.reported");
      return "redirect:/projects/" + id + "/reports";
    } catch (ApiProblemException refusal) {
      if (refusal.problem().status() >= 500) {
        throw refusal;
      }
      Map<String, Object> project = api.get("/api/monitoring/projects/{id}", id);
      List<String> fields = new ArrayList<>(List.of("tasks", "note", "evidence"));
      planTasks(project).forEach(t -> fields.add("tasks." + t.get("code")));
      FormProblem.show(model, refusal, fields);
      model.addAttribute("form", form);
      return reportPage(
          id, quarter, optional("/api/monitoring/projects/{id}/rounds/{q}", id, quarter), model);
    }
  }

  private String reportPage(UUID id, String quarter, Map<String, Object> report, Model model) {
    Map<String, Object> project = api.get("/api/monitoring/projects/{id}", id);
    Object target = null;
    for (Map<String, Object> t :
        TaskList.list(TaskList.map(project.get("plan")).get("quarterlyTargets"))) {
      if (quarter.equals(t.get("quarter"))) {
        target = t.get("plannedCumulativePercent");
      }
    }
    model.addAttribute("projectId", id);
    model.addAttribute("project", project);
    model.addAttribute("tasks", planTasks(project));
    model.addAttribute("round", new Round(quarter, target, report, RoundState.of(report)));
    return "projects/report";
  }

  private static List<Map<String, Object>> planTasks(Map<String, Object> project) {
    return TaskList.list(TaskList.map(project.get("plan")).get("tasks"));
  }

  /** A JSON object, or null when the API answers that there is none (404). */
  private Map<String, Object> optional(String path, Object... variables) {
    try {
      return api.get(path, variables);
    } catch (ApiProblemException e) {
      if (e.problem().status() == 404) {
        return null;
      }
      throw e;
    }
  }

  /**
   * One tracking round of the project's plan.
   *
   * @param quarter {@code 2027-Q2}
   * @param plannedCumulativePercent the plan's cumulative completion for the quarter
   * @param report the API's round report, null when the round is not open for the project
   * @param state where it stands
   */
  record Round(
      String quarter,
      Object plannedCumulativePercent,
      Map<String, Object> report,
      RoundState state) {}

  /**
   * The expenditure form as typed.
   *
   * @param category an approved budget category
   * @param amount CNY, as typed
   * @param spentOn {@code yyyy-MM-dd}
   * @param payee who was paid
   * @param description what it paid for
   */
  record ExpenditureForm(
      String category, String amount, String spentOn, String payee, String description) {

    /** The API's {@code expenditure} part: blanks are sent as absent, the API names them. */
    Map<String, Object> request() {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("category", blankToNull(category));
      body.put("amount", blankToNull(amount == null ? null : amount.replace(",", "")));
      body.put("spentOn", blankToNull(spentOn));
      body.put("payee", blankToNull(payee));
      body.put("description", blankToNull(description));
      return body;
    }
  }

  /**
   * The quarterly report form as typed.
   *
   * @param tasks completion per task code, percent, as typed
   * @param note the unit's account of the quarter
   * @param evidence the evidence, one line each
   */
  record ReportForm(Map<String, String> tasks, String note, String evidence) {

    public String task(String code) {
      return tasks.getOrDefault(code, "");
    }

    /** The API's report: {@code {tasks: {T1: percent}, note, evidence: [..]}}. */
    Map<String, Object> request() {
      Map<String, Object> body = new LinkedHashMap<>();
      Map<String, Object> percents = new LinkedHashMap<>();
      tasks.forEach((code, value) -> percents.put(code, blankToNull(value)));
      body.put("tasks", percents);
      body.put("note", note == null ? "" : note.trim());
      body.put(
          "evidence",
          evidence == null
              ? List.of()
              : evidence.lines().map(String::trim).filter(l -> !l.isEmpty()).toList());
      return body;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
