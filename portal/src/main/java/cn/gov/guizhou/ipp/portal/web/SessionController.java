package cn.gov.guizhou.ipp.portal.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Stay signed in": the session-timeout warning calls this, which touches the session (and so
 * restarts its idle time) without leaving the page the person is working on.
 */
@RestController
class SessionController {

  @PostMapping("/session/keep-alive")
  @PreAuthorize("isAuthenticated()")
  ResponseEntity<Void> keepAlive(jakarta.servlet.http.HttpSession session) {
    return ResponseEntity.noContent()
        .header("X-Session-Seconds", Integer.toString(session.getMaxInactiveInterval()))
        .build();
  }
}
