package cn.gov.guizhou.ipp.portal.i18n;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The portal speaks simplified Chinese unless the visitor asks for English: by the language switch
 * on every page (remembered in a cookie for a year), or, before they have used it, by their
 * browser's {@code Accept-Language} preferring English to Chinese. Anything else is Chinese.
 */
@Configuration
public class PortalLocales implements WebMvcConfigurer {

  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  public static final Locale ENGLISH = Locale.ENGLISH;
  static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("IPP_LANG");
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieHttpOnly(true);
    resolver.setCookieSameSite("Lax");
    resolver.setDefaultLocaleFunction(PortalLocales::fromBrowser);
    return resolver;
  }

  /** The visitor's language from {@code Accept-Language}: English only if preferred to Chinese. */
  static Locale fromBrowser(HttpServletRequest request) {
    String header = request.getHeader("Accept-Language");
    if (header == null || header.isBlank()) {
      return CHINESE;
    }
    try {
      List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
      for (Locale.LanguageRange range : ranges) {
        String tag = range.getRange().toLowerCase(Locale.ROOT);
        if (range.getWeight() <= 0) {
          continue;
        }
        if (tag.startsWith("zh")) {
          return CHINESE;
        }
        if (tag.startsWith("en")) {
          return ENGLISH;
        }
      }
    } catch (IllegalArgumentException unreadable) {
      return CHINESE;
    }
    return CHINESE;
  }

  /** {@code ?lang=en} or {@code ?lang=zh-CN} on any page switches the language. */
  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(
        new org.springframework.web.servlet.HandlerInterceptor() {
          @Override
          public boolean preHandle(
              HttpServletRequest request,
              jakarta.servlet.http.HttpServletResponse response,
              Object handler)
              throws jakarta.servlet.ServletException {
            String lang = request.getParameter("lang");
            if (lang == null) {
              return true;
            }
            Locale chosen = "en".equalsIgnoreCase(lang) ? ENGLISH : CHINESE;
            org.springframework.web.servlet.support.RequestContextUtils.getLocaleResolver(request)
                .setLocale(request, response, chosen);
            return true;
          }
        });
  }
}
