package cn.gov.guizhou.ipp.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where Keycloak sends the browser back after signing out. */
@Controller
class SignedOutController {

  @GetMapping("/signed-out")
  String signedOut() {
    return "signed-out";
  }
}
