package cn.gov.guizhou.ipp.portal.web;

import cn.gov.guizhou.ipp.portal.api.ApiProblemException;
import cn.gov.guizhou.ipp.portal.api.PlatformApi;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An application completed as a task list: each section its own page that saves to the API as it
 * goes ({@code PUT /api/applications/{id}} takes the whole content, so the page reads the current
 * content and replaces its own section), then check your answers, submit once, and a confirmation.
 * A participant's administrator confirms taking part from the same pages. Every refusal is the
 * API's, shown at the field it names.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class ApplicationJourneyController {

  /** The spare blank rows each list of a form offers. */
  static final int SPARE_ROWS = 2;

  static final List<String> CONTENT_FIELDS =
      List.of("title", "summary", "requestedAmount", "implementationStart", "implementationEnd");

  static final List<String> DECLARATIONS =
      List.of("materialsTruthful", "noDuplicateFunding", "acceptsSupervision");

  static final List<String> BUDGET_CATEGORIES =
      List.of(
          "EQUIPMENT",
          "MATERIALS",
          "TESTING_AND_PROCESSING",
          "TRAVEL_AND_MEETINGS",
          "INTERNATIONAL_COOPERATION",
          "PUBLICATION_AND_IP",
          "LABOUR",
          "EXPERT_CONSULTING",
          "OUTSOURCED_SERVICES",
          "OTHER");

  /** The parts of the plan and the inputs of each row, as the API names them. */
  static final Map<String, List<String>> PLAN_PARTS =
      linked(
          "tasks", List.of("code", "name", "weightPercent"),
          "milestones", List.of("name", "dueDate", "taskCode"),
          "quarterlyTargets", List.of("quarter", "plannedCumulativePercent"),
          "performanceTargets", List.of("indicator", "target", "unit"));

  static final List<String> BUDGET_INPUTS = List.of("category", "amount", "note");
  static final List<String> PARTICIPANT_FIELDS = List.of("creditCode", "role", "divisionOfWork");

  private static final String IN_PROGRESS = "idempotency-request-in-progress";

  private final PlatformApi api;

  ApplicationJourneyController(PlatformApi api) {
    this.api = api;
  }

  // ---- the task list --------------------------------------------------------------------------

  @GetMapping("/applications/{id}")
  String taskList(@PathVariable UUID id, Model model) {
    Map<String, Object> app = api.get("/api/applications/{id}", id);
    frame(app, model);
    return "applications/show";
  }

  // ---- the content sections -------------------------------------------------------------------

  @GetMapping("/applications/{id}/{section:content|plan|budget|declarations}")
  String sectionForm(@PathVariable UUID id, @PathVariable String section, Model model) {
    Map<String, Object> app = api.get("/api/applications/{id}", id);
    return sectionPage(app, section, TaskList.map(app.get("content")), model);
  }

  @PostMapping("/applications/{id}/{section:content|plan|budget|declarations}")
  String saveSection(
      @PathVariable UUID id,
      @PathVariable String section,
      @RequestParam Map<String, String> inputs,
      Model model,
      RedirectAttributes redirect) {
    Map<String, Object> app = api.get("/api/applications/{id}", id);
    Map<String, Object> typed = typed(section, inputs);
    Map<String, Object> content = replaceSection(TaskList.map(app.get("content")), section, typed);
    try {
      api.put("/api/applications/{id}", content, id);
      redirect.addFlashAttribute("notice", "application.saved");
      return "true".equals(inputs.get("_stay"))
          ? "redirect:/applications/" + id + "/" + section
          : "redirect:/applications/" + id;
    } catch (ApiProblemException refusal) {
      if (refusal.problem().status() >= 500) {
        throw refusal;
      }
      Map<String, Object> shown = new LinkedHashMap<>(TaskList.map(app.get("content")));
      shown.putAll(typed);
      FormProblem.show(model, refusal, sectionFields(section, shown));
      return sectionPage(app, section, shown, model);
    }
  }

  /** What the section's inputs say, as the API's content members. */
  static Map<String, Object> typed(String section, Map<String, String> inputs) {
    Map<String, String> named = new LinkedHashMap<>(inputs);
    named.keySet().removeIf(name -> name.startsWith("_"));
    Map<String, Object> nested = FormPaths.nest(named);
    Map<String, Object> typed = new LinkedHashMap<>();
    switch (section) {
      case "content" -> CONTENT_FIELDS.forEach(f -> typed.put(f, nested.get(f)));
      case "plan" -> {
        Map<String, Object> plan = new LinkedHashMap<>();
        Map<String, Object> sent = TaskList.map(nested.get("plan"));
        PLAN_PARTS.keySet().forEach(p -> plan.put(p, sent.getOrDefault(p, List.of())));
        typed.put("plan", plan);
      }
      case "budget" -> typed.put("budget", nested.getOrDefault("budget", List.of()));
      case "declarations" -> {
        Map<String, Object> sent = TaskList.map(nested.get("declarations"));
        Map<String, Object> made = new LinkedHashMap<>();
        DECLARATIONS.forEach(d -> made.put(d, "true".equals(sent.get(d))));
        typed.put("declarations", made);
      }
      default -> throw new IllegalArgumentException("no section " + section);
    }
    return typed;
  }

  /** The whole content with one section replaced, as {@code PUT /api/applications/{id}} takes. */
  static Map<String, Object> replaceSection(
      Map<String, Object> current, String section, Map<String, Object> typed) {
    Map<String, Object> content = new LinkedHashMap<>();
    for (String member :
        List.of(
            "title",
            "summary",
            "requestedAmount",
            "implementationStart",
            "implementationEnd",
            "plan",
            "budget",
            "declarations")) {
      content.put(member, current.get(member));
    }
    content.putAll(typed);
    return content;
  }

  /** Every input of the section's form (its list rows included), for the error summary's links. */
  static List<String> sectionFields(String section, Map<String, Object> content) {
    List<String> fields = new ArrayList<>();
    switch (section) {
      case "content" -> fields.addAll(CONTENT_FIELDS);
      case "plan" -> {
        Map<String, Object> plan = TaskList.map(content.get("plan"));
        PLAN_PARTS.forEach(
            (part, inputs) -> {
              fields.add("plan." + part);
              int rows = TaskList.list(plan.get(part)).size() + SPARE_ROWS;
              for (int i = 0; i < rows; i++) {
                for (String input : inputs) {
                  fields.add("plan." + part + "[" + i + "]." + input);
                }
              }
            });
      }
      case "budget" -> {
        fields.add("budget");
        int rows = TaskList.list(content.get("budget")).size() + SPARE_ROWS;
        for (int i = 0; i < rows; i++) {
          for (String input : BUDGET_INPUTS) {
            fields.add("budget[" + i + "]." + input);
          }
        }
      }
      case "declarations" -> DECLARATIONS.forEach(d -> fields.add("declarations." + d));
      default -> throw new IllegalArgumentException("no section " + section);
    }
    return fields;
  }

  private String sectionPage(
      Map<String, Object> app, String section, Map<String, Object> draft, Model model) {
    frame(app, model);
    model.addAttribute("draft", draft);
    Map<String, Object> plan = TaskList.map(draft.get("plan"));
    Map<String, List<Map<String, Object>>> planRows = new LinkedHashMap<>();
    PLAN_PARTS.keySet().forEach(p -> planRows.put(p, rows(plan.get(p))));
    model.addAttribute("planParts", PLAN_PARTS);
    model.addAttribute("planRows", planRows);
    model.addAttribute("budgetRows", rows(draft.get("budget")));
    model.addAttribute("budgetCategories", BUDGET_CATEGORIES);
    model.addAttribute("declarationNames", DECLARATIONS);
    model.addAttribute("declared", TaskList.map(draft.get("declarations")));
    return "applications/section-" + section;
  }

  /** The rows a list has, and the spare blank ones. */
  static List<Map<String, Object>> rows(Object list) {
    List<Map<String, Object>> rows = new ArrayList<>(TaskList.list(list));
    for (int i = 0; i < SPARE_ROWS; i++) {
      rows.add(Map.of());
    }
    return rows;
  }

  // ---- participants ---------------------------------------------------------------------------

  @GetMapping("/applications/{id}/participants")
  String participants(@PathVariable UUID id, Model model) {
    frame(api.get("/api/applications/{id}", id), model);
    model.addAttribute("invite", Map.of());
    return "applications/participants";
  }

  @PostMapping("/applications/{id}/participants")
  String invite(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String creditCode,
      @RequestParam(defaultValue = "") String role,
      @RequestParam(defaultValue = "") String divisionOfWork,
      Model model,
      RedirectAttributes redirect) {
    String code = creditCode.strip().toUpperCase(Locale.ROOT);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("role", role.strip());
    body.put("divisionOfWork", divisionOfWork.strip());
    try {
      api.put(
          "/api/applications/{id}/participants/{creditCode}",
          body,
          id,
          code.isEmpty() ? "-" : code);
      redirect.addFlashAttribute("notice", "participant.invited");
      return "redirect:/applications/" + id + "/participants";
    } catch (ApiProblemException refusal) {
      if (refusal.problem().status() >= 500) {
        throw refusal;
      }
      FormProblem.show(model, refusal, PARTICIPANT_FIELDS);
      frame(api.get("/api/applications/{id}", id), model);
      model.addAttribute(
          "invite",
          Map.of("creditCode", creditCode, "role", role, "divisionOfWork", divisionOfWork));
      return "applications/participants";
    }
  }

  @PostMapping("/applications/{id}/participants/{creditCode}/removal")
  String removeParticipant(
      @PathVariable UUID id, @PathVariable String creditCode, RedirectAttributes redirect) {
    api.delete("/api/applications/{id}/participants/{creditCode}", id, creditCode);
    redirect.addFlashAttribute("notice", "participant.removed");
    return "redirect:/applications/" + id + "/participants";
  }

  @PostMapping("/applications/{id}/participants/{creditCode}/confirmation")
  String confirmParticipation(
      @PathVariable UUID id,
      @PathVariable String creditCode,
      Model model,
      RedirectAttributes redirect) {
    try {
      api.post(
          "/api/applications/{id}/participants/{creditCode}/confirmation", null, id, creditCode);
      redirect.addFlashAttribute("notice", "participant.confirmedNotice");
      return "redirect:/applications/" + id;
    } catch (ApiProblemException refusal) {
      if (refusal.problem().status() >= 500) {
        throw refusal;
      }
      FormProblem.show(model, refusal, List.of());
      frame(api.get("/api/applications/{id}", id), model);
      return "applications/show";
    }
  }

  // ---- materials ------------------------------------------------------------------------------

  @GetMapping("/applications/{id}/materials")
  String materials(@PathVariable UUID id, Model model) {
    frame(api.get("/api/applications/{id}", id), model);
    return "applications/materials";
  }

  @PostMapping("/applications/{id}/materials/{materialId}")
  String upload(
      @PathVariable UUID id,
      @PathVariable String materialId,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    if (file != null && !file.isEmpty()) {
      String filename = file.getOriginalFilename();
      parts.add(
          "file",
          new ByteArrayResource(file.getBytes()) {
            @Override
            public String getFilename() {
              return filename;
            }
          });
    }
    try {
      api.postMultipart("/api/applications/{id}/materials/{materialId}", parts, id, materialId);
      redirect.addFlashAttribute("notice", "material.uploaded");
      return "redirect:/applications/" + id + "/materials";
    } catch (ApiProblemException refusal) {
      if (refusal.problem().status() >= 500) {
        throw refusal;
      }
      FormProblem.show(model, refusal, List.of("materials." + materialId));
      model.addAttribute("failedMaterial", materialId);
      frame(api.get("/api/applications/{id}", id), model);
      return "applications/materials";
    }
  }

  @GetMapping("/applications/{id}/materials/{materialId}/file")
  void download(
      @PathVariable UUID id, @PathVariable String materialId, HttpServletResponse response)
      throws IOException {
    Map<String, Object> app = api.get("/api/applications/{id}", id);
    Object document =
        TaskList.list(app.get("materials")).stream()
            .filter(m -> materialId.equals(m.get("materialId")))
            .map(m -> TaskList.map(m.get("attached")).get("documentId"))
            .filter(d -> d != null)
            .findFirst()
            .orElse(null);
    if (document == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    api.download("/api/documents/{id}/content", response, document);
  }

  @PostMapping("/applications/{id}/materials/{materialId}/removal")
  String removeMaterial(
      @PathVariable UUID id, @PathVariable String materialId, RedirectAttributes redirect) {
    api.delete("/api/applications/{id}/materials/{materialId}", id, materialId);
    redirect.addFlashAttribute("notice", "material.removed");
    return "redirect:/applications/" + id + "/materials";
  }

  // ---- check your answers, submit, confirmation -----------------------------------------------

  @GetMapping("/applications/{id}/check")
  String check(@PathVariable UUID id, Model model) {
    return checkPage(api.get("/api/applications/{id}", id), model);
  }

  /**
   * Submits with the key the check-answers page was rendered with: a double click or a form sent
   * again submits once, and the second request gets the first one's answer (the API replays it,
   * waiting while the first still runs).
   */
  @PostMapping("/applications/{id}/submission")
  String submit(
      @PathVariable UUID id, @RequestParam(defaultValue = "") String idempotencyKey, Model model) {
    String key = idempotencyKey.isBlank() ? UUID.randomUUID().toString() : idempotencyKey;
    for (int attempt = 0; ; attempt++) {
      try {
        api.post("/api/applications/{id}/submission", null, Map.of("Idempotency-Key", key), id);
        return "redirect:/applications/" + id + "/confirmation";
      } catch (ApiProblemException refusal) {
        if (refusal.problem().type() != null
            && refusal.problem().type().endsWith(IN_PROGRESS)
            && attempt < 3) {
          continue;
        }
        if (refusal.problem().status() >= 500 && !refusal.problem().retryable()) {
          throw refusal;
        }
        Map<String, Object> app = api.get("/api/applications/{id}", id);
        FormProblem.show(model, refusal, checkFields(app));
        return checkPage(app, model);
      }
    }
  }

  @GetMapping("/applications/{id}/confirmation")
  String confirmation(@PathVariable UUID id, Model model) {
    Map<String, Object> app = api.get("/api/applications/{id}", id);
    if ("DRAFT".equals(app.get("status"))) {
      return "redirect:/applications/" + id + "/check";
    }
    frame(app, model);
    return "applications/confirmation";
  }

  private String checkPage(Map<String, Object> app, Model model) {
    frame(app, model);
    model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
    model.addAttribute("budgetCategories", BUDGET_CATEGORIES);
    model.addAttribute("declarationNames", DECLARATIONS);
    return "applications/check";
  }

  /** The rows of the check-answers page a refusal's field may point at. */
  static List<String> checkFields(Map<String, Object> app) {
    List<String> fields = new ArrayList<>(CONTENT_FIELDS);
    PLAN_PARTS.keySet().forEach(p -> fields.add("plan." + p));
    fields.add("budget");
    fields.add("participants");
    TaskList.list(app.get("materials"))
        .forEach(m -> fields.add("materials." + m.get("materialId")));
    DECLARATIONS.forEach(d -> fields.add("declarations." + d));
    return fields;
  }

  // ---- what every page of an application shows ------------------------------------------------

  /**
   * The application, its sections, and who the signed-in person is in it: an administrator of the
   * lead (who edits) or of a participant (who confirms).
   */
  private void frame(Map<String, Object> app, Model model) {
    List<Map<String, Object>> mine = api.list("/api/organisations");
    Set<String> myIds =
        mine.stream().map(o -> String.valueOf(o.get("id"))).collect(Collectors.toSet());
    Set<String> myCodes =
        mine.stream().map(o -> String.valueOf(o.get("creditCode"))).collect(Collectors.toSet());
    Map<String, Object> lead = TaskList.map(app.get("lead"));
    boolean isLead = myIds.contains(String.valueOf(lead.get("organisationId")));
    List<Map<String, Object>> invitations =
        TaskList.list(app.get("participants")).stream()
            .filter(p -> myCodes.contains(String.valueOf(p.get("creditCode"))))
            .filter(p -> p.get("confirmedAt") == null)
            .toList();
    model.addAttribute("app", app);
    model.addAttribute("appContent", TaskList.map(app.get("content")));
    model.addAttribute("sections", TaskList.of(app));
    model.addAttribute("isLead", isLead);
    model.addAttribute("editable", isLead && "DRAFT".equals(app.get("status")));
    model.addAttribute("invitations", invitations);
  }

  private static Map<String, List<String>> linked(Object... pairs) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<String> value = (List<String>) pairs[i + 1];
      map.put((String) pairs[i], value);
    }
    return map;
  }
}
