package org.outreachplanner.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The page texts in the request's language (see {@link WebConfig}): the static pages fetch them
 * once and fill in every element marked {@code data-i18n}. {@code ?lang=vi} switches the language
 * and remembers the choice in a cookie.
 */
@RestController
class I18nController {

  /** The language chosen and all texts of the bundle in it. */
  record Texts(String lang, Map<String, String> messages) {}

  private final MessageSource messages;

  I18nController(MessageSource messages) {
    this.messages = messages;
  }

  @GetMapping("/api/i18n")
  ResponseEntity<Texts> texts(Locale requested) {
    Locale locale = WebConfig.supported(requested);
    Map<String, String> all = new TreeMap<>();
    for (String key : ResourceBundle.getBundle("messages", Locale.ROOT).keySet()) {
      all.put(key, messages.getMessage(key, null, key, locale));
    }
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noCache())
        .body(new Texts(locale.toLanguageTag(), all));
  }
}
