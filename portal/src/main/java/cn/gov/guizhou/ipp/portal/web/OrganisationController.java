package cn.gov.guizhou.ipp.portal.web;

import cn.gov.guizhou.ipp.portal.api.ApiProblemException;
import cn.gov.guizhou.ipp.portal.api.PlatformApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An applicant unit registers its organisation and sees it, with its credit-check results. */
@Controller
@PreAuthorize("isAuthenticated()")
class OrganisationController {

  static final List<String> REGISTRATION_FIELDS =
      List.of(
          "creditCode",
          "legalName",
          "type",
          "region",
          "legalRepresentative",
          "contacts[0].name",
          "contacts[0].phone",
          "contacts[0].email");

  /** The kinds of applicant unit and the regions, in the order the forms offer them. */
  static final List<String> TYPES =
      List.of(
          "ENTERPRISE",
          "UNIVERSITY_OR_RESEARCH_INSTITUTE",
          "INDUSTRY_ASSOCIATION",
          "IP_SERVICE_AGENCY",
          "ACCOUNTING_OR_CONSULTING_FIRM",
          "IP_AUTHORITY",
          "DEMO_ZONE_AUTHORITY");

  static final List<String> REGIONS =
      java.util.Arrays.stream(cn.gov.guizhou.ipp.contracts.identity.Region.values())
          .map(Enum::name)
          .toList();

  private final PlatformApi api;

  OrganisationController(PlatformApi api) {
    this.api = api;
  }

  @GetMapping("/organisations")
  String list(
      @org.springframework.web.bind.annotation.RequestParam(required = false) String page,
      Model model) {
    cn.gov.guizhou.ipp.portal.api.PagedList shown =
        api.page("/api/organisations", Pager.requested(page), Pager.SIZE, Map.of());
    model.addAttribute("organisations", shown.items());
    model.addAttribute("pager", Pager.of(shown, "/organisations", Map.of()));
    return "organisations/list";
  }

  @GetMapping("/organisations/new")
  String registrationForm(Model model) {
    model.addAttribute("form", new RegistrationForm());
    return registrationPage(model);
  }

  @PostMapping("/organisations")
  String register(
      @ModelAttribute("form") RegistrationForm form, Model model, RedirectAttributes redirect) {
    try {
      Map<String, Object> registered = api.post("/api/organisations", form.toRequest());
      redirect.addFlashAttribute("notice", "organisation.registered");
      return "redirect:/organisations/" + registered.get("id");
    } catch (ApiProblemException refusal) {
      if (refusal.problem().status() >= 500) {
        throw refusal;
      }
      FormProblem.show(model, refusal, REGISTRATION_FIELDS);
      return registrationPage(model);
    }
  }

  @GetMapping("/organisations/{id}")
  String organisation(@PathVariable java.util.UUID id, Model model) {
    model.addAttribute("organisation", api.get("/api/organisations/{id}", id));
    List<Map<String, Object>> checks = api.list("/api/organisations/{id}/credit-checks", id);
    List<Map<String, Object>> newestFirst = new ArrayList<>(checks);
    newestFirst.sort(
        (a, b) -> String.valueOf(b.get("checkedAt")).compareTo(String.valueOf(a.get("checkedAt"))));
    model.addAttribute("checks", newestFirst);
    return "organisations/show";
  }

  @PostMapping("/organisations/{id}/credit-checks")
  String checkAgain(@PathVariable java.util.UUID id, RedirectAttributes redirect) {
    api.post("/api/organisations/{id}/credit-checks", null, id);
    redirect.addFlashAttribute("notice", "organisation.checked");
    return "redirect:/organisations/" + id;
  }

  private String registrationPage(Model model) {
    model.addAttribute("types", TYPES);
    model.addAttribute("regions", REGIONS);
    return "organisations/new";
  }

  /** The registration form as typed; sent to the API as it is (the API checks it). */
  static class RegistrationForm {
    private String creditCode = "";
    private String legalName = "";
    private String type = "";
    private String region = "";
    private String legalRepresentative = "";
    private String contactName = "";
    private String contactPhone = "";
    private String contactEmail = "";

    Map<String, Object> toRequest() {
      Map<String, Object> request = new LinkedHashMap<>();
      request.put("creditCode", creditCode.trim().toUpperCase(java.util.Locale.ROOT));
      request.put("legalName", legalName.trim());
      request.put("type", blankToNull(type));
      request.put("region", blankToNull(region));
      request.put("legalRepresentative", legalRepresentative.trim());
      if (!contactName.isBlank() || !contactPhone.isBlank() || !contactEmail.isBlank()) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", contactName.trim());
        contact.put("phone", blankToNull(contactPhone));
        contact.put("email", blankToNull(contactEmail));
        request.put("contacts", List.of(contact));
      }
      return request;
    }

    private static String blankToNull(String value) {
      return value == null || value.isBlank() ? null : value.trim();
    }

    public String getCreditCode() {
      return creditCode;
    }

    public void setCreditCode(String creditCode) {
      this.creditCode = creditCode == null ? "" : creditCode;
    }

    public String getLegalName() {
      return legalName;
    }

    public void setLegalName(String legalName) {
      this.legalName = legalName == null ? "" : legalName;
    }

    public String getType() {
      return type;
    }

    public void setType(String type) {
      this.type = type == null ? "" : type;
    }

    public String getRegion() {
      return region;
    }

    public void setRegion(String region) {
      this.region = region == null ? "" : region;
    }

    public String getLegalRepresentative() {
      return legalRepresentative;
    }

    public void setLegalRepresentative(String legalRepresentative) {
      this.legalRepresentative = legalRepresentative == null ? "" : legalRepresentative;
    }

    public String getContactName() {
      return contactName;
    }

    public void setContactName(String contactName) {
      this.contactName = contactName == null ? "" : contactName;
    }

    public String getContactPhone() {
      return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
      this.contactPhone = contactPhone == null ? "" : contactPhone;
    }

    public String getContactEmail() {
      return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
      this.contactEmail = contactEmail == null ? "" : contactEmail;
    }
  }
}
