package org.outreachplanner.i18n;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles and how a {@link Text} is written in a language. English is the default
 * bundle ({@code name.properties}), Vietnamese {@code name_vi.properties}; any other language reads
 * English. The same bundles serve the Spring context ({@link MessagesConfig}) and code that runs
 * without one.
 *
 * <p>Patterns follow {@link java.text.MessageFormat}: {@code {0}} for an argument, {@code
 * {0,choice,1#1 visit|1<{0,number,integer} visits}} for plural forms, and, in a pattern that has
 * arguments, {@code ''} for an apostrophe. A pattern without arguments is written as it stands.
 */
public final class Texts {

  /** The page texts, then the texts of the server by area. */
  public static final List<String> BASENAMES =
      List.of(
          "messages",
          "i18n/api",
          "i18n/imports",
          "i18n/roads",
          "i18n/coverage",
          "i18n/schedules",
          "i18n/reports");

  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private static final ResourceBundleMessageSource SOURCE = newSource();

  private Texts() {}

  private static ResourceBundleMessageSource newSource() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames(BASENAMES.toArray(String[]::new));
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }

  /** The bundles, also the Spring context's {@code messageSource}. */
  public static MessageSource source() {
    return SOURCE;
  }

  /**
   * The locale a text is written in: Vietnamese (Vietnam) for Vietnamese, British English for
   * everything else, so that dates read "23 Nov 2026" and never month first.
   */
  public static Locale formatLocale(Locale requested) {
    return requested != null && "vi".equals(requested.getLanguage()) ? VIETNAMESE : Locale.UK;
  }

  /**
   * The language of the current request (chosen by the {@code lang} cookie or the browser), or of
   * the command line (the system's).
   */
  public static Locale currentLocale() {
    return formatLocale(LocaleContextHolder.getLocale());
  }

  /** The message {@code key} with these arguments in the given language. */
  public static String get(Locale locale, String key, Object... args) {
    return render(Text.of(key, args), locale);
  }

  static String render(Text text, Locale requested) {
    if (text.isLiteral()) {
      return String.valueOf(text.args().get(0));
    }
    Locale locale = formatLocale(requested);
    Object[] args = new Object[text.args().size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = argument(text.args().get(i), locale);
    }
    return SOURCE.getMessage(text.key(), args, text.key(), locale);
  }

  private static Object argument(Object arg, Locale locale) {
    if (arg instanceof Text nested) {
      return render(nested, locale);
    }
    if (arg instanceof LocalDate date) {
      return date(date, locale);
    }
    if (arg instanceof LocalTime time) {
      return TIME.format(time);
    }
    if (arg instanceof LocalDateTime dateTime) {
      return date(dateTime.toLocalDate(), locale) + " " + TIME.format(dateTime);
    }
    return arg == null ? "" : arg;
  }

  /** A day in the language's medium style: "23 Nov 2026", "23 thg 11, 2026". */
  public static String date(LocalDate date, Locale requested) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(formatLocale(requested))
        .format(date);
  }
}
