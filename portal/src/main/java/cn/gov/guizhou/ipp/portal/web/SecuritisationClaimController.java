package cn.gov.guizhou.ipp.portal.web;

import cn.gov.guizhou.ipp.portal.PortalProperties;
import cn.gov.guizhou.ipp.portal.api.ApiProblemException;
import cn.gov.guizhou.ipp.portal.api.PlatformApi;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The (data-)IP securitisation financing subsidy claim of an enterprise: the form with the claim's
 * figures and the track's materials (one file each, named after the material's id), and the claim's
 * page with its place in the year's first-come-first-served queue, what it reserves of the year's
 * cap, its state and its materials. The subsidy, the cap, the queue and every refusal are the
 * funding service's; the page sends what was typed and chosen.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class SecuritisationClaimController {

  /** The catalogue's securitisation track. */
  static final String TRACK = "DATA-IP-SECURITISATION";

  /** The claim's own fields, as the API names them. */
  static final List<String> CLAIM_FIELDS =
      List.of(
          "organisationId",
          "productName",
          "productCode",
          "issuanceAmount",
          "issueDate",
          "endDate",
          "financingAmount");

  private final PlatformApi api;
  private final PortalProperties properties;

  SecuritisationClaimController(PlatformApi api, PortalProperties properties) {
    this.api = api;
    this.properties = properties;
  }

  @GetMapping("/securitisation/claims/new")
  String form(@RequestParam(required = false) UUID organisationId, Model model) {
    if (!model.containsAttribute("form")) {
      Map<String, String> form = new LinkedHashMap<>();
      CLAIM_FIELDS.forEach(f -> form.put(f, ""));
      form.put("organisationId", organisationId == null ? "" : organisationId.toString());
      model.addAttribute("form", form);
    }
    return formPage(model);
  }

  @PostMapping("/securitisation/claims")
  String file(MultipartHttpServletRequest request, Model model, RedirectAttributes redirect)
      throws IOException {
    Map<String, String> form = new LinkedHashMap<>();
    CLAIM_FIELDS.forEach(
        f -> form.put(f, request.getParameter(f) == null ? "" : request.getParameter(f).strip()));
    Map<String, Object> claim = new LinkedHashMap<>();
    claim.put("callYear", properties.callYear());
    form.forEach((field, value) -> claim.put(field, value.isEmpty() ? null : value));
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    parts.add("claim", new HttpEntity<>(claim, json));
    for (Map.Entry<String, List<MultipartFile>> part : request.getMultiFileMap().entrySet()) {
      for (MultipartFile file : part.getValue()) {
        if (!file.isEmpty()) {
          parts.add(part.getKey(), resource(file));
        }
      }
    }
    try {
      Map<String, Object> filed = api.postMultipart("/api/funding/securitisation/claims", parts);
      redirect.addFlashAttribute("filed", true);
      return "redirect:/securitisation/claims/" + filed.get("id");
    } catch (ApiProblemException refusal) {
      if (refusal.problem().status() >= 500) {
        throw refusal;
      }
      model.addAttribute("form", form);
      List<String> fields = new ArrayList<>(CLAIM_FIELDS);
      materials().forEach(m -> fields.add(String.valueOf(m.get("id"))));
      fields.add("materials");
      FormProblem.show(model, refusal, fields);
      return formPage(model);
    }
  }

  /** An enterprise's claims, newest first, each with its place in its year's queue. */
  @GetMapping("/organisations/{id}/securitisation-claims")
  String claimsOf(@PathVariable UUID id, @RequestParam(required = false) String page, Model model) {
    model.addAttribute("organisation", api.get("/api/organisations/{id}", id));
    cn.gov.guizhou.ipp.portal.api.PagedList shown =
        api.page(
            "/api/funding/securitisation/organisations/{id}/claims",
            Pager.requested(page),
            Pager.SIZE,
            Map.of(),
            id);
    model.addAttribute("claims", shown.items());
    model.addAttribute(
        "pager", Pager.of(shown, "/organisations/" + id + "/securitisation-claims", Map.of()));
    return "securitisation/list";
  }

  /** The claim: its place in the queue, its state, what it reserves, its materials. */
  @GetMapping("/securitisation/claims/{id}")
  String claim(@PathVariable UUID id, Model model) {
    model.addAttribute("claim", api.get("/api/funding/securitisation/claims/{id}", id));
    model.addAttribute("materialNames", materialNames());
    return "securitisation/show";
  }

  @GetMapping("/securitisation/claims/{id}/materials/{materialId}")
  void material(
      @PathVariable UUID id, @PathVariable String materialId, HttpServletResponse response)
      throws IOException {
    api.download(
        "/api/funding/securitisation/claims/{id}/materials/{material}", response, id, materialId);
  }

  private String formPage(Model model) {
    Map<String, Object> track = track();
    model.addAttribute("track", track);
    model.addAttribute("materials", materialsOf(track));
    model.addAttribute("organisations", api.list("/api/organisations"));
    return "securitisation/new";
  }

  private Map<String, Object> track() {
    return api.getPublic("/api/programmes/{code}?year={year}", TRACK, properties.callYear());
  }

  private List<Map<String, Object>> materials() {
    return materialsOf(track());
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> materialsOf(Map<String, Object> track) {
    Object materials = track.get("materials");
    return materials instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
  }

  /** Each material's name in both languages, by its id, for the claim's page. */
  private Map<String, Map<String, Object>> materialNames() {
    Map<String, Map<String, Object>> names = new LinkedHashMap<>();
    materials().forEach(m -> names.put(String.valueOf(m.get("id")), m));
    return names;
  }

  private static ByteArrayResource resource(MultipartFile file) throws IOException {
    String name =
        file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
            ? file.getName()
            : file.getOriginalFilename();
    return new ByteArrayResource(file.getBytes()) {
      @Override
      public String getFilename() {
        return name;
      }
    };
  }
}
