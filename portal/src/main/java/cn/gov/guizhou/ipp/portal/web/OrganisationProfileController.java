package cn.gov.guizhou.ipp.portal.web;

import cn.gov.guizhou.ipp.portal.api.ApiProblem;
import cn.gov.guizhou.ipp.portal.api.ApiProblemException;
import cn.gov.guizhou.ipp.portal.api.PlatformApi;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * An applicant unit's own administration: its members, its documents, and its profile (contacts,
 * industry tags and the facts eligibility reads, each with the documents that evidence it). Every
 * rule is the API's: the pages send what was typed and show the API's refusal at its field.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class OrganisationProfileController {

  /** The profile facts in the order the form shows them, with the kind of input each takes. */
  static final Map<String, String> FACTS = new LinkedHashMap<>();

  static {
    FACTS.put("validPatentCount", "COUNT");
    FACTS.put("hasProvincialPlatform", "FLAG");
    FACTS.put("inNationalDemonstrationList", "FLAG");
    FACTS.put("revenue2026", "CNY");
    FACTS.put("inStatistics", "FLAG");
    FACTS.put("giRightsHolderLevel", "LEVEL");
  }

  static final List<String> LEVELS = List.of("PROVINCIAL", "PREFECTURE", "COUNTY");

  /** How many contact rows the profile form offers. */
  static final int CONTACT_ROWS = 3;

  static final List<String> MEMBER_FIELDS = List.of("userSubject", "role");

  private final PlatformApi api;
  private final MessageSource messages;

  OrganisationProfileController(PlatformApi api, MessageSource messages) {
    this.api = api;
    this.messages = messages;
  }

  // --- members

  @GetMapping("/organisations/{id}/members")
  String members(@PathVariable UUID id, Model model) {
    model.addAttribute("organisation", api.get("/api/organisations/{id}", id));
    model.addAttribute("members", api.list("/api/organisations/{id}/members", id));
    model.addAttribute("roles", List.of("MEMBER", "ADMINISTRATOR"));
    if (!model.containsAttribute("userSubject")) {
      model.addAttribute("userSubject", "");
      model.addAttribute("role", "MEMBER");
    }
    return "profile/members";
  }

  @PostMapping("/organisations/{id}/members")
  String addMember(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String userSubject,
      @RequestParam(defaultValue = "") String role,
      Model model,
      RedirectAttributes redirect) {
    String subject = userSubject.trim();
    try {
      if (subject.isEmpty()) {
        // The API names the subject in its path; with none there is no path to call.
        throw new ApiProblemException(
            new ApiProblem(
                400,
                null,
                null,
                null,
                Map.of(
                    "userSubject",
                    messages.getMessage(
                        "members.subject.required", null, LocaleContextHolder.getLocale())),
                Map.of()));
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("role", role.isBlank() ? null : role);
      api.putForList("/api/organisations/{id}/members/{subject}", body, id, subject);
      redirect.addFlashAttribute("notice", "members.added");
      return "redirect:/organisations/" + id + "/members";
    } catch (ApiProblemException refusal) {
      if (refusal.problem().status() >= 500) {
        throw refusal;
      }
      FormProblem.show(model, refusal, MEMBER_FIELDS);
      model.addAttribute("userSubject", userSubject);
      model.addAttribute("role", role);
      return members(id, model);
    }
  }

  @PostMapping("/organisations/{id}/members/{subject}/removal")
  String removeMember(
      @PathVariable UUID id,
      @PathVariable String subject,
      Model model,
      RedirectAttributes redirect) {
    try {
      api.delete("/api/organisations/{id}/members/{subject}", id, subject);
      redirect.addFlashAttribute("notice", "members.removed");
      return "redirect:/organisations/" + id + "/members";
    } catch (ApiProblemException refusal) {
      if (refusal.problem().status() >= 500) {
        throw refusal;
      }
      FormProblem.show(model, refusal, MEMBER_FIELDS);
      return members(id, model);
    }
  }

  // --- documents

  @GetMapping("/organisations/{id}/documents")
  String documents(
      @PathVariable UUID id, @RequestParam(required = false) String page, Model model) {
    model.addAttribute("organisation", api.get("/api/organisations/{id}", id));
    cn.gov.guizhou.ipp.portal.api.PagedList shown =
        api.page(
            "/api/organisations/{id}/documents", Pager.requested(page), Pager.SIZE, Map.of(), id);
    model.addAttribute("documents", shown.items());
    model.addAttribute("pager", Pager.of(shown, "/organisations/" + id + "/documents", Map.of()));
    return "profile/documents";
  }

  @PostMapping("/organisations/{id}/documents")
  String upload(
      @PathVariable UUID id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    try {
      api.postMultipart("/api/organisations/{id}/documents", fileParts("file", file), id);
      redirect.addFlashAttribute("notice", "documents.uploaded");
      return "redirect:/organisations/" + id + "/documents";
    } catch (ApiProblemException refusal) {
      if (refusal.problem().status() >= 500) {
        throw refusal;
      }
      FormProblem.show(model, refusal, List.of("file"));
      return documents(id, null, model);
    }
  }

  @GetMapping("/documents/{documentId}/content")
  void download(@PathVariable UUID documentId, HttpServletResponse response) throws IOException {
    api.download("/api/documents/{id}/content", response, documentId);
  }

  /** A multipart body with the uploaded file (if any) as the named part, under its own name. */
  static MultiValueMap<String, Object> fileParts(String part, MultipartFile file)
      throws IOException {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    if (file != null && !file.isEmpty()) {
      String name = file.getOriginalFilename() == null ? part : file.getOriginalFilename();
      parts.add(
          part,
          new ByteArrayResource(file.getBytes()) {
            @Override
            public String getFilename() {
              return name;
            }
          });
    }
    return parts;
  }

  // --- profile

  @GetMapping("/organisations/{id}/profile")
  String profile(@PathVariable UUID id, Model model) {
    Map<String, Object> organisation = api.get("/api/organisations/{id}", id);
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", ProfileForm.of(organisation));
    }
    return profilePage(id, organisation, model);
  }

  @PostMapping("/organisations/{id}/profile")
  String saveProfile(
      @PathVariable UUID id,
      @RequestParam MultiValueMap<String, String> submitted,
      Model model,
      RedirectAttributes redirect) {
    ProfileForm form = ProfileForm.from(submitted);
    try {
      api.put("/api/organisations/{id}/profile", form.toRequest(), id);
      redirect.addFlashAttribute("notice", "profile.saved");
      return "redirect:/organisations/" + id + "/profile";
    } catch (ApiProblemException refusal) {
      if (refusal.problem().status() >= 500) {
        throw refusal;
      }
      FormProblem.show(model, refusal, profileFields());
      model.addAttribute("form", form);
      return profilePage(id, api.get("/api/organisations/{id}", id), model);
    }
  }

  private String profilePage(UUID id, Map<String, Object> organisation, Model model) {
    model.addAttribute("organisation", organisation);
    model.addAttribute("documents", api.list("/api/organisations/{id}/documents", id));
    model.addAttribute("facts", FACTS);
    model.addAttribute("levels", LEVELS);
    return "profile/profile";
  }

  /** The API's field paths the profile form has an input for. */
  static List<String> profileFields() {
    List<String> fields = new ArrayList<>();
    for (int i = 0; i < CONTACT_ROWS; i++) {
      for (String part : List.of("name", "title", "phone", "email")) {
        fields.add("contacts[" + i + "]." + part);
      }
    }
    fields.add("industryTags");
    FACTS
        .keySet()
        .forEach(
            f -> {
              fields.add("facts." + f + ".value");
              fields.add("facts." + f + ".evidence");
            });
    return fields;
  }

  /**
   * The profile form as typed: contact rows, the tags one a line, each fact's value as text and the
   * ids of the documents chosen as its evidence.
   */
  record ProfileForm(
      List<Map<String, String>> contacts,
      String industryTags,
      Map<String, String> values,
      Map<String, List<String>> evidence) {

    @SuppressWarnings("unchecked")
    static ProfileForm of(Map<String, Object> organisation) {
      List<Map<String, String>> contacts = new ArrayList<>();
      Object listed = organisation.get("contacts");
      if (listed instanceof List<?> list) {
        for (Object c : list) {
          Map<String, Object> contact = (Map<String, Object>) c;
          Map<String, String> row = new LinkedHashMap<>();
          for (String part : List.of("name", "title", "phone", "email")) {
            row.put(part, contact.get(part) == null ? "" : String.valueOf(contact.get(part)));
          }
          contacts.add(row);
        }
      }
      String tags =
          organisation.get("industryTags") instanceof List<?> t
              ? String.join("\n", t.stream().map(String::valueOf).toList())
              : "";
      Map<String, String> values = new LinkedHashMap<>();
      Map<String, List<String>> evidence = new LinkedHashMap<>();
      Map<String, Object> facts =
          organisation.get("facts") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
      for (String name : FACTS.keySet()) {
        Map<String, Object> fact =
            facts.get(name) instanceof Map<?, ?> f ? (Map<String, Object>) f : Map.of();
        Object value = fact.get("value");
        values.put(name, value == null ? "" : plain(value));
        evidence.put(
            name,
            fact.get("evidence") instanceof List<?> e
                ? e.stream().map(String::valueOf).toList()
                : List.of());
      }
      return new ProfileForm(padded(contacts), tags, values, evidence);
    }

    static ProfileForm from(MultiValueMap<String, String> submitted) {
      List<Map<String, String>> contacts = new ArrayList<>();
      for (int i = 0; i < CONTACT_ROWS; i++) {
        Map<String, String> row = new LinkedHashMap<>();
        for (String part : List.of("name", "title", "phone", "email")) {
          String v = submitted.getFirst("contacts[" + i + "]." + part);
          row.put(part, v == null ? "" : v);
        }
        contacts.add(row);
      }
      String tags = submitted.getFirst("industryTags");
      Map<String, String> values = new LinkedHashMap<>();
      Map<String, List<String>> evidence = new LinkedHashMap<>();
      for (String name : FACTS.keySet()) {
        String v = submitted.getFirst("facts." + name + ".value");
        values.put(name, v == null ? "" : v);
        List<String> chosen = submitted.get("facts." + name + ".evidence");
        evidence.put(name, chosen == null ? List.of() : List.copyOf(chosen));
      }
      return new ProfileForm(contacts, tags == null ? "" : tags, values, evidence);
    }

    private static List<Map<String, String>> padded(List<Map<String, String>> contacts) {
      List<Map<String, String>> rows = new ArrayList<>(contacts);
      while (rows.size() < CONTACT_ROWS) {
        Map<String, String> empty = new LinkedHashMap<>();
        List.of("name", "title", "phone", "email").forEach(p -> empty.put(p, ""));
        rows.add(empty);
      }
      return rows;
    }

    private static String plain(Object value) {
      return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
    }

    /**
     * The API's request: empty contact rows and undeclared facts left out; a number or a yes/no
     * sent as one when it reads as one, anything else as typed (the API refuses it at its field).
     */
    Map<String, Object> toRequest() {
      List<Map<String, Object>> contactList = new ArrayList<>();
      for (Map<String, String> row : contacts) {
        if (row.values().stream().allMatch(String::isBlank)) {
          continue;
        }
        Map<String, Object> contact = new LinkedHashMap<>();
        row.forEach((k, v) -> contact.put(k, v.isBlank() ? null : v.trim()));
        contactList.add(contact);
      }
      List<String> tags = industryTags.lines().map(String::trim).filter(t -> !t.isEmpty()).toList();
      Map<String, Object> facts = new LinkedHashMap<>();
      values.forEach(
          (name, typed) -> {
            if (typed.isBlank()) {
              return;
            }
            Map<String, Object> fact = new LinkedHashMap<>();
            fact.put("value", typedValue(FACTS.get(name), typed.trim()));
            fact.put("evidence", evidence.getOrDefault(name, List.of()));
            facts.put(name, fact);
          });
      Map<String, Object> request = new LinkedHashMap<>();
      request.put("contacts", contactList);
      request.put("industryTags", tags);
      request.put("facts", facts);
      return request;
    }

    static Object typedValue(String kind, String typed) {
      switch (kind) {
        case "FLAG":
          return "true".equals(typed)
              ? Boolean.TRUE
              : "false".equals(typed) ? Boolean.FALSE : typed;
        case "COUNT":
        case "CNY":
          try {
            BigDecimal number = new BigDecimal(typed.replace(",", ""));
            if ("COUNT".equals(kind) && number.scale() <= 0) {
              return number.toBigIntegerExact();
            }
            return number;
          } catch (NumberFormatException | ArithmeticException e) {
            return typed;
          }
        default:
          return typed;
      }
    }

    /** Whether a document was chosen as a fact's evidence (for the checkboxes). */
    public boolean chosen(String fact, Object documentId) {
      return evidence.getOrDefault(fact, List.of()).contains(String.valueOf(documentId));
    }
  }
}
