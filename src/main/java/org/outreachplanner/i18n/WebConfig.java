package org.outreachplanner.i18n;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

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
    CookieLocaleResolver resolver = new CookieLocaleResolver(LANG_COOKIE);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setDefaultLocaleFunction(request -> supported(request.getLocales()));
    return resolver;
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
