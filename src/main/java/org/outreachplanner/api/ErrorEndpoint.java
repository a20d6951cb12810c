package org.outreachplanner.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;

/**
 * Spring Boot's error page, except that {@code /error} asked for directly (no failed request behind
 * it) answers 404 instead of Spring's 500: there is nothing at that address of its own.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ErrorEndpoint extends BasicErrorController {

  ErrorEndpoint(
      ErrorAttributes attributes,
      ServerProperties server,
      ObjectProvider<ErrorViewResolver> resolvers) {
    super(attributes, server.getError(), resolvers.orderedStream().toList());
  }

  @Override
  protected HttpStatus getStatus(HttpServletRequest request) {
    if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
      return HttpStatus.NOT_FOUND;
    }
    return super.getStatus(request);
  }
}
