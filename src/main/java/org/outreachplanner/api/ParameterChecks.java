package org.outreachplanner.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Map;
import java.util.regex.Pattern;
import org.outreachplanner.i18n.ApiException;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks every API request's parameters (query, form fields and path variables) before any
 * controller reads them, so that no endpoint has to remember to, and none passes such a value on to
 * SQL or to a library that fails with a server error. Each refusal is a 400 {@link ErrorInfo}:
 *
 * <ul>
 *   <li>a NUL character anywhere: PostgreSQL text cannot hold one;
 *   <li>a date with a sign or a year of more than four digits ({@code +999999999-12-31}): Java
 *       parses it, but adding a week to it overflows and PostgreSQL cannot store it;
 *   <li>an {@code encoding} that names no text encoding this Java knows.
 * </ul>
 *
 * Finer checks of a parameter (a code's length, a date's format) stay with the endpoint.
 */
@Configuration
class ParameterChecks implements WebMvcConfigurer, HandlerInterceptor {

  /** A value written as a date whose year has a sign or more than four digits. */
  private static final Pattern HUGE_YEAR = Pattern.compile("\\s*([+-]\\d+|\\d{5,})-\\d+-\\d+\\s*");

  private static final String ENCODING = "encoding";

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**");
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    request.getParameterMap().forEach((name, values) -> check(name, values));
    if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
        instanceof Map<?, ?> variables) {
      variables.forEach((name, value) -> check(String.valueOf(name), String.valueOf(value)));
    }
    return true;
  }

  static void check(String name, String... values) {
    for (String value : values) {
      if (value.indexOf('\0') >= 0) {
        throw badRequest("api.nul", name);
      }
      if (HUGE_YEAR.matcher(value).matches()) {
        throw badRequest("api.date", name, value);
      }
      if (ENCODING.equals(name) && !value.isBlank() && !knownEncoding(value.strip())) {
        throw badRequest("api.encoding", value);
      }
    }
  }

  private static boolean knownEncoding(String name) {
    try {
      return Charset.isSupported(name);
    } catch (IllegalCharsetNameException e) {
      return false;
    }
  }

  private static ApiException badRequest(String key, Object... args) {
    return new ApiException(HttpStatus.BAD_REQUEST, key, args);
  }
}
