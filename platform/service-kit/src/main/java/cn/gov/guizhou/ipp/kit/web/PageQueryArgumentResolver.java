package cn.gov.guizhou.ipp.kit.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller's {@link PageQuery} argument from the request's {@code page} and {@code size}.
 */
public class PageQueryArgumentResolver implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return PageQuery.class.equals(parameter.getParameterType());
  }

  @Override
  public PageQuery resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer mavContainer,
      NativeWebRequest webRequest,
      WebDataBinderFactory binderFactory) {
    return PageQuery.parse(
        webRequest.getParameter(PageQuery.PAGE), webRequest.getParameter(PageQuery.SIZE));
  }
}
