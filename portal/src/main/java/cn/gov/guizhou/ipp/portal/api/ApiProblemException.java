package cn.gov.guizhou.ipp.portal.api;

/** The platform's API refused a request; the page shows its problem. */
public class ApiProblemException extends RuntimeException {

  private final transient ApiProblem problem;

  public ApiProblemException(ApiProblem problem) {
    super(problem.status() + " " + problem.type() + ": " + problem.detail());
    this.problem = problem;
  }

  public ApiProblem problem() {
    return problem;
  }
}
