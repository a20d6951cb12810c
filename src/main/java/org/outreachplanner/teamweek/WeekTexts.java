package org.outreachplanner.teamweek;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** Texts, dates and numbers of the exports in one language (from the message bundles). */
final class WeekTexts {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final MessageSource messages;
  private final Locale locale;
  private final NumberFormat numbers;

  WeekTexts(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = "vi".equals(locale.getLanguage()) ? Locale.forLanguageTag("vi-VN") : Locale.UK;
    this.numbers = NumberFormat.getIntegerInstance(this.locale);
  }

  Locale locale() {
    return locale;
  }

  String t(String key, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }

  /** A day in full: "Monday, 23 November 2026", "Thứ Hai, 23 tháng 11, 2026". */
  String longDate(LocalDate date) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(date);
  }

  /** A day in short, for a line of text: "Mon 23/11", "Th 2 23/11". */
  String shortDate(LocalDate date) {
    return DateTimeFormatter.ofPattern("EEE dd/MM", locale).format(date);
  }

  String mediumDate(LocalDate date) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
  }

  String time(LocalTime time) {
    return TIME.format(time);
  }

  String number(long n) {
    return numbers.format(n);
  }
}
