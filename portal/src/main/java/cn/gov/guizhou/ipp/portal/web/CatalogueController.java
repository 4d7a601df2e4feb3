package cn.gov.guizhou.ipp.portal.web;

import cn.gov.guizhou.ipp.portal.PortalProperties;
import cn.gov.guizhou.ipp.portal.api.ApiProblemException;
import cn.gov.guizhou.ipp.portal.api.PlatformApi;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The published call and its programmes, open to anyone without signing in: each track's amount,
 * who may apply, partners and materials, as program-service publishes them.
 */
@Controller
class CatalogueController {

  private final PlatformApi api;
  private final PortalProperties properties;

  CatalogueController(PlatformApi api, PortalProperties properties) {
    this.api = api;
    this.properties = properties;
  }

  @GetMapping("/")
  String catalogue(@RequestParam(required = false) Integer year, Model model) {
    int callYear = year == null ? properties.callYear() : year;
    model.addAttribute("year", callYear);
    try {
      model.addAttribute("call", api.getPublic("/api/calls/{year}", callYear));
      List<Map<String, Object>> tracks = api.listPublic("/api/programmes?year={year}", callYear);
      model.addAttribute("tracks", tracks);
    } catch (ApiProblemException e) {
      if (e.problem().status() != 404) {
        throw e;
      }
      model.addAttribute("noCall", true);
    }
    return "catalogue";
  }

  @GetMapping("/programmes/{code}")
  String track(
      @PathVariable String code, @RequestParam(required = false) Integer year, Model model) {
    int callYear = year == null ? properties.callYear() : year;
    model.addAttribute("year", callYear);
    model.addAttribute("call", api.getPublic("/api/calls/{year}", callYear));
    model.addAttribute(
        "track", api.getPublic("/api/programmes/{code}?year={year}", code, callYear));
    return "track";
  }
}
