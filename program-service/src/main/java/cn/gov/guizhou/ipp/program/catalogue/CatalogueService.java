package cn.gov.guizhou.ipp.program.catalogue;

import cn.gov.guizhou.ipp.contracts.programme.ApplicantProfile;
import cn.gov.guizhou.ipp.contracts.programme.Eligibility;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import cn.gov.guizhou.ipp.program.catalogue.CallRepository.StoredCall;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the published catalogue and assesses eligibility against it. */
@Service
public class CatalogueService {

  private final CallRepository calls;

  public CatalogueService(CallRepository calls) {
    this.calls = calls;
  }

  /**
   * The latest published version of a call; without a year, of the latest call.
   *
   * @throws NotFoundException if there is none
   */
  @Transactional(readOnly = true)
  public StoredCall published(Integer year) {
    int callYear =
        year != null
            ? year
            : calls.latestPublishedYear().orElseThrow(() -> new NotFoundException("call", "any"));
    return calls
        .latestPublished(callYear)
        .orElseThrow(() -> new NotFoundException("call", callYear));
  }

  /**
   * One track of a published call.
   *
   * @throws NotFoundException for an unknown code
   */
  @Transactional(readOnly = true)
  public CallDefinition.Track track(String code, Integer year) {
    return published(year)
        .definition()
        .track(code)
        .orElseThrow(() -> new NotFoundException("programme track", code));
  }

  /** How a profile fares against a track of a published call. */
  @Transactional(readOnly = true)
  public Eligibility.Assessment assess(String code, Integer year, ApplicantProfile profile) {
    StoredCall call = published(year);
    CallDefinition.Track track =
        call.definition()
            .track(code)
            .orElseThrow(() -> new NotFoundException("programme track", code));
    return call.definition().assess(track, profile);
  }
}
