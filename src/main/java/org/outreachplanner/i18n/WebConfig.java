package org.outreachplanner.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.util.WebUtils;

/**
 * The login page's address, and the language of pages and messages: the {@code lang} cookie when
 * the switch was used (any request with {@code ?lang=vi} or {@code ?lang=en} sets it), else the
 * browser's Accept-Language, else English.
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

  static final String LANG_COOKIE = "lang";
  static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("vi"));

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/login").setViewName("forward:/login.html");
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change);
  }

  @Bean
  LocaleResolver localeResolver() {
    return new LanguageCookieResolver();
  }

  /**
   * The {@code lang} cookie when it names a supported language ("en" or "vi"), else the browser's
   * languages: any other value (another language, junk such as "a/b", a NUL, a very long text) is
   * ignored, so one bad cookie never breaks a page. Writing the cookie is Spring's.
   */
  static final class LanguageCookieResolver extends CookieLocaleResolver {

    private static final Pattern LANGUAGE_TAG =
        Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8}){0,3}");

    LanguageCookieResolver() {
      super(LANG_COOKIE);
      setCookieMaxAge(Duration.ofDays(365));
      setDefaultLocaleFunction(request -> supported(request.getLocales()));
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
      // a language switched to in this request (?lang=), else the cookie's
      Locale chosen =
          request.getAttribute(LOCALE_REQUEST_ATTRIBUTE_NAME) instanceof Locale switched
              ? switched
              : chosen(WebUtils.getCookie(request, LANG_COOKIE));
      return chosen != null && isSupported(chosen)
          ? supported(chosen)
          : supported(request.getLocales());
    }

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
      return () -> resolveLocale(request);
    }

    /** The language a cookie names ("vi", "en-GB"), or null for none or junk. */
    static Locale chosen(Cookie cookie) {
      if (cookie == null || !LANGUAGE_TAG.matcher(cookie.getValue()).matches()) {
        return null;
      }
      return Locale.forLanguageTag(cookie.getValue().replace('_', '-'));
    }

    private static boolean isSupported(Locale locale) {
      return SUPPORTED.stream().anyMatch(s -> s.getLanguage().equals(locale.getLanguage()));
    }
  }

  /** The first supported language among the browser's, else English. */
  static Locale supported(java.util.Enumeration<Locale> wanted) {
    while (wanted.hasMoreElements()) {
      Locale locale = wanted.nextElement();
      for (Locale s : SUPPORTED) {
        if (s.getLanguage().equals(locale.getLanguage())) {
          return s;
        }
      }
    }
    return Locale.ENGLISH;
  }

  /** One of the supported languages for any locale: Vietnamese or English. */
  static Locale supported(Locale locale) {
    return "vi".equals(locale.getLanguage()) ? SUPPORTED.get(1) : Locale.ENGLISH;
  }
}
