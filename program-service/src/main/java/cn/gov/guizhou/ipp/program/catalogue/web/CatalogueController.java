package cn.gov.guizhou.ipp.program.catalogue.web;

import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import cn.gov.guizhou.ipp.program.catalogue.CatalogueRepository;
import cn.gov.guizhou.ipp.program.catalogue.ProgrammeTrack;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The published programme catalogue; open to anyone, as the call itself is public. */
@RestController
@RequestMapping("/api/programmes")
public class CatalogueController {

  private final CatalogueRepository catalogue;

  public CatalogueController(CatalogueRepository catalogue) {
    this.catalogue = catalogue;
  }

  /** The tracks of a call; without {@code year}, of the latest call. */
  @GetMapping
  public List<ProgrammeTrack> list(
      @RequestParam(required = false) @Min(2020) @Max(2100) Integer year) {
    int callYear = year != null ? year : catalogue.latestYear().orElse(0);
    return catalogue.findByYear(callYear);
  }

  @GetMapping("/{code}")
  public ProgrammeTrack get(
      @PathVariable String code,
      @RequestParam(required = false) @Min(2020) @Max(2100) Integer year) {
    int callYear = year != null ? year : catalogue.latestYear().orElse(0);
    return catalogue
        .findByCode(code, callYear)
        .orElseThrow(() -> new NotFoundException("programme track", code));
  }
}
